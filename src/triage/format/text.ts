import { Chalk } from 'chalk';
import type { Plan } from '../plan.js';

export interface PlanTextOptions {
  color: boolean;
  now: Date;
  /** IANA zone for the reply-by time; default: the system's. */
  timeZone?: string;
  width?: number;
}

/** The plan as a person reads it in a terminal: situation, the reply to paste, steps, deadline. */
export function planText(plan: Plan, options: PlanTextOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(40, Math.min(options.width ?? 72, 100));
  const rule = (title = '', right = '') => {
    const head = title ? `── ${title} ` : '';
    const tail = right ? ` ${right} ──` : '';
    return chalk.dim(head + '─'.repeat(Math.max(2, width - head.length - tail.length)) + tail);
  };
  const lines: string[] = [];
  lines.push(`${chalk.bold(plan.situation.title)} ${chalk.dim(`(${plan.situation.id})`)}`, '');
  if (plan.reply) {
    lines.push(rule('Reply', `${plan.reply.template} · ${plan.reply.variant} of ${plan.reply.variants}`));
    lines.push(plan.reply.text);
    lines.push(rule());
  } else {
    lines.push(rule('No reply'));
    lines.push(chalk.yellow(plan.noReplyReason ?? 'This situation gets no reply.'));
    lines.push(rule());
  }
  if (plan.steps.length > 0) {
    lines.push('', chalk.bold('Next steps'));
    for (const step of plan.steps) {
      const to = step.to ? chalk.dim(` → ${step.to.name}`) : '';
      lines.push(`  [ ] ${step.text}${to}`);
    }
  }
  lines.push('');
  if (plan.respondWithin && plan.respondBy) {
    const verb = plan.reply ? 'Reply' : 'Act';
    lines.push(`${chalk.bold(`${verb} within ${plan.respondWithin.duration}`)} (by ${formatTime(plan.respondBy, options)}) · ${plan.respondWithin.name}`);
  }
  if (plan.route) lines.push(`Notify: ${plan.route.name}${plan.route.reach ? ` · ${plan.route.reach}` : ''}`);
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}

function formatTime(date: Date, options: PlanTextOptions): string {
  const zone = options.timeZone ? { timeZone: options.timeZone } : {};
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { ...zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  const time = new Intl.DateTimeFormat('en-GB', { ...zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  if (day(date) === day(options.now)) return time;
  const date2 = new Intl.DateTimeFormat('en-GB', { ...zone, weekday: 'short', day: 'numeric', month: 'short' }).format(date);
  return `${date2}, ${time}`;
}

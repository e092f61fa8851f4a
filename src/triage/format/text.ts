import { dateLocale } from '../../i18n/index.js';
import type { Paint } from '../../paint.js';
import { translator, type Translate } from '../../i18n/index.js';
import type { InferredAnswer, Plan } from '../plan.js';
import { quoted } from '../../suggest/quoted.js';
import { wrap } from './wrap.js';
import { durationInWords } from '../../guide/words.js';
import { dateTimeFormat } from '../../date-format.js';

export interface PlanTextOptions {
  /** Colour or none (src/paint.ts). */
  paint: Paint;
  /** Language of the headings and of the reply-by time (default en). */
  locale?: string;
  now: Date;
  /** IANA zone for the reply-by time; default: the system's. */
  timeZone?: string;
  /**
   * The team's zone: where the clock reads otherwise in it, a time is labelled with its zone ("07:25 GMT"),
   * so that it is not mistaken for the team's time the holding reply speaks in ("back at 08:00").
   */
  teamZone?: string;
  width?: number;
}

/** The plan as a person reads it in a terminal: situation, the reply to paste, steps, deadline. */
export function planText(plan: Plan, options: PlanTextOptions): string {
  const chalk = options.paint;
  const t = translator(options.locale);
  const width = Math.max(40, Math.min(options.width ?? 72, 100));
  // On a terminal, text is wrapped at word boundaries to its width; piped, lines stay whole for the reader's tools.
  const fit = (text: string, indent = 0) => (options.width === undefined ? text : wrap(text, width, indent));
  const rule = (title = '', right = '') => {
    const head = title ? `── ${title} ` : '';
    const tail = right ? ` ${right} ──` : '';
    return chalk.dim(head + '─'.repeat(Math.max(2, width - head.length - tail.length)) + tail);
  };
  const lines: string[] = [];
  lines.push(`${chalk.bold(plan.situation.title)} ${chalk.dim(`(${plan.situation.id})`)}`, '');
  const inferred = Object.entries(plan.inferred ?? {});
  if (inferred.length > 0) {
    const said = inferred.map(([id, how]) => `${id}=${answerWord(plan.answers[id])} (${inferredHow(how, t)})`).join('; ');
    lines.push(chalk.yellow(fit(t('plan.inferred', { answers: said }))), '');
  }
  if (plan.holdingReply) {
    lines.push(rule(t('plan.holdingReply'), `${plan.holdingReply.template} · ${t('plan.variantOf', { variant: plan.holdingReply.variant, variants: plan.holdingReply.variants })}`));
    lines.push(fit(plan.holdingReply.text));
    lines.push(rule(), '');
  }
  if (plan.reply) {
    lines.push(rule(t('plan.reply'), `${plan.reply.template} · ${t('plan.variantOf', { variant: plan.reply.variant, variants: plan.reply.variants })}`));
    lines.push(fit(plan.reply.text));
    lines.push(rule());
  } else {
    lines.push(rule(t('plan.noReply')));
    lines.push(chalk.yellow(fit(plan.noReplyReason ?? t('plan.noReplyDefault'))));
    lines.push(rule());
  }
  if (plan.steps.length > 0) {
    lines.push('', chalk.bold(t('plan.steps')));
    for (const step of plan.steps) {
      const to = step.to ? chalk.dim(` → ${step.to.name}`) : '';
      lines.push('  [ ] ' + fit(`${step.text}${to}`, 6));
    }
  }
  lines.push('');
  if (plan.respondWithin && plan.respondBy) {
    const hours = plan.hours;
    const clock = { ...options, teamZone: hours?.timeZone };
    const within = hours && !hours.staffedTime && hours.outsideHours ? t('plan.anyHour') : t(plan.reply ? 'plan.replyWithin' : 'plan.actWithin', { duration: durationInWords(plan.respondWithin.duration, t) });
    // Outside hours, say so, and when the team is back (the reply-by time counts from then).
    const outside = !hours?.outsideHours ? '' : hours.staffedTime && hours.opens ? ` — ${t('plan.outsideHoursOpens', { time: formatTime(hours.opens, clock) })}` : ` — ${t('plan.outsideHours')}`;
    // Posted long ago (--posted): the time has passed, and the plan says by how much.
    const late = overdueWords(plan.respondBy, options.now, t);
    const overdueBy = late ? ` — ${chalk.red(late)}` : '';
    lines.push(fit(`${chalk.bold(within)} (${t('plan.by', { time: formatTime(plan.respondBy, clock) })}) · ${plan.respondWithin.name}${chalk.yellow(outside)}${overdueBy}`, 2));
    if (hours?.onCall) lines.push(fit(`${chalk.bold(t('plan.onCall'))}: ${hours.onCall.name}${hours.onCall.reach ? ` · ${hours.onCall.reach}` : ''}`, 2));
  }
  if (plan.route) lines.push(fit(`${t('plan.notify')}: ${plan.route.name}${plan.route.reach ? ` · ${plan.route.reach}` : ''}`, 2));
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}

/** "overdue by 3 hours" once the reply-by time has passed (the plan's status line, a queue's line); none before. */
export function overdueWords(by: Date, now: Date, t: Translate): string | undefined {
  const late = overdue(by, now);
  return late ? t('plan.overdue', { duration: durationInWords(late, t) }) : undefined;
}

/** How long ago the reply-by time passed, as a playbook duration ("45m", "3h", "2d"); none before it. */
function overdue(by: Date, now: Date): string | undefined {
  const minutes = Math.floor((now.getTime() - by.getTime()) / 60_000);
  if (minutes < 1) return undefined;
  if (minutes < 60) return `${minutes}m`;
  // Whole hours and days gone by, never more than has passed (90 minutes is "1 hour").
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours}h` : `${Math.floor(hours / 24)}d`;
}

/** An answer as --answer takes it: yes and no for a yes/no question. */
const answerWord = (value: unknown) => (value === true ? 'yes' : value === false ? 'no' : String(value));

function inferredHow(how: InferredAnswer, t: Translate): string {
  if (how.from === 'suggestion') return t('plan.inferred.suggestion', { percent: Math.round((how.confidence ?? 0) * 100), because: quoted(how.because ?? []) });
  if (how.from === 'comment') return how.because?.length ? t('plan.inferred.commentBecause', { because: quoted(how.because) }) : t('plan.inferred.commentNothing');
  return t('plan.inferred.default');
}

/** The date and time a clock in the zone (default: the system's) shows at an instant. */
function wallClock(date: Date, timeZone: string | undefined): string {
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

export function formatTime(date: Date, options: Omit<PlanTextOptions, 'paint'>): string {
  const zone = options.timeZone ? { timeZone: options.timeZone } : {};
  const locale = dateLocale(options.locale);
  const day = (d: Date) => dateTimeFormat('en-CA', { ...zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  const label = options.teamZone !== undefined && wallClock(date, options.timeZone) !== wallClock(date, options.teamZone) ? { timeZoneName: 'short' as const } : {};
  const time = dateTimeFormat(locale, { ...zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...label }).format(date);
  if (day(date) === day(options.now)) return time;
  const date2 = dateTimeFormat(locale, { ...zone, weekday: 'short', day: 'numeric', month: 'short' }).format(date);
  return `${date2}, ${time}`;
}

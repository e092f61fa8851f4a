// replyguide followups: what we promised to come back to, oldest due first; `done ID` marks one.
import { Chalk } from 'chalk';
import { stripControl } from '../../triage/clean-text.js';
import { openFollowUps } from '../../log/query.js';
import { appendToLog } from '../../log/store.js';
import { EXIT, now, UsageError, useColor, type Io } from '../io.js';
import { loadLog, type LogFlag } from '../response-log.js';
import { firstLine, when } from './log.js';
import { dueStatus, soonLimit } from '../../hours/due.js';
import { playbookSchedule } from '../../triage/reply-by.js';
import { playbookHolidays } from '../holidays.js';
import { usePlaybook } from '../playbook-input.js';

export interface FollowupsFlags {
  due?: boolean;
  playbook?: string;
  format: 'text' | 'json';
  log?: LogFlag;
  color?: boolean;
}

/**
 * Open follow-ups, oldest due first: overdue, due soon (within the next two staffed hours of the
 * playbook's hours), or due later.
 */
export async function followupsCommand(flags: FollowupsFlags, io: Io): Promise<number> {
  const log = loadLog(flags.log, io);
  const at = now(io.env);
  const playbook = usePlaybook(flags.playbook, io).data;
  const schedule = playbookSchedule(playbook.policies?.hours, await playbookHolidays(playbook, at, io));
  const soon = soonLimit(at, schedule);
  const open = openFollowUps(log.entries, log.done, flags.due ? at : undefined).map((f) => ({ ...f, status: dueStatus(new Date(f.due), at, soon) }));
  if (flags.format === 'json') {
    io.stdout.write(JSON.stringify(open.map(({ entry, ...f }) => ({ ...f, situation: entry.situation, triaged: entry.time, link: entry.link ?? null, platform: entry.platform ?? null, posted: entry.posted ?? null, comment: entry.comment ?? null, commentHash: entry.commentHash, reply: entry.reply?.text ?? null })), null, 2) + '\n');
    return EXIT.ok;
  }
  if (open.length === 0) {
    io.stdout.write(flags.due ? 'No follow-ups due.\n' : 'No open follow-ups.\n');
    return EXIT.ok;
  }
  const chalk = new Chalk({ level: useColor(io.stdout, io.env, flags.color) ? 1 : 0 });
  const label = { overdue: (t: string) => chalk.red(`overdue since ${t}`), 'due-soon': (t: string) => chalk.yellow(`due soon, ${t}`), due: (t: string) => `due ${t}` };
  for (const f of open) {
    io.stdout.write(`${label[f.status](when(f.due, io))} · ${chalk.bold(f.id)} · ${f.entry.situation}\n`);
    if (f.entry.link) io.stdout.write(`  Thread:  ${stripControl(f.entry.link)}${f.entry.platform ? ` (${stripControl(f.entry.platform)})` : ''}\n`);
    io.stdout.write(`  Comment: ${f.entry.comment !== undefined ? `"${firstLine(f.entry.comment)}"` : `(not stored; answered ${when(f.entry.time, io)})`}\n`);
    if (f.entry.reply) io.stdout.write(`  We said: ${firstLine(f.entry.reply.text)}\n`);
    io.stdout.write(`  Now:     ${f.text}\n`);
  }
  io.stdout.write(`Mark one done: replyguide followups done <id>\n`);
  return EXIT.ok;
}

export function followupDoneCommand(id: string, flags: { log?: LogFlag }, io: Io): number {
  const log = loadLog(flags.log, io);
  const known = log.entries.some((e) => e.followUps.some((f) => f.id === id));
  if (!known) throw new UsageError(`no follow-up "${id}" in ${log.file}; run: replyguide followups`);
  if (log.done.has(id)) {
    io.stdout.write(`Follow-up ${id} was already done.\n`);
    return EXIT.ok;
  }
  appendToLog(log.file, { type: 'done', followUp: id, time: now(io.env).toISOString() });
  io.stdout.write(`Follow-up ${id} done.\n`);
  return EXIT.ok;
}

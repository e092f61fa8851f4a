// replyguide followups: what we promised to come back to, oldest due first; `done ID` marks one.
// The log streams past once; only where each follow-up is kept, and its entry read again to print it.
import { painter } from '../../paint.js';
import { stripControl } from '../../triage/clean-text.js';
import { followUpIndex, type OpenFollowUp } from '../../log/query.js';
import { namesFollowUp, tooShortToName } from '../../log/follow-up-id.js';
import { EXIT, now, UsageError, useColor, withStreams, type Io } from '../io.js';
import { agentName, append, openStore, readLogLines, type LogFlag } from '../response-log.js';
import { bufferedOutput } from '../buffered-output.js';
import { dateFormat, firstLine, labels, toolWords } from './log.js';
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
  const t = toolWords(io);
  const at = now(io.env);
  const schedule = await staffedHours(flags.playbook, io, at, t);
  const soon = soonLimit(at, schedule);
  const index = followUpIndex(flags.due ? at : undefined);
  const done = new Set<string>();
  // Who owns each: the agent who logged the entry, unless another took it over since (a take event).
  const taken = new Map<string, string>();
  const owner = (f: OpenFollowUp) => taken.get(f.id) ?? f.entry.agent;
  const out = bufferedOutput(io.stdout);
  const chalk = await painter(useColor(io.stdout, io.env, flags.color));
  const when = dateFormat(io);
  const label = { overdue: (time: string) => chalk.red(t('followups.overdue', { time })), 'due-soon': (time: string) => chalk.yellow(t('followups.dueSoon', { time })), due: (time: string) => t('followups.due', { time }) };
  const field = labels(t, { thread: 'log.thread', comment: 'log.comment', weSaid: 'log.weSaid', now: 'log.now' });
  let shown = 0;
  const print = (f: OpenFollowUp) => {
    if (flags.format === 'json') {
      const { entry, ...rest } = f;
      const who = owner(f);
      const item = { ...rest, ...(who !== undefined ? { owner: who } : {}), status: dueStatus(new Date(f.due), at, soon), situation: entry.situation, triaged: entry.time, link: entry.link ?? null, platform: entry.platform ?? null, posted: entry.posted ?? null, comment: entry.comment ?? null, commentHash: entry.commentHash, reply: entry.reply?.text ?? null };
      out.write(`${shown === 0 ? '[\n' : ',\n'}${JSON.stringify(item, null, 2).replace(/^/gm, '  ')}`);
    } else {
      const who = owner(f);
      out.write(`${label[dueStatus(new Date(f.due), at, soon)](when(f.due))} · ${chalk.bold(f.id)} · ${f.entry.situation}${who !== undefined ? ` · ${stripControl(who)}` : ''}\n`);
      if (f.entry.link) out.write(`  ${field.thread}${stripControl(f.entry.link)}${f.entry.platform ? ` (${stripControl(f.entry.platform)})` : ''}\n`);
      out.write(`  ${field.comment}${f.entry.comment !== undefined ? `"${firstLine(f.entry.comment)}"` : t('followups.notStored', { time: when(f.entry.time) })}\n`);
      if (f.entry.reply) out.write(`  ${field.weSaid}${firstLine(f.entry.reply.text)}\n`);
      out.write(`  ${field.now}${f.text}\n`);
    }
    shown++;
  };
  const store = await openStore(flags.log, io);
  if (store.openFollowUps) {
    try {
      await store.openFollowUps(flags.due ? at : undefined, (f, takenBy) => { if (takenBy !== undefined) taken.set(f.id, takenBy); print(f); });
    } catch (error) {
      throw new UsageError(`cannot read the response log ${store.shown} (${(error as Error).message.split('\n')[0]})`);
    }
  } else await readLogLines(flags.log, io, { entry: index.entry, done: (d) => done.add(d.followUp), take: (e) => taken.set(e.followUp, e.agent) }, (read) => index.forEachOpen(done, read, print));
  if (flags.format === 'json') out.write(shown === 0 ? '[]\n' : '\n]\n');
  else if (shown === 0) out.write(`${t(flags.due ? 'followups.noneDue' : 'followups.none')}\n`);
  else out.write(`${t('followups.markDone')}\n`);
  out.flush();
  return EXIT.ok;
}

export async function followupDoneCommand(typed: string, flags: { log?: LogFlag }, io: Io): Promise<number> {
  const t = toolWords(io);
  const { id, done } = await findFollowUp(typed, flags, io);
  if (done) {
    io.stdout.write(`${t('followups.alreadyDone', { id })}\n`);
    return EXIT.ok;
  }
  await append(flags.log, { type: 'done', followUp: id, time: now(io.env).toISOString() }, io, false);
  io.stdout.write(`${t('followups.doneNow', { id })}\n`);
  return EXIT.ok;
}

/** Another agent takes over a follow-up: a take event, so `followups` shows the new owner to the whole team. */
export async function followupTakeCommand(typed: string, flags: { log?: LogFlag }, io: Io): Promise<number> {
  const t = toolWords(io);
  const { id, done } = await findFollowUp(typed, flags, io);
  if (done) {
    io.stdout.write(`${t('followups.alreadyDone', { id })}\n`);
    return EXIT.ok;
  }
  const agent = agentName(io);
  await append(flags.log, { type: 'take', followUp: id, agent, time: now(io.env).toISOString() }, io, false);
  io.stdout.write(`${t('followups.taken', { id, agent: stripControl(agent) })}\n`);
  return EXIT.ok;
}

/**
 * The follow-up an agent named (its whole id or a start of it, see follow-up-id.ts), and whether it is
 * done already. A start that names two follow-ups is refused with both ids, so nothing is closed by
 * mistake; events are appended with the whole id.
 */
async function findFollowUp(typed: string, flags: { log?: LogFlag }, io: Io): Promise<{ id: string; done: boolean }> {
  const t = toolWords(io);
  const named = new Set<string>();
  const done = new Set<string>();
  const file = await readLogLines(flags.log, io, {
    entry: (e) => { for (const f of e.followUps) if (namesFollowUp(typed, f.id)) named.add(f.id); },
    done: (d) => { if (namesFollowUp(typed, d.followUp)) done.add(d.followUp); },
  });
  const [id, ...others] = named;
  // "ce74": too short to name one, which is the thing to say (not that there is no such follow-up).
  if (id === undefined && tooShortToName(typed)) throw new UsageError(t('followups.tooShort', { id: typed.trim() }));
  if (id === undefined) throw new UsageError(t('followups.unknown', { id: typed, file }));
  if (others.length > 0) throw new UsageError(t('followups.ambiguous', { id: typed, ids: [id, ...others].join(', '), file }));
  return { id, done: done.has(id) };
}

/**
 * The playbook's staffed hours, to count what is due in staffed time. Follow-ups are read from the log,
 * not the playbook: a playbook found by discovery that cannot be loaded only costs the hours (wall-clock
 * time, said in one line); one named with --playbook must load.
 */
async function staffedHours(flag: string | undefined, io: Io, at: Date, t: ReturnType<typeof toolWords>) {
  if (flag !== undefined) {
    const playbook = usePlaybook(flag, io).data;
    return playbookSchedule(playbook.policies?.hours, await playbookHolidays(playbook, at, io));
  }
  try {
    const playbook = usePlaybook(undefined, withStreams(io, { stderr: { write: () => true } })).data;
    return playbookSchedule(playbook.policies?.hours, await playbookHolidays(playbook, at, io));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`replyguide: ${t('followups.wallClock', { reason: error.message })}\n`);
    return undefined;
  }
}

// replyguide stats: which situations come up, which replies are used and which never are, and how
// often we answered in time.
import { statsCounter } from '../../log/query.js';
import { EXIT, type Io } from '../io.js';
import { usePlaybook } from '../playbook-input.js';
import { readLogLines, type LogFlag } from '../response-log.js';
import { parseDate } from './log.js';

export interface StatsFlags {
  since?: string;
  playbook?: string;
  format: 'text' | 'json';
  log?: LogFlag;
}

export function statsCommand(flags: StatsFlags, io: Io): number {
  const playbook = usePlaybook(flags.playbook, io);
  const since = flags.since ? parseDate('--since', flags.since).getTime() : undefined;
  const counter = statsCounter();
  const id = playbook.data.id;
  // Counted as the log streams past: memory grows with situations and templates, not with the log.
  readLogLines(flags.log, io, {
    entry: (e) => { if (e.playbook === id && (since === undefined || Date.parse(e.time) >= since)) counter.entry(e); },
    skip: (s) => { if (s.playbook === id && (since === undefined || Date.parse(s.time) >= since)) counter.skip(s); },
  });
  const templates = playbook.data.situations.map((s) => s.template).filter((t): t is string => t !== undefined);
  const result = counter.result(templates);
  if (flags.format === 'json') {
    io.stdout.write(JSON.stringify({ playbook: playbook.data.id, since: flags.since ?? null, ...result }, null, 2) + '\n');
    return EXIT.ok;
  }
  const pad = Math.max(10, ...result.bySituation.map(([s]) => s.length), ...result.byTemplate.map((t) => t.template.length));
  const lines = [`${result.comments} comment(s) answered with "${playbook.data.id}"${flags.since ? ` since ${flags.since}` : ''}`, ''];
  const o = result.outcomes;
  const outcomes = [`${o.copied} copied`, `${o.done} done`, ...(o.scripted ? [`${o.scripted} scripted`] : []), `${o.startedOver} started over`, `${o.skipped} skipped`, ...(o.earlier ? [`${o.earlier} without an outcome (logged before outcomes were)`] : [])];
  lines.push(`Outcomes: ${outcomes.join(', ')}`);
  for (const [reason, n] of result.skipReasons) lines.push(`  skipped: ${reason}  ${n}`);
  lines.push('');
  lines.push('By situation:');
  const inTimeBy = new Map(result.inTimeBySituation);
  for (const [situation, n] of result.bySituation) {
    const t = inTimeBy.get(situation);
    lines.push(`  ${situation.padEnd(pad)}  ${n}${t ? `  · in time ${t.within} of ${t.of} (${Math.round((t.within / t.of) * 100)}%)` : ''}`);
  }
  lines.push('', 'Replies used:');
  for (const t of result.byTemplate) lines.push(`  ${t.template.padEnd(pad)}  ${t.uses}  (${t.variants.map(([v, n]) => `variant ${v}: ${n}`).join(', ')})`);
  lines.push('', `Never used: ${result.neverUsed.length ? result.neverUsed.join(', ') : 'none'}`);
  const { within, of } = result.inTime;
  lines.push(`Answered within the response time (in staffed hours, when the playbook has them): ${of ? `${within} of ${of} (${Math.round((within / of) * 100)}%)` : 'no replies with a response time yet'}`);
  io.stdout.write(lines.join('\n') + '\n');
  return EXIT.ok;
}

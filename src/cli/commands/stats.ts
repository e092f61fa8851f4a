// replyguide stats: which situations come up, which replies are used and which never are, and how
// often we answered in time.
import { statsCounter } from '../../log/query.js';
import { answered } from '../../log/entry.js';
import { stripControl } from '../../triage/clean-text.js';
import { EXIT, type Io } from '../io.js';
import { usePlaybook } from '../playbook-input.js';
import { readLogLines, type LogFlag } from '../response-log.js';
import { parseDate, toolWords } from './log.js';

export interface StatsFlags {
  since?: string;
  playbook?: string;
  format: 'text' | 'json';
  log?: LogFlag;
  /** 'agent': also count per agent (who logged each answer; a shared log records it), and per situation within. */
  by?: 'agent';
}

export async function statsCommand(flags: StatsFlags, io: Io): Promise<number> {
  const t = toolWords(io);
  const playbook = usePlaybook(flags.playbook, io);
  const since = flags.since ? parseDate('--since', flags.since, t).getTime() : undefined;
  const counter = statsCounter();
  const id = playbook.data.id;
  // Per agent, then per situation: a lead's view of a shared log.
  const byAgent = new Map<string, Map<string, number>>();
  const countAgent = (e: { agent?: string; situation: string }) => {
    const key = e.agent ?? '';
    const situations = byAgent.get(key) ?? new Map<string, number>();
    situations.set(e.situation, (situations.get(e.situation) ?? 0) + 1);
    byAgent.set(key, situations);
  };
  // Counted as the log streams past: memory grows with situations and templates, not with the log.
  await readLogLines(flags.log, io, {
    entry: (e) => { if (e.playbook === id && (since === undefined || Date.parse(e.time) >= since)) { counter.entry(e); if (flags.by === 'agent' && answered(e)) countAgent(e); } },
    skip: (s) => { if (s.playbook === id && (since === undefined || Date.parse(s.time) >= since)) counter.skip(s); },
  });
  const templates = playbook.data.situations.map((s) => s.template).filter((t): t is string => t !== undefined);
  const result = counter.result(templates);
  const sorted = <K>(map: Map<K, number>) => [...map].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  const agents = [...byAgent].map(([agent, situations]) => ({ agent: agent || null, comments: [...situations.values()].reduce((a, b) => a + b, 0), bySituation: sorted(situations) }))
    .sort((a, b) => b.comments - a.comments || String(a.agent).localeCompare(String(b.agent)));
  if (flags.format === 'json') {
    io.stdout.write(JSON.stringify({ playbook: playbook.data.id, since: flags.since ?? null, ...result, ...(flags.by === 'agent' ? { byAgent: agents } : {}) }, null, 2) + '\n');
    return EXIT.ok;
  }
  const pad = Math.max(10, ...result.bySituation.map(([s]) => s.length), ...result.byTemplate.map((t) => t.template.length));
  const ratio = (within: number, of: number) => t('stats.ratio', { within, of, percent: Math.round((within / of) * 100) });
  const lines = [`${t('stats.heading', { count: result.comments, playbook: playbook.data.id })}${flags.since ? t('stats.since', { date: flags.since }) : ''}`, ''];
  const o = result.outcomes;
  const outcomes = [t('stats.copied', { n: o.copied }), t('stats.done', { n: o.done }), ...(o.scripted ? [t('stats.scripted', { n: o.scripted })] : []), t('stats.startedOver', { n: o.startedOver }), t('stats.skipped', { n: o.skipped }), ...(o.earlier ? [t('stats.earlier', { n: o.earlier })] : [])];
  lines.push(t('stats.outcomes', { list: outcomes.join(', ') }));
  for (const [reason, n] of result.skipReasons) lines.push(`  ${t('stats.skipReason', { reason })}  ${n}`);
  lines.push('');
  lines.push(t('stats.bySituation'));
  const inTimeBy = new Map(result.inTimeBySituation);
  for (const [situation, n] of result.bySituation) {
    const inTime = inTimeBy.get(situation);
    lines.push(`  ${situation.padEnd(pad)}  ${n}${inTime ? `  · ${t('stats.inTime', { ratio: ratio(inTime.within, inTime.of) })}` : ''}`);
  }
  if (flags.by === 'agent') {
    lines.push('', t('stats.byAgent'));
    for (const a of agents) lines.push(`  ${a.agent === null ? t('stats.noAgent') : stripControl(a.agent)}  ${a.comments}  (${a.bySituation.map(([s, n]) => `${s} ${n}`).join(', ')})`);
  }
  lines.push('', t('stats.repliesUsed'));
  for (const u of result.byTemplate) lines.push(`  ${u.template.padEnd(pad)}  ${u.uses}  (${u.variants.map(([variant, n]) => t('stats.variant', { variant, n })).join(', ')})`);
  lines.push('', t('stats.neverUsed', { list: result.neverUsed.length ? result.neverUsed.join(', ') : t('stats.none') }));
  const { within, of, scripted } = result.inTime;
  const untimed = scripted ? t('stats.scriptedNotTimed', { n: scripted }) : '';
  lines.push(t('stats.answeredInTime', { result: of ? ratio(within, of) : t('stats.noTimes') }) + untimed);
  io.stdout.write(lines.join('\n') + '\n');
  return EXIT.ok;
}

// replyguide log: how we answered before. replyguide log prune --before DATE: forget older entries.
import { Chalk } from 'chalk';
import { stripControl } from '../../triage/clean-text.js';
import { dateLocale } from '../../i18n/index.js';
import { filterEntries } from '../../log/query.js';
import { pruneLog } from '../../log/store.js';
import type { LogEntry } from '../../log/entry.js';
import { EXIT, UsageError, useColor, type Io } from '../io.js';
import { loadLog, logFile, type LogFlag } from '../response-log.js';
import { existsSync } from 'node:fs';

export interface LogFlags {
  situation?: string;
  since?: string;
  grep?: string;
  format: 'text' | 'json';
  log?: LogFlag;
  color?: boolean;
}

export function logCommand(flags: LogFlags, io: Io): number {
  const log = loadLog(flags.log, io);
  const entries = filterEntries(log.entries, { situation: flags.situation, since: flags.since ? parseDate('--since', flags.since) : undefined, grep: flags.grep });
  if (flags.format === 'json') {
    io.stdout.write(JSON.stringify(entries, null, 2) + '\n');
    return EXIT.ok;
  }
  const chalk = new Chalk({ level: useColor(io.stdout, io.env, flags.color) ? 1 : 0 });
  if (entries.length === 0) {
    io.stdout.write(`No answers in ${log.file} match.\n`);
    return EXIT.ok;
  }
  for (const entry of entries) io.stdout.write(entryText(entry, io, chalk) + '\n');
  return EXIT.ok;
}

export function pruneCommand(flags: { before: string; log?: LogFlag }, io: Io): number {
  const before = parseDate('--before', flags.before);
  const file = logFile(flags.log, io);
  if (!existsSync(file)) {
    io.stdout.write(`No log at ${file}; nothing to prune.\n`);
    return EXIT.ok;
  }
  const { kept, removed } = pruneLog(file, before);
  io.stdout.write(`Removed ${removed} line(s) from before ${flags.before}; ${kept} kept in ${file}.\n`);
  return EXIT.ok;
}

function entryText(entry: LogEntry, io: Io, chalk: InstanceType<typeof Chalk>): string {
  const reply = entry.reply ? `${entry.reply.template} #${entry.reply.variant}` : 'no reply';
  const outcome = entry.outcome ? ` · ${entry.outcome}` : '';
  const lines = [chalk.bold(`${when(entry.time, io)} · ${entry.situation} · ${reply} · ${entry.locale}${outcome}`)];
  if (entry.link) lines.push(`  Thread:  ${stripControl(entry.link)}`);
  lines.push(`  Comment: ${entry.comment !== undefined ? `"${firstLine(entry.comment)}"` : chalk.dim(`(not stored; hash ${entry.commentHash})`)}`);
  if (entry.reply) lines.push(`  Reply:   ${firstLine(entry.reply.text)}`);
  return lines.join('\n');
}

export function when(iso: string, io: Io): string {
  return new Intl.DateTimeFormat(dateLocale('en'), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: io.env.TZ || undefined }).format(new Date(iso));
}

export function firstLine(text: string): string {
  const line = text.split('\n')[0];
  return line.length > 100 ? line.slice(0, 99) + '…' : line;
}

/** YYYY-MM-DD (the start of that day, UTC) or a full ISO time. */
export function parseDate(flag: string, value: string): Date {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) throw new UsageError(`${flag} takes a date like 2026-11-01, not "${value}"`);
  return date;
}

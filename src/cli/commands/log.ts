// replyguide log: how we answered before. replyguide log prune --before DATE: forget older entries.
// The log is read as a stream and printed entry by entry, so its length costs time, not memory.
import { Chalk } from 'chalk';
import { stripControl } from '../../triage/clean-text.js';
import { dateLocale } from '../../i18n/index.js';
import { entryFilter } from '../../log/query.js';
import { pruneLog } from '../../log/store.js';
import type { LogEntry } from '../../log/entry.js';
import { EXIT, UsageError, useColor, type Io } from '../io.js';
import { logFile, readLogLines, type LogFlag } from '../response-log.js';
import { existsSync } from 'node:fs';
import { bufferedOutput } from '../buffered-output.js';

export interface LogFlags {
  situation?: string;
  since?: string;
  grep?: string;
  format: 'text' | 'json';
  log?: LogFlag;
  color?: boolean;
}

export function logCommand(flags: LogFlags, io: Io): number {
  const matches = entryFilter({ situation: flags.situation, since: flags.since ? parseDate('--since', flags.since) : undefined, grep: flags.grep });
  const out = bufferedOutput(io.stdout);
  const chalk = new Chalk({ level: useColor(io.stdout, io.env, flags.color) ? 1 : 0 });
  const format = dateFormat(io);
  let shown = 0;
  const file = readLogLines(flags.log, io, {
    entry(entry) {
      if (!matches(entry)) return;
      if (flags.format === 'json') out.write(`${shown === 0 ? '[\n' : ',\n'}${indent(JSON.stringify(entry, null, 2))}`);
      else out.write(entryText(entry, format, chalk) + '\n');
      shown++;
    },
  });
  if (flags.format === 'json') out.write(shown === 0 ? '[]\n' : '\n]\n');
  else if (shown === 0) out.write(`No answers in ${file} match.\n`);
  out.flush();
  return EXIT.ok;
}

const indent = (json: string) => json.replace(/^/gm, '  ');

export function pruneCommand(flags: { before: string; log?: LogFlag }, io: Io): number {
  const before = parseDate('--before', flags.before);
  const file = logFile(flags.log, io);
  if (!existsSync(file)) {
    io.stdout.write(`No log at ${file}; nothing to prune.\n`);
    return EXIT.ok;
  }
  let result;
  try {
    result = pruneLog(file, before);
  } catch (error) {
    throw new UsageError(`cannot prune the response log ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  io.stdout.write(`Removed ${result.removed} line(s) from before ${flags.before}; ${result.kept} kept in ${file}.\n`);
  return EXIT.ok;
}

function entryText(entry: LogEntry, format: DateFormat, chalk: InstanceType<typeof Chalk>): string {
  const reply = entry.reply ? `${entry.reply.template} #${entry.reply.variant}` : 'no reply';
  const outcome = entry.outcome ? ` · ${entry.outcome}` : '';
  const lines = [chalk.bold(`${format(entry.time)} · ${entry.situation} · ${reply} · ${entry.locale}${outcome}`)];
  if (entry.link) lines.push(`  Thread:  ${stripControl(entry.link)}`);
  lines.push(`  Comment: ${entry.comment !== undefined ? `"${firstLine(entry.comment)}"` : chalk.dim(`(not stored; hash ${entry.commentHash})`)}`);
  if (entry.reply) lines.push(`  Reply:   ${firstLine(entry.reply.text)}`);
  return lines.join('\n');
}

export type DateFormat = (iso: string) => string;

/** One formatter for a whole listing: making an Intl.DateTimeFormat costs more than formatting with it. */
export function dateFormat(io: Io): DateFormat {
  const format = new Intl.DateTimeFormat(dateLocale('en'), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: io.env.TZ || undefined });
  return (iso) => format.format(new Date(iso));
}

export function firstLine(text: string): string {
  const line = text.split('\n', 1)[0];
  return line.length > 100 ? line.slice(0, 99) + '…' : line;
}

/** YYYY-MM-DD (the start of that day, UTC) or a full ISO time. */
export function parseDate(flag: string, value: string): Date {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) throw new UsageError(`${flag} takes a date like 2026-11-01, not "${value}"`);
  return date;
}

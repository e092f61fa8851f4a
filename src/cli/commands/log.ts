// replyguide log: how we answered before. replyguide log prune --before DATE: forget older entries.
// The log is read as a stream and printed entry by entry, so its length costs time, not memory.
import { painter, type Paint } from '../../paint.js';
import { stripControl } from '../../triage/clean-text.js';
import { dateLocale, translator, uiLocale, type Translate } from '../../i18n/index.js';
import { entryFilter } from '../../log/query.js';
import type { LogEntry } from '../../log/entry.js';
import { EXIT, UsageError, useColor, type Io } from '../io.js';
import { openStore, readLogLines, type LogFlag } from '../response-log.js';
import { bufferedOutput } from '../buffered-output.js';
import { readIsoTime } from '../../iso-time.js';
import { closest } from '../../playbook/suggest.js';

export interface LogFlags {
  situation?: string;
  since?: string;
  grep?: string;
  format: 'text' | 'json';
  log?: LogFlag;
  color?: boolean;
}

export async function logCommand(flags: LogFlags, io: Io): Promise<number> {
  const t = toolWords(io);
  const matches = entryFilter({ situation: flags.situation, since: flags.since ? parseDate('--since', flags.since, t) : undefined, grep: flags.grep });
  const out = bufferedOutput(io.stdout);
  const chalk = await painter(useColor(io.stdout, io.env, flags.color));
  const text = entryText(dateFormat(io), chalk, t);
  let shown = 0;
  // The situations the log holds, to name the one meant when --situation matches none ("thraet").
  const situations = new Set<string>();
  const file = await readLogLines(flags.log, io, {
    entry(entry) {
      if (flags.situation !== undefined) situations.add(entry.situation);
      if (!matches(entry)) return;
      if (flags.format === 'json') out.write(`${shown === 0 ? '[\n' : ',\n'}${indent(JSON.stringify(entry, null, 2))}`);
      else out.write(text(entry) + '\n');
      shown++;
    },
  });
  const meant = shown === 0 && flags.situation !== undefined && !situations.has(flags.situation) ? closest(flags.situation, situations) : undefined;
  const meantWords = meant && t('log.noneMeant', { file, situation: flags.situation!, meant });
  if (flags.format === 'json') out.write(shown === 0 ? '[]\n' : '\n]\n');
  else if (shown === 0) out.write(`${meantWords || t('log.none', { file })}\n`);
  out.flush();
  if (meantWords && flags.format === 'json') io.stderr.write(`replyguide: ${meantWords}\n`);
  return EXIT.ok;
}

const indent = (json: string) => json.replace(/^/gm, '  ');

export async function pruneCommand(flags: { before: string; log?: LogFlag }, io: Io): Promise<number> {
  const t = toolWords(io);
  const before = parseDate('--before', flags.before, t);
  const store = await openStore(flags.log, io);
  const file = store.shown;
  let result;
  try {
    result = await store.prune(before);
  } catch (error) {
    throw new UsageError(t('log.cannotPrune', { file, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0] }));
  }
  if (result === undefined) {
    io.stdout.write(`${t('log.noLog', { file })}\n`);
    return EXIT.ok;
  }
  io.stdout.write(`${t('log.pruned', { removed: result.removed, date: flags.before, kept: result.kept, file })}\n`);
  return EXIT.ok;
}

/** The tool's words for the log commands, in the language of the environment (LANG, LC_ALL). */
export const toolWords = (io: Io): Translate => translator(uiLocale(undefined, io.env));

/** Labels ("Comment:", "Reply:") padded to one width, so the texts after them line up in any language. */
export function labels<K extends string>(t: Translate, keys: Record<K, Parameters<Translate>[0]>): Record<K, string> {
  const words = Object.entries(keys).map(([k, key]) => [k, `${t(key as Parameters<Translate>[0])}:`] as const);
  const width = Math.max(...words.map(([, w]) => w.length));
  return Object.fromEntries(words.map(([k, w]) => [k, w.padEnd(width + 1)])) as Record<K, string>;
}

/** An entry as text, made once per listing: labels and fixed words are worked out once, not per entry (1M entries). */
function entryText(format: DateFormat, chalk: Paint, t: Translate): (entry: LogEntry) => string {
  const label = labels(t, { thread: 'log.thread', comment: 'log.comment', reply: 'log.reply' });
  const noReply = t('log.noReply');
  const outcomes = new Map<string, string>();
  const outcomeText = (outcome: string) => {
    let text = outcomes.get(outcome);
    if (text === undefined) outcomes.set(outcome, (text = ` · ${t(`log.outcome.${outcome}` as Parameters<Translate>[0])}`));
    return text;
  };
  return (entry) => {
    const reply = entry.reply ? `${entry.reply.template} #${entry.reply.variant}` : noReply;
    const outcome = entry.outcome ? outcomeText(entry.outcome) : '';
    const lines = [chalk.bold(`${format(entry.time)} · ${entry.situation} · ${reply} · ${entry.locale}${outcome}`)];
    if (entry.link) lines.push(`  ${label.thread}${stripControl(entry.link)}`);
    lines.push(`  ${label.comment}${entry.comment !== undefined ? `"${firstLine(entry.comment)}"` : chalk.dim(t('log.notStored', { hash: entry.commentHash }))}`);
    if (entry.reply) lines.push(`  ${label.reply}${firstLine(entry.reply.text)}`);
    return lines.join('\n');
  };
}

export type DateFormat = (iso: string) => string;

/** One formatter for a whole listing: making an Intl.DateTimeFormat costs more than formatting with it. */
export function dateFormat(io: Io): DateFormat {
  const format = new Intl.DateTimeFormat(dateLocale(uiLocale(undefined, io.env)), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: io.env.TZ || undefined });
  return (iso) => format.format(new Date(iso));
}

export function firstLine(text: string): string {
  const line = text.split('\n', 1)[0];
  return line.length > 100 ? line.slice(0, 99) + '…' : line;
}

/** YYYY-MM-DD (the start of that day, UTC) or a full ISO time. */
export function parseDate(flag: string, value: string, t: Translate = translator('en')): Date {
  const date = readIsoTime(value);
  if (!date) throw new UsageError(t('log.badDate', { flag, value }));
  return date;
}

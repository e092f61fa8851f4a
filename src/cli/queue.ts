// A queue of comments exported from an inbox tool: CSV with a header row, JSON Lines (one object a
// line) or one JSON array of objects; "-" reads standard input. Known columns are mapped by name (see
// COLUMNS; case, spaces, dashes and underscores do not matter). Each row gets a stable key (its id
// column, else a hash of what it holds), so a queue run again after an interruption skips the rows
// already in the response log.
//
// CSV is parsed by csv-parse: quoted fields holding commas, quotes and line breaks (a comment of several
// paragraphs), a BOM, CRLF line ends and exact error positions are its job, not hand-written code's.
import { sha256 } from '../digest.js';
import { firstNameOf } from './first-name.js';
import { extname, resolve } from 'node:path';
import { displayPath } from '../lint/formatters/paths.js';
import { messageIn, renderPhrase } from '../i18n/phrase.js';
import { readTextFile } from '../playbook/load.js';
import { MAX_FILE_BYTES } from '../playbook/limits.js';
import { readStreamBounded } from '../read-file.js';
import { decodeText } from '../playbook/text.js';
import { stripControl } from '../triage/clean-text.js';
import type { CommentSource } from '../log/entry.js';
import { cleanPlatform, isoTime, platformFromLink } from './comment-source.js';
import { jsonSyntaxError, readJson } from '../json-error.js';
import { linesAt } from '../text-position.js';
import { UsageError, type InputStream } from './io.js';
import { translator, type MessageKey, type Translate } from '../i18n/index.js';

/** Accepted column names (the first is the documented one), compared without case, spaces, - or _. */
export const COLUMNS = {
  comment: ['comment', 'text', 'message', 'body', 'content', 'comment text', 'comment body', 'message text'],
  id: ['id', 'comment id', 'message id', 'external id', 'guid'],
  name: ['name', 'author', 'author name', 'first name', 'from', 'from name', 'user name', 'sender'],
  link: ['link', 'url', 'permalink', 'comment url', 'comment link', 'thread', 'thread url', 'post url'],
  platform: ['platform', 'network', 'channel', 'social network', 'source'],
  posted: ['posted', 'posted at', 'created', 'created at', 'date', 'time', 'timestamp', 'published', 'published at', 'sent at'],
  locale: ['locale', 'language', 'lang'],
} as const;

type Field = keyof typeof COLUMNS;

export interface QueueRow {
  /** 1-based number among the queue's rows (the header is not a row). */
  number: number;
  /** Line of the file where the row starts. */
  line: number;
  key: string;
  comment: string;
  /** The author as the export names them ("Dr. Jansen", "@knitlover_88"), shown above the comment. */
  author?: string;
  /** The author's first name, for the `name` question (none for a handle or a title and surname). */
  name?: string;
  locale?: string;
  source: CommentSource;
  /** Why the row cannot be triaged (an empty comment, a time that is not one); the rest go on. */
  problem?: RowProblem;
}

/** A row's problem as words to say in the reader's language (JSON output says it in English). */
export interface RowProblem {
  key: MessageKey;
  vars?: Record<string, string | number>;
}

export const sayProblem = (problem: RowProblem, t: Translate = translator('en')): string => t(problem.key, problem.vars);

export interface Queue {
  /** As shown in messages: relative to the current folder, or "stdin". */
  shown: string;
  rows: QueueRow[];
}

const norm = (name: string) => name.toLowerCase().replace(/[\s_\-.]+/g, '');
const LOOKUP = new Map<string, Field>(Object.entries(COLUMNS).flatMap(([field, names]) => names.map((n) => [norm(n), field as Field] as [string, Field])));

/** The queue's rows; a queue that cannot be read at all is a UsageError in the tool's language `ui`. */
export async function readQueue(path: string, cwd: string, stdin: InputStream, ui = 'en'): Promise<Queue> {
  const t = translator(ui);
  let text: string;
  let shown: string;
  if (path === '-') {
    if (stdin.isTTY) throw new UsageError(t('queue.stdinTerminal'));
    shown = 'stdin';
    text = await readLimited(stdin, shown, ui);
  } else {
    const file = resolve(cwd, path);
    shown = displayPath(file, cwd);
    const read = readTextFile(file);
    if (read.text === undefined) {
      const d = read.diagnostics[0];
      throw new UsageError(`${shown}:${d.line}:${d.column}: ${messageIn(d, ui)}`);
    }
    text = read.text;
  }
  const ext = extname(path).toLowerCase();
  const jsonLines = ext === '.jsonl' || ext === '.ndjson' || ext === '.json' || (ext !== '.csv' && ext !== '.tsv' && /^\uFEFF?\s*[{[]/.test(text));
  // The CSV parser is loaded for a CSV queue only: a triage of one comment never reads or runs it.
  const rows = jsonLines ? fromJsonLines(text, shown, t) : fromCsv(await import('csv-parse/sync'), text, shown, ext === '.tsv', t);
  return { shown, rows };
}

async function readLimited(stream: InputStream, shown: string, ui: string): Promise<string> {
  const t = translator(ui);
  const bytes = await readStreamBounded(stream as AsyncIterable<string | Buffer>, MAX_FILE_BYTES);
  if (bytes === undefined) throw new UsageError(t('queue.tooLarge', { queue: shown, size: MAX_FILE_BYTES / 1024 / 1024 }));
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new UsageError(`${shown}:${decoded.problem.line}:${decoded.problem.column}: ${renderPhrase(decoded.problem.message, ui)}`);
  return decoded.text;
}

function fromCsv(csv: typeof import('csv-parse/sync'), text: string, shown: string, tabs: boolean, t: Translate): QueueRow[] {
  const records = readCsvRecords(csv, text, tabs ? '\t' : delimiterOf(text));
  if (records.length === 0) throw new UsageError(t('queue.empty', { where: `${shown}:1:1` }));
  const [first] = records;
  // A header that cannot be read, or rows none of which can be, is not a CSV queue.
  if ('problem' in first || records.length > 1 && records.slice(1).every((r) => 'problem' in r)) {
    const fatal = records.find((r): r is CsvProblem => 'problem' in r)!;
    throw new UsageError(`${shown}:${fatal.line}:1: ${fatal.problem}`);
  }
  const header = first.record.map((h) => h.trim());
  const fields = header.map((h) => LOOKUP.get(norm(h)));
  if (!fields.includes('comment')) {
    throw new UsageError(t('queue.noCommentColumn', { where: `${shown}:1:1`, header: header.map((h) => `"${stripControl(h)}"`).join(', '), names: COLUMNS.comment.slice(0, 5).join(', ') }));
  }
  return records.slice(1).map((read, index): QueueRow => {
    const number = index + 1;
    if ('problem' in read) return { number, line: read.line, key: `line:${read.line}`, comment: '', source: {}, problem: { key: 'queue.row.csv', vars: { problem: read.problem } } };
    const values: Partial<Record<Field, string>> = {};
    read.record.forEach((value, i) => {
      const field = fields[i];
      if (field && values[field] === undefined) values[field] = value;
    });
    const row = toRow(values, number, read.line);
    if (read.record.length > header.length && !row.problem) row.problem = { key: 'queue.row.fields', vars: { fields: read.record.length, header: header.length } };
    return row;
  });
}

type CsvProblem = { problem: string; line: number };
type CsvRecord = { record: string[]; line: number } | CsvProblem;

/**
 * The file's records, each with the line it starts on. A record the parser cannot read (a stray quote
 * in a hand-edited export) is a problem in its place, and reading goes on from the line after it: one
 * bad row fails alone, as a line that is not JSON does in a JSON Lines queue.
 */
function readCsvRecords({ parse, CsvError }: typeof import('csv-parse/sync'), written: string, delimiter: string): CsvRecord[] {
  // Lines as the parser counts them: it counts \r and \n apart inside a quoted field, and an old Mac
  // export ends its lines with \r alone.
  const text = written.replace(/\r\n?/g, '\n');
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const records: CsvRecord[] = [];
  let from = 1; // the line this pass starts reading at
  for (;;) {
    let lastEnd = from - 1; // the line the last record read ended on
    try {
      // Spaces around a quoted field ("…knitting here" ,Dave) are an export's or a hand edit's, not an
      // error: trimmed (a field's own spaces inside quotes stay).
      parse(text.slice(lineStarts[from - 1]), {
        delimiter, bom: from === 1, relax_column_count: true, skip_empty_lines: true, ltrim: true, rtrim: true,
        on_record: (record: string[], { lines }: { lines: number }) => {
          records.push({ record, line: nextLineWithText(text, lineStarts, lastEnd + 1, delimiter) });
          lastEnd = from - 1 + lines;
          return record;
        },
      });
      return records;
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      const line = nextLineWithText(text, lineStarts, lastEnd + 1, delimiter);
      const problem = error.message.replace(/^[^:]*/, (title) => title.toLowerCase()).replace(/,? value is .*$/s, '').replace(/ at line \d+/, '');
      records.push({ problem, line });
      // Go on after the line the parser stopped at, so that no line inside a broken comment is read as a
      // row of its own; a quote never closed ran to the end, so from the line after the record's start.
      const stoppedAt = (error as { lines?: number }).lines;
      const resume = error.code === 'CSV_QUOTE_NOT_CLOSED' || stoppedAt === undefined ? line : Math.max(line, from - 1 + stoppedAt);
      if (resume >= lineStarts.length) return records;
      from = resume + 1;
    }
  }
}

/**
 * The first line at or after `line` that the parser does not skip as blank: where a record starts. A
 * line of spaces is skipped, but not one with a delimiter in it (a line of tabs is a row of empty fields).
 */
function nextLineWithText(text: string, lineStarts: number[], line: number, delimiter: string): number {
  const blank = (content: string) => content.trim() === '' && !content.includes(delimiter);
  while (line < lineStarts.length && blank(text.slice(lineStarts[line - 1], lineStarts[line]))) line++;
  return line;
}

/** Comma, semicolon (spreadsheets in many European locales) or tab: whichever the header row uses most. */
function delimiterOf(text: string): string {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/**
 * JSON Lines, one object a line; or one JSON array of objects (what many tools export as `.json`). A line
 * that is not JSON is a failed row, as a CSV row that cannot be read is, and the rest go on (an export
 * cut off mid-line loses that line only); a file where no line is JSON is not a queue.
 */
function fromJsonLines(text: string, shown: string, t: Translate): QueueRow[] {
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*\[/.test(body)) return fromJsonArray(body, shown, t);
  const rows: QueueRow[] = [];
  const seen = { objects: 0, comments: 0 };
  let firstBad: string | undefined;
  body.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    const line = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      const { column } = jsonSyntaxError(raw, error);
      firstBad ??= `${shown}:${line}:${column}`;
      rows.push({ number: rows.length + 1, line, key: `line:${line}`, comment: '', source: {}, problem: { key: 'queue.row.notJson', vars: { column } } });
      return;
    }
    rows.push(fromJsonValue(value, rows.length + 1, line, seen));
  });
  if (firstBad !== undefined && rows.every((row) => row.problem?.key === 'queue.row.notJson')) throw new UsageError(t('queue.notJson', { where: firstBad }));
  return checkedForComments(rows, seen, shown, t);
}

/** A JSON array of objects: one row each, its line the line where the object starts. */
function fromJsonArray(text: string, shown: string, t: Translate): QueueRow[] {
  let values: unknown;
  try {
    values = JSON.parse(text);
  } catch (error) {
    const { line, column } = jsonSyntaxError(text, error);
    throw new UsageError(t('queue.notJson', { where: `${shown}:${line}:${column}` }));
  }
  const starts: number[] = [];
  readJson(text, (offset) => starts.push(offset));
  const lines = linesAt(text, starts);
  const seen = { objects: 0, comments: 0 };
  const rows = (values as unknown[]).map((value, i) => fromJsonValue(value, i + 1, lines[i] ?? 1, seen));
  return checkedForComments(rows, seen, shown, t);
}

/** One object's row; `seen` counts the objects and those with a comment field. */
function fromJsonValue(value: unknown, number: number, line: number, seen: { objects: number; comments: number }): QueueRow {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { number, line, key: `line:${line}`, comment: '', source: {}, problem: { key: 'queue.row.notObject' } };
  }
  seen.objects++;
  const values: Partial<Record<Field, string>> = {};
  for (const [key, v] of Object.entries(value)) {
    const field = LOOKUP.get(norm(key));
    if (field && values[field] === undefined && (typeof v === 'string' || typeof v === 'number')) values[field] = String(v);
  }
  if ('comment' in values) seen.comments++;
  const row = toRow(values, number, line);
  if (!('comment' in values) && row.problem?.key === 'queue.row.noComment') row.problem = { key: 'queue.row.noCommentField', vars: { names: COLUMNS.comment.slice(0, 5).join(', ') } };
  return row;
}

/** Rows, unless no object has a comment field: then the field is named otherwise, and that is the file's problem. */
function checkedForComments(rows: QueueRow[], seen: { objects: number; comments: number }, shown: string, t: Translate): QueueRow[] {
  if (seen.objects > 0 && seen.comments === 0) {
    throw new UsageError(t('queue.noCommentField', { where: `${shown}:1:1`, names: COLUMNS.comment.slice(0, 5).join(', ') }));
  }
  return rows;
}

function toRow(values: Partial<Record<Field, string>>, number: number, line: number): QueueRow {
  const clean = (v: string | undefined) => (v === undefined ? undefined : stripControl(v).trim() || undefined);
  const comment = stripControl(values.comment ?? '').trim();
  const source: CommentSource = {};
  const link = clean(values.link);
  if (link) source.link = link;
  const platform = clean(values.platform);
  source.platform = platform ? cleanPlatform(platform) : platformFromLink(link);
  if (!source.platform) delete source.platform;
  let problem: RowProblem | undefined;
  const posted = clean(values.posted);
  if (posted) {
    const iso = isoTime(posted);
    if (iso) source.posted = iso;
    else problem = { key: 'queue.row.posted', vars: { posted } };
  }
  if (!comment && !problem) problem = { key: 'queue.row.noComment' };
  const id = clean(values.id);
  const author = clean(values.name);
  const key = id ? `id:${id}` : `sha:${sha256([comment.replace(/\s+/g, ' '), link ?? '', posted ?? '', author ?? ''].join('\0')).slice(0, 16)}`;
  const first = firstNameOf(author);
  const locale = clean(values.locale)?.toLowerCase().split(/[-_]/)[0];
  source.row = { key, number };
  return { number, line, key, comment, ...(author ? { author } : {}), ...(first ? { name: first } : {}), ...(locale ? { locale } : {}), source, ...(problem ? { problem } : {}) };
}

// The response log on disk: JSON Lines, appended one whole line per write (O_APPEND) and synced, so
// concurrent writers never lose or interleave entries. Only `prune` replaces the file (new file, rename).
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LogEntry, LogLine, SkipEvent } from './entry.js';

export function appendToLog(file: string, line: LogLine): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const fd = openSync(file, 'a', 0o600);
  try {
    // One write call with the whole line: appends of up to a page are not interleaved.
    writeSync(fd, JSON.stringify(line) + '\n');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export interface LogProblem {
  line: number;
  message: string;
}

export interface ReadLog {
  entries: LogEntry[];
  /** Follow-up ids marked done. */
  done: Set<string>;
  /** Comments skipped, with the reason. */
  skips: SkipEvent[];
  problems: LogProblem[];
}

/** Reads the log; a line that is not a log line is reported with its number and skipped. */
export function readLog(file: string): ReadLog {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], done: new Set(), skips: [], problems: [] };
    throw error;
  }
  const entries: LogEntry[] = [];
  const done = new Set<string>();
  const skips: SkipEvent[] = [];
  const problems: LogProblem[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    let line: unknown;
    try {
      line = JSON.parse(raw);
    } catch {
      problems.push({ line: index + 1, message: 'not valid JSON' });
      return;
    }
    if (isEntry(line)) entries.push(line);
    else if (isDone(line)) done.add(line.followUp);
    else if (isSkip(line)) skips.push(line);
    else problems.push({ line: index + 1, message: 'not a log entry' });
  });
  return { entries, done, skips, problems };
}

/** Keeps what happened on or after `before`; the rest is dropped by writing a new file over the old. */
export function pruneLog(file: string, before: Date): { kept: number; removed: number } {
  const text = readFileSync(file, 'utf8');
  const kept: string[] = [];
  let removed = 0;
  for (const raw of text.split('\n')) {
    if (raw.trim() === '') continue;
    let time: number | undefined;
    try { time = Date.parse((JSON.parse(raw) as { time?: string }).time ?? ''); } catch { /* a corrupt line is kept as it is */ }
    if (time !== undefined && !Number.isNaN(time) && time < before.getTime()) removed++;
    else kept.push(raw);
  }
  const temp = `${file}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, kept.map((l) => l + '\n').join(''));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  return { kept: kept.length, removed };
}

function isEntry(line: unknown): line is LogEntry {
  const l = line as Partial<LogEntry> | null;
  return !!l && typeof l === 'object' && l.type === 'triage' && typeof l.id === 'string' && typeof l.time === 'string' && typeof l.situation === 'string' && Array.isArray(l.followUps);
}

function isDone(line: unknown): line is { type: 'done'; followUp: string; time: string } {
  const l = line as { type?: unknown; followUp?: unknown } | null;
  return !!l && typeof l === 'object' && l.type === 'done' && typeof l.followUp === 'string';
}

function isSkip(line: unknown): line is SkipEvent {
  const l = line as Partial<SkipEvent> | null;
  return !!l && typeof l === 'object' && l.type === 'skipped' && typeof l.time === 'string' && typeof l.reason === 'string';
}

import { terminalSafe } from '../triage/clean-text.js';
import { readStreamBounded } from '../read-file.js';
import { readIsoTime } from '../iso-time.js';
// Everything the CLI touches of the outside world, injected so one test table can run commands
// in-process and as a child process.
export interface OutputStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
  /** Under the output guard: the stream itself, for the prompt library and our own escapes (OSC 52). */
  raw?: OutputStream;
}

export interface InputStream extends NodeJS.ReadableStream {
  isTTY?: boolean;
}

export interface Io {
  argv: string[];
  env: Record<string, string | undefined>;
  cwd: string;
  stdin: InputStream;
  stdout: OutputStream;
  stderr: OutputStream;
}

/**
 * The same Io with some streams replaced. Its other properties are copied as they are, getters too:
 * `process.stdin` is made only when something reads it (making it costs ~2.5 ms of every command).
 */
export function withStreams(io: Io, streams: Partial<Pick<Io, 'stdin' | 'stdout' | 'stderr'>>): Io {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(io)) as Io;
  for (const [name, stream] of Object.entries(streams)) Object.defineProperty(copy, name, { value: stream, enumerable: true, configurable: true, writable: true });
  return copy;
}

export const EXIT = { ok: 0, findings: 1, usage: 2, interrupted: 130 } as const;

/** Colour only on a TTY, unless NO_COLOR / FORCE_COLOR / --no-color say otherwise. */
export function useColor(stream: OutputStream, env: Io['env'], flag?: boolean): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/** A usage or input problem: one line on stderr, never a stack trace. */
export class UsageError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT.usage) {
    super(message);
  }
}

/**
 * The output layer: every string written goes through the one sanitiser (colours stay; escapes,
 * controls, bidi overrides and zero-width characters from any source do not). Bytes (a PDF) pass as
 * they are. `raw` is the stream itself, for the prompt library that draws its own screen. Given as a
 * function, the stream is made on first use (process.stderr costs ~2 ms, and most runs never need it).
 */
export function guardedOutput(given: OutputStream | (() => OutputStream), name = 'standard output'): OutputStream {
  if (typeof given !== 'function' && given.raw) return given;
  let made: OutputStream | undefined;
  const stream = typeof given === 'function' ? () => (made ??= given()) : () => given;
  return {
    write: (chunk) => {
      try {
        return stream().write(typeof chunk === 'string' ? terminalSafe(chunk) : chunk);
      } catch (error) {
        const failure = writeFailure(error, name);
        if (failure) throw failure;
        return false; // the reader went away: the rest of the command still runs (a log entry, say)
      }
    },
    get isTTY() { return stream().isTTY; },
    get columns() { return stream().columns; },
    get raw() { return stream(); },
  };
}

/**
 * A failed write as the user's own situation, not a bug: one line and exit 2 (a full disk, /dev/full).
 * None for a reader that went away (EPIPE, `| head`): that output is simply not wanted.
 */
export function writeFailure(error: unknown, name: string): UsageError | undefined {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EPIPE') return undefined;
  return new UsageError(`cannot write to ${name} (${(error as Error)?.message?.replace(/, \w+$/, '') ?? code ?? String(error)})`);
}

/** The stream under the guard. */
export const rawOutput = (stream: OutputStream): OutputStream => stream.raw ?? stream;

/** "Today", overridable with REPLYGUIDE_NOW for reproducible output. */
export function now(env: Io['env']): Date {
  const fixed = env.REPLYGUIDE_NOW;
  if (fixed) {
    const date = readIsoTime(fixed);
    if (!date) throw new UsageError(`REPLYGUIDE_NOW is not an ISO 8601 time: "${fixed}"`);
    return date;
  }
  return new Date();
}

/** The most standard input may hold for a comment or a draft (a queue has its own limit). */
export const MAX_STDIN_BYTES = 2 * 1024 * 1024;

/** Standard input as text, through the one bounded reader: more than the limit is a usage error. */
export async function readStdin(stream: InputStream, limit = MAX_STDIN_BYTES): Promise<string> {
  const bytes = await readStreamBounded(stream as AsyncIterable<string | Buffer>, limit);
  if (bytes === undefined) throw new UsageError(`standard input is larger than ${limit / 1024 / 1024} MiB`);
  return bytes.toString('utf8');
}

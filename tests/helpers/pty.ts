// Drives the real binary in a pseudo-terminal (node-pty, prebuilt: @lydell/node-pty) and reads what a person would see: the output
// goes through a headless terminal emulator (@xterm/headless), so a prompt that is redrawn in place
// (after an arrow key, or once answered) is one prompt on the screen, not a pile of old drawings that a
// wait could match. Typing goes to the terminal as keys, like a person typing. Each session has a home
// of its own and none of the user's settings (env.ts).
//
// How to wait: after typing, wait for something only the new state shows. A prompt that stays on the
// screen (the same question asked again, or answered in place) is told apart with mark(): a wait after
// it needs one more occurrence of the text than the screen showed at mark().
import xtermHeadless from '@xterm/headless';
import { spawn as spawnPty } from '@lydell/node-pty';
import { BIN, ROOT } from './cli.js';
import { isolatedEnv } from './env.js';

const { Terminal } = xtermHeadless;

export interface PtySession {
  /** The screen as it is now, the lines scrolled out of view included; a line that wraps is one line. */
  screen(): string;
  /**
   * Waits until the screen shows the text, and resolves with the screen. After mark(), waits for one
   * more occurrence of the text than the screen showed at mark(): a new one.
   */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Sends keys to the program, as typed on its terminal. */
  type(keys: string): void;
  /** The exit code once the program has ended and all it printed is on the screen (128 + n for signal n). */
  exit(): Promise<number>;
  /** Remembers the screen as it is now, for the next waits; returns its number of lines. */
  mark(): number;
  /** Sends the program a signal, as a closed terminal (SIGHUP) or a kill would. */
  kill(signal: NodeJS.Signals): void;
}

export const KEY = { enter: '\r', down: '\u001b[B', up: '\u001b[A', ctrlC: '\u0003', ctrlD: '\u0004' };

const COLUMNS = 100;
const ROWS = 40;

function count(text: string | RegExp, screen: string): number {
  if (typeof text === 'string') return text === '' ? 0 : screen.split(text).length - 1;
  const global = new RegExp(text.source, text.flags.includes('g') ? text.flags : `${text.flags}g`);
  return [...screen.matchAll(global)].length;
}

export function startPty(args: string[], env: Record<string, string> = {}): PtySession {
  const fullEnv = {
    PATH: process.env.PATH,
    TERM: 'xterm-256color',
    TZ: 'UTC',
    ...isolatedEnv({ REPLYGUIDE_NOW: '2026-11-21T12:00:00Z', REPLYGUIDE_CACHE_DIR: 'off', ...env }),
  };
  const child = spawnPty(process.execPath, [BIN, ...args], {
    name: 'xterm-256color',
    cols: COLUMNS,
    rows: ROWS,
    cwd: ROOT,
    env: Object.fromEntries(Object.entries(fullEnv).filter((entry): entry is [string, string] => entry[1] !== undefined)),
  });
  const terminal = new Terminal({ cols: COLUMNS, rows: ROWS, scrollback: 100_000, allowProposedApi: true });

  const screen = (): string => {
    const buffer = terminal.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < buffer.length; i++) {
      const line = buffer.getLine(i)!;
      const text = line.translateToString(true);
      if (line.isWrapped && lines.length > 0) lines[lines.length - 1] += text;
      else lines.push(text);
    }
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines.join('\n');
  };

  // Waits are checked each time the emulator has taken in a chunk of output, so a wait resolves on a
  // screen that shows all the program printed up to that point.
  const waiters = new Set<{ check: () => boolean; fail: (why: string) => void }>();
  const checkWaiters = () => {
    for (const waiter of waiters) if (waiter.check()) waiters.delete(waiter);
  };
  let ended = false;
  child.onData((data) => terminal.write(data, checkWaiters));

  let exitCode = -1;
  const exited = new Promise<number>((resolve) => {
    child.onExit(({ exitCode: code, signal }) => {
      exitCode = signal ? 128 + signal : code;
      // node-pty reports the exit once all output is read; the empty write's callback comes once the
      // emulator has taken in all of it.
      terminal.write('', () => {
        ended = true;
        checkWaiters();
        for (const waiter of waiters) waiter.fail(`the program ended (exit code ${exitCode})`);
        waiters.clear();
        resolve(exitCode);
      });
    });
  });
  // Never leave a process behind if a test fails half-way.
  const killer = setTimeout(() => child.kill('SIGKILL'), 25_000);
  killer.unref();
  void exited.then(() => clearTimeout(killer));

  let marked = '';
  return {
    screen,
    mark() {
      marked = screen();
      return marked.split('\n').length;
    },
    waitFor(text, timeoutMs = 10_000) {
      const before = count(text, marked);
      return new Promise<string>((resolve, reject) => {
        let timer: NodeJS.Timeout | undefined;
        const waiter = {
          check: () => {
            const now = screen();
            if (count(text, now) <= before) return false;
            clearTimeout(timer);
            resolve(now);
            return true;
          },
          fail: (why: string) => {
            clearTimeout(timer);
            const shown = screen();
            reject(new Error(`${why} while waiting for ${before ? 'a new ' : ''}${String(text)}; screen:\n${shown.slice(-3000)}`));
          },
        };
        if (waiter.check()) return;
        if (ended) return waiter.fail(`the program had ended (exit code ${exitCode})`);
        waiters.add(waiter);
        timer = setTimeout(() => {
          waiters.delete(waiter);
          waiter.fail(`timed out after ${timeoutMs} ms`);
          child.kill('SIGKILL');
        }, timeoutMs);
      });
    },
    type(keys) {
      child.write(keys);
    },
    exit: () => exited,
    kill: (signal) => child.kill(signal),
  };
}

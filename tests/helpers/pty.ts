// Drives the real binary through a pseudo-terminal (util-linux `script`), typing like a person and
// reading the screen, so the interactive prompts are tested as they are used.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT } from './cli.js';

export interface PtySession {
  /** Everything the program printed so far, ANSI sequences removed. */
  screen(): string;
  /** Waits until the screen (after `from`) contains the text. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  type(keys: string): void;
  exit(): Promise<number>;
  mark(): number;
}

export const KEY = { enter: '\r', down: '\u001b[B', up: '\u001b[A', ctrlC: '\u0003', ctrlD: '\u0004' };

const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\u001b[()][AB012]|\u001b[=>78]/g;

export function startPty(args: string[], env: Record<string, string> = {}): PtySession {
  const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const child: ChildProcess = spawn('script', ['-qfec', `stty cols 100 rows 40; exec ${command}`, '/dev/null'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TERM: 'xterm-256color', TZ: 'UTC', REPLYGUIDE_NOW: '2026-11-21T12:00:00Z', REPLYGUIDE_CACHE_DIR: 'off', REPLYGUIDE_LOG: join(mkdtempSync(join(tmpdir(), 'replyguide-pty-log-')), 'log.jsonl'), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let raw = '';
  let from = 0;
  child.stdout!.on('data', (chunk: Buffer) => { raw += chunk.toString('utf8'); });
  child.stderr!.on('data', (chunk: Buffer) => { raw += chunk.toString('utf8'); });
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  // Never leave a process behind if a test fails half-way.
  const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  void exited.then(() => clearTimeout(killer));
  const screen = () => raw.replace(ANSI, '');
  return {
    screen,
    mark: () => (from = screen().length),
    async waitFor(text, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      const found = () => {
        const s = screen().slice(from);
        return typeof text === 'string' ? s.includes(text) : text.test(s);
      };
      while (!found()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; screen:\n${screen().slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    type(keys) {
      child.stdin!.write(keys);
    },
    exit: () => exited,
  };
}

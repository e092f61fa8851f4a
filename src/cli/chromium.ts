// Printing HTML to PDF with a headless Chromium that is already installed (no browser download).
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { nodeOs } from '../node-os.js';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Io } from './io.js';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export function findChromium(env: Io['env']): string | undefined {
  if (env.CHROME_PATH) return env.CHROME_PATH;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      const candidate = join(dir, name);
      try { accessSync(candidate, constants.X_OK); return candidate; } catch { /* keep looking */ }
    }
  }
  return undefined;
}

export const NO_CHROMIUM = 'no Chromium found for --format pdf (looked at CHROME_PATH, chromium, chromium-browser, google-chrome). Install one (Debian/Ubuntu: apt-get install chromium) or use --format html and print from a browser';

/** The signals that end replyguide while Chromium prints, with the exit code each gives. */
const STOPS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * Renders the HTML with Chromium's print engine; returns the PDF bytes or a one-line error. Chromium
 * runs in its own process group with its profile in a private temporary folder: if replyguide is
 * stopped (Ctrl-C, SIGTERM, a closed terminal) the whole group is killed and the folder removed.
 */
export async function printPdf(chromium: string, html: string): Promise<{ pdf: Buffer } | { error: string }> {
  const dir = mkdtempSync(join(nodeOs().tmpdir(), 'replyguide-pdf-'));
  let child: ChildProcess | undefined;
  const killGroup = () => {
    try {
      if (child?.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch { /* already gone */ }
  };
  let exited: Promise<unknown> = Promise.resolve();
  const stop = async (signal: keyof typeof STOPS) => {
    killGroup();
    // The folder goes once Chromium is gone (a dying browser still writes to its profile).
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    process.exit(STOPS[signal]);
  };
  const handlers = Object.keys(STOPS).map((signal) => [signal, () => void stop(signal as keyof typeof STOPS)] as const);
  for (const [signal, handler] of handlers) process.once(signal, handler);
  try {
    const page = join(dir, 'guide.html');
    const out = join(dir, 'guide.pdf');
    writeFileSync(page, html, { mode: 0o600 });
    const result = await new Promise<{ status?: number | null; error?: Error }>((resolve) => {
      child = spawn(chromium, [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-extensions', `--user-data-dir=${join(dir, 'profile')}`,
        '--no-pdf-header-footer', `--print-to-pdf=${out}`, pathToFileURL(page).href,
      ], { detached: true, stdio: 'ignore' });
      exited = new Promise((resolve) => child!.once('exit', resolve));
      const timer = setTimeout(killGroup, 120_000);
      child.on('error', (error) => { clearTimeout(timer); resolve({ error }); });
      child.on('exit', (status) => { clearTimeout(timer); resolve({ status }); });
    });
    killGroup(); // helpers Chromium left behind
    try {
      const pdf = readFileSync(out);
      if (pdf.subarray(0, 5).toString() === '%PDF-') return { pdf };
    } catch { /* reported below */ }
    const reason = result.error ? result.error.message : `exit ${result.status}`;
    return { error: `Chromium (${chromium}) did not produce a PDF (${reason})` };
  } finally {
    for (const [signal, handler] of handlers) process.off(signal, handler);
    rmSync(dir, { recursive: true, force: true });
  }
}

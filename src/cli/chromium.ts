// Printing HTML to PDF with a headless Chromium that is already installed (no browser download).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** Renders the HTML with Chromium's print engine; returns the PDF bytes or a one-line error. */
export function printPdf(chromium: string, html: string): { pdf: Buffer } | { error: string } {
  const dir = mkdtempSync(join(tmpdir(), 'replyguide-pdf-'));
  try {
    const page = join(dir, 'guide.html');
    const out = join(dir, 'guide.pdf');
    writeFileSync(page, html);
    const result = spawnSync(chromium, [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-extensions', `--user-data-dir=${join(dir, 'profile')}`,
      '--no-pdf-header-footer', `--print-to-pdf=${out}`, pathToFileURL(page).href,
    ], { encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const pdf = readFileSync(out);
      if (pdf.subarray(0, 5).toString() === '%PDF-') return { pdf };
    } catch { /* reported below */ }
    const reason = result.error ? result.error.message : `exit ${result.status}`;
    return { error: `Chromium (${chromium}) did not produce a PDF (${reason})` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

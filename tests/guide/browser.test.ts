// The HTML guide opened in real headless Chromium: no console errors, no request leaves the file,
// and hostile playbook text shows as text and runs nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../src/cli/chromium.js';
import { runInProcess } from '../helpers/cli.js';

const executablePath = findChromium(process.env);
let browser: Awaited<ReturnType<typeof chromium.launch>>;

beforeAll(async () => {
  if (!executablePath) throw new Error('these tests need Chromium (apt-get install chromium, or set CHROME_PATH)');
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => browser?.close());

async function open(playbook: string) {
  const r = await runInProcess(['guide', '--playbook', playbook]);
  const file = join(mkdtempSync(join(tmpdir(), 'replyguide-browser-')), 'guide.html');
  writeFileSync(file, r.stdout);
  const page = await browser.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (req) => { if (!req.url().startsWith('file:')) requests.push(req.url()); });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, problems, requests };
}

describe('HTML guide in Chromium', () => {
  it('the built-in guide loads cleanly and makes no requests', async () => {
    const { page, problems, requests } = await open('playbooks/starter.yaml');
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.locator('section.situation').count()).toBe(17);
    // The decision diagram: a branch per answer to the first question, every situation reachable from it.
    const linked = new Set(await page.locator('#decision a.sit').evaluateAll((links) => links.map((a) => a.getAttribute('href'))));
    expect(linked.size).toBe(17);
    for (const href of linked) expect(await page.locator(href!).count()).toBe(1);
  });

  it('a team playbook that removes a situation offers neither it nor the answer that only led to it; a diagram link opens its section', async () => {
    const { page, problems } = await open('tests/fixtures/extends/acme/playbook.yaml');
    expect(problems).toEqual([]);
    const branches = await page.locator('#decision ul.tree > li > .answer').allInnerTexts();
    expect(branches).toContain('Complaint about a bad experience');
    expect(branches).not.toContain('Spam or advertising'); // acme removes the spam situation
    expect(await page.locator('#flow ol').last().innerText()).not.toContain('Spam or advertising');
    expect(await page.locator('#situation-spam').count()).toBe(0);
    expect(await page.locator('#decision a.sit', { hasText: 'Outage' }).count()).toBe(1); // its own situation, in the complaint branch
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
    await page.locator('#decision a.sit', { hasText: 'Outage' }).click();
    expect(await page.evaluate(() => Math.round(document.querySelector('#situation-outage')!.getBoundingClientRect().top) + 0)).toBe(0);
    await page.locator('#situation-outage p.back a[href="#flow"]').click();
    expect(await page.evaluate(() => Math.round(document.querySelector('#flow')!.getBoundingClientRect().top) + 0)).toBe(0);
  });

  it('reads at phone, laptop and wide widths without sideways scrolling; every contents link leads to its section', async () => {
    const { page } = await open('playbooks/starter.yaml');
    for (const width of [390, 1024, 1600]) {
      await page.setViewportSize({ width, height: 900 });
      expect([width, await page.evaluate(() => document.documentElement.scrollWidth)]).toEqual([width, width]);
    }
    const targets = await page.locator('nav.toc a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(targets).toHaveLength(7 + 17);
    for (const href of targets) expect(await page.locator(href).count()).toBe(1);
    await page.setViewportSize({ width: 390, height: 900 });
    await page.locator('nav.toc a[href="#situation-complaint-unreached"]').click();
    expect(await page.locator('#situation-complaint-unreached h2').isVisible()).toBe(true);
    expect(await page.evaluate(() => Math.round(document.querySelector('#situation-complaint-unreached')!.getBoundingClientRect().top) + 0)).toBe(0);
  });

  it('hostile playbook text shows as text and runs nothing', async () => {
    const { page, problems, requests } = await open('tests/fixtures/good/hostile.yaml');
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('script, img, iframe').count()).toBe(0);
    const text = await page.locator('body').innerText();
    expect(text).toContain('<script>window.pwned = 1</script> Guide');
    expect(text).toContain('<img src=x onerror="window.pwned = 2">');
    expect(await page.locator('h1').innerText()).toBe('<script>window.pwned = 1</script> Guide');
  });
});

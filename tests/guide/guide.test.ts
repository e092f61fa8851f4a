// The staff guide: Markdown against a snapshot, HTML escaping, and the command's errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGuide } from '../../src/guide/model.js';
import { BUILTIN_PLAYBOOK } from '../../src/playbook/builtin.js';
import { loadPlaybook, type LoadedPlaybook } from '../../src/playbook/load.js';
import { runBinary, runEnv, runInProcess } from '../helpers/cli.js';

const starter = loadPlaybook(BUILTIN_PLAYBOOK).playbook as LoadedPlaybook;

describe('guide model', () => {
  it('has every situation in order, with its replies rendered from sample answers or its no-reply reason', () => {
    const model = buildGuide(starter);
    expect(model.situations.map((s) => s.id)).toEqual(starter.data.situations.map((s) => s.id));
    const praise = model.situations.find((s) => s.id === 'praise')!;
    expect(praise.replies).toHaveLength(3);
    expect(praise.replies[0]).toBe("Thank you so much, Alex! We're really glad you liked the quick repair, and I'll pass that on to the team.\n– Sam");
    expect(praise.conditions).toEqual(['What is this comment mainly: Praise or thanks']);
    expect(praise.example).toBe('Thanks for the quick repair, the bike rides like new!');
    const spam = model.situations.find((s) => s.id === 'spam')!;
    expect(spam.replies).toEqual([]);
    expect(spam.noReply).toBe('Spam gets no answer. Hide it and report it to the platform.');
    const complaint = model.situations.find((s) => s.id === 'complaint')!;
    expect(complaint.steps.find((s) => s.action === 'apologize')?.condition).toBe('“Did we get something wrong, even partly?” is answered yes');
  });
});

describe('replyguide guide --format md', () => {
  it('matches the snapshot of the built-in playbook', async () => {
    const r = await runInProcess(['guide', '--format', 'md']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('__snapshots__/starter-guide.md');
  });

  it('shows each situation an example comment in the guide\'s language', async () => {
    const r = await runInProcess(['guide', '--format', 'md', '--locale', 'nl']);
    expect(r.stdout).not.toContain('Earn $500 a day from home'); // the starter's first spam example, in English
    expect(r.stdout).toContain('**Voorbeeld**\n\n> ik weet waar je woont. pas maar op.');
  });

  it.each([
    ['nl', '## Zo gebruik je deze handleiding', '**Antwoord, variant 1 van 3**', '> Dank je wel, Alex\\! Fijn dat je zo tevreden bent over de snelle reparatie; ik geef het door aan het team.'],
    ['de', '## So benutzt du diesen Leitfaden', '**Antwort, Variante 1 von 3**', '> Vielen Dank, Alex\\! Schön zu lesen, was dir gefallen hat: die schnelle Reparatur. Das geben wir gern ans Team weiter.'],
    ['sv', '## Så använder du guiden', '**Svar, variant 1 av 3**', '> Tusen tack, Alex\\! Vad roligt att du är så nöjd med den snabba reparationen; jag skickar det vidare till teamet.'],
  ])('is written in %s with --locale', async (locale, heading, label, reply) => {
    const r = await runInProcess(['guide', '--format', 'md', '--locale', locale]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(heading);
    expect(r.stdout).toContain(label);
    expect(r.stdout).toContain(reply);
    expect(r.stdout).not.toContain('Approved replies');
  });

  it('says in the guide\'s language what each contact handles (was English in every guide)', async () => {
    const nl = await runInProcess(['guide', '--format', 'md', '--locale', 'nl']);
    expect(nl.stdout).toContain('| **Klantenservice** | Bestellingen, leveringen, terugbetalingen en accounts | \\#care-escalations op Slack, of de teamleider klantenservice telefonisch | klachten, kan ons niet bereiken, vragen over bestellingen |');
    const sv = await runInProcess(['guide', '--format', 'md', '--locale', 'sv']);
    expect(sv.stdout).toContain('| hot, trakasserier, doxning |');
  });

  it('a situation whose template is missing: said where its reply would be, and on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-guide-'));
    expect((await runInProcess(['init', 'team', '--no-input', '--brand', 'Wolwinkel', '--locales', 'en'], { cwd: dir })).code).toBe(0);
    const file = join(dir, 'team', 'playbook.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}situations:\n  - id: praise\n    template: praise-thanks-typo\n`);
    const r = await runInProcess(['guide', '--format', 'md', '--playbook', join(dir, 'team')], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('> (template "praise-thanks-typo" not found)');
    expect(r.stderr).toContain('replyguide: situation "praise": no template "praise-thanks-typo" in en, so the guide shows a note where its reply would be; run replyguide lint\n');
  });

  it('renders the flow as Mermaid and escapes playbook text', async () => {
    const r = await runInProcess(['guide', '--format', 'md', '--playbook', 'tests/fixtures/good/hostile.yaml']);
    expect(r.stdout).toContain([
      '```mermaid', 'flowchart TD',
      '  q0{"What is it? #lt;svg onload=#quot;window.pwned = 5#quot;#gt;"}',
      '  s1["1. Praise #lt;/section#gt;#lt;script#gt;window.pwned = 7#lt;/script#gt;"]',
      '  q0 -->|"Praise #lt;img src=https://evil.example/pixel.png#gt;"| s1',
      '  s2["2. Other"]',
      '  q0 -->|"Other"| s2',
      '```',
    ].join('\n'));
    expect(r.stdout).not.toMatch(/(?<!\\)<(script|img|iframe)/); // every < in playbook text is escaped
    expect(r.stdout).toContain('\\<script\\>window.pwned = 1\\</script\\> Guide');
  });
});

describe('replyguide guide --format html', () => {
  it('is one self-contained page with every section, escaping all playbook text', async () => {
    const r = await runInProcess(['guide', '--playbook', 'tests/fixtures/good/hostile.yaml']);
    expect(r.code).toBe(0);
    const html = r.stdout;
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<(script|img|iframe|link)\b/i); // no element from playbook text
    expect(html).not.toMatch(/<a href="(?!https?:|#)/); // links only to the web, or to a section of the page
    for (const [, id] of html.matchAll(/<a href="#([^"]+)"/g)) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('<nav class="toc" id="contents"><h2>Contents</h2>');
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i); // no event-handler attribute
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('&lt;script&gt;window.pwned = 1&lt;/script&gt; Guide');
    for (const heading of ['How to use this guide', 'House rules and response policy', 'Response times', 'Who handles what', 'Triage flow', 'Glossary of actions', 'Do and don’t']) {
      expect(html).toContain(`<h2>${heading}</h2>`);
    }
    expect(html).toContain('<figure class="flow" id="decision"><figcaption><h3>Which situation is it?</h3>');
  });

  it('writes the file whole with -o', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-guide-'));
    const r = await runInProcess(['guide', '--playbook', 'demo', '-o', 'guide.html'], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('Wrote guide.html\n');
    const html = readFileSync(join(dir, 'guide.html'), 'utf8');
    expect(html.match(/<section class="situation"/g)).toHaveLength(starter.data.situations.length);
  });

  it('a broken playbook or an unknown locale exits 2', async () => {
    expect((await runInProcess(['guide', '--playbook', 'tests/fixtures/broken/tabs.yaml'])).code).toBe(2);
    const r = await runInProcess(['guide', '--locale', 'fr']);
    expect(r.stderr).toBe('replyguide: --locale fr is not available in this playbook; available: en, nl, de, sv\n');
    expect(r.code).toBe(2);
  });
});

describe('replyguide guide --format pdf', () => {
  it('without Chromium exits 2 saying how to get one', () => {
    const r = runBinary(['guide', '--format', 'pdf', '-o', join(tmpdir(), 'never.pdf')], { env: { PATH: '/nonexistent', CHROME_PATH: undefined } });
    expect(r.stderr).toBe('replyguide: no Chromium found for --format pdf (looked at CHROME_PATH, chromium, chromium-browser, google-chrome). Install one (Debian/Ubuntu: apt-get install chromium) or use --format html and print from a browser\n');
    expect(r.code).toBe(2);
  });

  it('writes the PDF bytes unchanged to a pipe when there is no -o', () => {
    const r = spawnSync(process.execPath, ['bin/replyguide.js', 'guide', '--format', 'pdf'], { env: { PATH: process.env.PATH, CHROME_PATH: process.env.CHROME_PATH, ...runEnv({ REPLYGUIDE_CACHE_DIR: 'off' }) } });
    expect(r.status).toBe(0);
    expect(r.stdout.subarray(0, 5).toString()).toBe('%PDF-');
    expect(r.stdout.subarray(-6).toString()).toMatch(/%%EOF\s*$/);
  });

  it('stopped while Chromium prints (SIGTERM): Chromium is killed and its temporary folder removed (issue 16, finding 11)', async () => {
    const { spawn } = await import('node:child_process');
    const { existsSync, readdirSync } = await import('node:fs');
    const privateTmp = mkdtempSync(join(tmpdir(), 'replyguide-tmp-'));
    const child = spawn(process.execPath, ['bin/replyguide.js', 'guide', '--format', 'pdf', '-o', join(privateTmp, 'guide.pdf')], { env: { ...runEnv(), PATH: process.env.PATH, TMPDIR: privateTmp }, stdio: 'ignore' });
    const printing = () => readdirSync(privateTmp).filter((f) => f.startsWith('replyguide-pdf-'));
    // Wait until Chromium has made its profile: it is running.
    for (let i = 0; i < 200 && !printing().some((d) => existsSync(join(privateTmp, d, 'profile'))); i++) await new Promise((r) => setTimeout(r, 25));
    expect(printing().length).toBe(1);
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(143);
    expect(printing()).toEqual([]);
    expect(existsSync(join(privateTmp, 'guide.pdf'))).toBe(false);
    const left = spawnSync('pgrep', ['-f', privateTmp], { encoding: 'utf8' }).stdout.trim();
    expect(left).toBe('');
  });

  it('prints A4 with a page or more per situation (real Chromium, checked with pdfinfo)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'replyguide-pdf-')), 'guide.pdf');
    const r = runBinary(['guide', '--playbook', 'demo', '--format', 'pdf', '-o', out]);
    expect(r.stderr).toBe(`Wrote ${out}\n`);
    expect(r.code).toBe(0);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const info = spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout;
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(starter.data.situations.length + 3);
    expect(info).toMatch(/Page size:\s+594\.\d+ x 841\.\d+ pts \(A4\)/);
  });
});

describe('the staffed hours in the guide', () => {
  it('prints the week, holidays, closed days and who is on call for what, in the guide\'s language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-hours-'));
    const week = '{ mon: ["09:00-12:00", "13:00-17:00"], tue: [], wed: [], thu: [], fri: ["09:00-15:00"], sat: [], sun: [] }';
    writeFileSync(join(dir, 'playbook.yaml'), `extends: demo\nid: team\npolicies:\n  hours:\n    timeZone: Europe/Berlin\n    week: ${week}\n    holidays: { country: DE, region: BY }\n    closed: ["2026-12-31"]\n    onCall: legal\n`);
    const de = await runInProcess(['guide', '--format', 'md', '--locale', 'de'], { cwd: dir });
    expect(de.code).toBe(0);
    const section = de.stdout.slice(de.stdout.indexOf('### Servicezeiten des Teams'), de.stdout.indexOf('## Wer macht was'));
    expect(section.split('\n')).toEqual([
      '### Servicezeiten des Teams', '',
      'Antwortzeiten zählen nur in diesen Stunden, in der Zeitzone Europe/Berlin. Was außerhalb davon kommt, beantworten wir, sobald wir wieder da sind.', '',
      '| Tag | Besetzt |', '|---|---|',
      '| Montag | 09:00–12:00, 13:00–17:00 |', '| Dienstag | nicht besetzt |', '| Mittwoch | nicht besetzt |', '| Donnerstag | nicht besetzt |',
      '| Freitag | 09:00–15:00 |', '| Samstag | nicht besetzt |', '| Sonntag | nicht besetzt |', '',
      'Geschlossen an Feiertagen (Deutschland, BY).', '',
      'Außerdem geschlossen: 31. Dezember 2026.', '',
      'Außerhalb dieser Zeiten postest du sofort die Zwischenantwort aus triage; sie sagt, wann wir wieder da sind, und die vollständige Antwort folgt dann: Beschwerde von jemandem, der uns nicht erreicht hat; Verärgerte Kundschaft, zur Lösung brauchen wir Daten; Verärgerte Kundschaft mit schlechter Erfahrung; Kundenservice nicht erreichbar.', '',
      'Bereitschaft außerhalb dieser Zeiten: Rechtsabteilung (legal@brightline.example, dringende Fälle telefonisch). Zu jeder Stunde: Drohung oder Doxing.', '', '',
    ]);
    const html = await runInProcess(['guide', '--format', 'html'], { cwd: dir });
    expect(html.stdout).toContain('<h3>Staffed hours</h3><p>Response times count only these hours, in the Europe/Berlin time zone.');
    expect(html.stdout).toContain('<tr><td>Monday</td><td>09:00–12:00, 13:00–17:00</td></tr>');
    expect(html.stdout).toContain('<p>On call outside these hours: Legal team (legal@brightline.example, urgent cases by phone). At any hour: Threat or doxxing.</p>');
  });
});

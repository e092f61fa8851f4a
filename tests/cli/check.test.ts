// `replyguide check` as a user runs it: exact findings, exit codes, input from argument, file or stdin.
import { describe, expect, it } from 'vitest';
import { runBinary, runInProcess } from '../helpers/cli.js';

describe('replyguide check', () => {
  it('prints each finding with position, message, rule and suggestion; exit 1 on errors', async () => {
    const r = await runInProcess(['check', 'Hi Sam, you should READ the manual!! We will check it.\n– Alex']);
    expect(r.stdout).toBe([
      '1:9   error    "you should" lectures the person  no-admonishment',
      '      → Say what you will do, not what they should do or are.',
      '1:20  warning  "READ" in capitals reads as shouting  no-caps',
      '      → Write it in normal case.',
      '1:36  warning  2 exclamation marks; one at most  no-exclamations',
      '      → Keep one where you really mean it (a thank-you).',
      '',
      '✖ 3 findings (1 error, 2 warnings) · en',
      '',
    ].join('\n'));
    expect(r.code).toBe(1);
  });

  it('a good draft is clean and exits 0', async () => {
    const r = await runInProcess(['check', "Hi Sam, thanks for telling us. We'll look into it today and reply here.\n– Alex", '--name', 'Sam']);
    expect(r.stdout).toBe('✔ No tone problems found (en)\n');
    expect(r.code).toBe(0);
  });

  it('warnings alone exit 0', async () => {
    const r = await runInProcess(['check', 'Your order ships today. We will reply here.\n– Alex']);
    expect(r.stdout).toMatch(/friendly-greeting/);
    expect(r.code).toBe(0);
  });

  it('reads standard input, detects the language, and prints JSON', async () => {
    const r = await runInProcess(['check', '-', '--format', 'json'], { stdin: 'Hallo Jonas, beruhige dich bitte. Wir kümmern uns darum.\n– Lena\n' });
    const out = JSON.parse(r.stdout);
    expect(out.locale).toBe('de');
    expect(out.errorCount).toBe(1);
    expect(out.findings).toEqual([{
      rule: 'no-admonishment', severity: 'error', line: 1, column: 14, endLine: 1, endColumn: 26, words: 'beruhige dich',
      message: '"beruhige dich" lectures the person', suggestion: 'Say what you will do, not what they should do or are.',
    }]);
    expect(r.code).toBe(1);
  });

  it("applies a situation's rules: no apology to a harasser", async () => {
    const text = "Hi Sam, sorry, but insults aren't accepted here. Our house rules: https://x.example/rules\n– Alex";
    expect((await runInProcess(['check', text, '--name', 'Sam'])).stdout).toBe('✔ No tone problems found (en)\n');
    const r = await runInProcess(['check', text, '--name', 'Sam', '--situation', 'abuse']);
    expect(r.stdout).toMatch(/^1:9 +warning +"sorry": this situation calls for no apology +apology-misplaced/);
  });

  it('asks for a source when the situation corrects misinformation', async () => {
    const r = await runInProcess(['check', "Hi Jo, that recall doesn't include our bikes. We'll keep you posted.\n– Alex", '--situation', 'misinformation', '--name', 'Jo']);
    expect(r.stdout).toMatch(/the correction has no link to a source +informative-source/);
    expect(r.code).toBe(1);
  });

  it.each([
    [['check'], 'replyguide: the draft is empty\n'],
    [['check', 'hi', '--file', 'x.txt'], 'replyguide: give the draft once: as text, with --file, or - for standard input\n'],
    [['check', '--file', 'missing.txt'], 'replyguide: missing.txt:1:1: file not found\n'],
    [['check', 'hi', '--locale', 'fr'], 'replyguide: no word lists for --locale fr; available: en, nl, de, sv\n'],
    [['check', 'hi', '--situation', 'abuze'], 'replyguide: no situation "abuze"; did you mean "abuse"?\n'],
    [['check', 'hi', '--situation', 'nope'], 'replyguide: no situation "nope"; situations: spam, threat, abuse, hate, accusation-spreading, accusation, misinformation, complaint-unreached, complaint-private, complaint, cant-reach, question-unknown, question, staff-praise, praise, chatter, unclear\n'],
  ])('usage errors exit 2: %j', async (args, message) => {
    const r = await runInProcess(args);
    expect(r.stderr).toBe(message);
    expect(r.code).toBe(2);
  });

  it.each([
    [['check'], 'replyguide: het concept is leeg\n'],
    [['check', 'hi', '--situation', 'abuze'], 'replyguide: geen situatie "abuze"; bedoel je "abuse"?\n'],
  ])('usage errors in the tool\'s language: %j', async (args, message) => {
    const r = await runInProcess(args, { env: { LANG: 'nl_NL.UTF-8' } });
    expect([r.code, r.stderr]).toEqual([2, message]);
  });

  it.each([
    ['nl_NL.UTF-8', 'Hoi Sanne, je moet eerst de handleiding lezen. We kijken ernaar.\n– Anouk', '1:12  error    "je moet" is belerend  no-admonishment\n      → Zeg wat jij gaat doen, niet wat de ander moet doen of is.\n\n✖ 1 bevinding(en) (1 fout(en), 0 waarschuwing(en)) · nl\n'],
    ['sv_SE.UTF-8', 'Hej Elin, tack! Vi tittar på det i dag.\n– Oskar', '✔ Inga tonproblem hittades (sv)\n'],
  ])('speaks the language of LANG=%s', async (lang, text, expected) => {
    const r = await runInProcess(['check', text], { env: { LANG: lang } });
    expect(r.stdout).toBe(expected);
  });

  it('reads the draft from --file', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/replyguide-draft-`);
    writeFileSync(`${dir}/draft.txt`, 'Hi Sam, calm down. We will check it.\n– Alex\n');
    const r = await runInProcess(['check', '--file', 'draft.txt', '--name', 'Sam'], { cwd: dir });
    expect(r.stdout).toMatch(/^1:9 +error +"calm down" lectures the person +no-admonishment\n/);
    expect(r.code).toBe(1);
  });

  it('works from the real binary', () => {
    const r = runBinary(['check', 'Hej Elin, lugna ner dig. Vi tittar på det.\n– Oskar', '--name', 'Elin']);
    expect(r.stdout).toMatch(/"lugna ner dig" lectures the person {2}no-admonishment/);
    expect(r.stdout).toMatch(/· sv\n$/);
    expect(r.code).toBe(1);
  });
});

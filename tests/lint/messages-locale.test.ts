// Lint speaks the reader's language (--locale, else LANG); rule ids, positions and JSON keys stay English.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/diagnostics/de.js';
import { en } from '../../src/i18n/diagnostics/en.js';
import { nl } from '../../src/i18n/diagnostics/nl.js';
import { sv } from '../../src/i18n/diagnostics/sv.js';
import { runInProcess } from '../helpers/cli.js';

const BROKEN = 'tests/fixtures/broken';
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('diagnostic catalogs', () => {
  it.each([['nl', nl()], ['de', de()], ['sv', sv()]] as const)('%s has every English key with the same placeholders', (_, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect([key, placeholders(catalog[key as keyof typeof en])]).toEqual([key, placeholders(text)]);
    }
  });
});

describe('lint in four languages', () => {
  it('--locale nl: messages and summary in Dutch, rule ids in English', async () => {
    const result = await runInProcess(['lint', 'unknown-key.yaml', 'bad-choice.yaml', '--locale', 'nl'], { cwd: `${process.cwd()}/${BROKEN}` });
    expect(result.stdout).toBe([
      'unknown-key.yaml',
      '  33:5  error    onbekende sleutel "tempalte" in situations[0]; bedoel je "template"?  schema-unknown-key',
      '',
      'bad-choice.yaml',
      '  24:16  error    keuze "troll" van vraag "kind" past bij geen enkele situatie; voeg er een toe of een vangnet zonder `when`  choice-leads-nowhere',
      '  38:9   error    situatie "troll" kan nooit passen: "praise" past altijd eerst; zet hem hoger of maak de eerdere smaller  situation-shadowed',
      '  40:19  error    "trol" is geen keuze van vraag "kind"; bedoel je "troll"?  ref-choice',
      '',
      '✖ 4 problemen (4 fouten, 0 waarschuwingen) in 2 playbooks',
      '',
    ].join('\n'));
    expect(result.code).toBe(1);
  });

  it('follows LANG when there is no --locale, also in JSON', async () => {
    const result = await runInProcess(['lint', `${BROKEN}/wrong-type.yaml`, '--format', 'json'], { env: { LANG: 'de_DE.UTF-8' } });
    const [report] = JSON.parse(result.stdout);
    expect(report.diagnostics).toEqual([{
      rule: 'schema-type', severity: 'error', file: `${BROKEN}/wrong-type.yaml`, line: 27, column: 13,
      message: 'questions[1].prompt muss Text sein oder eine Zuordnung von Sprache zu Text (en: …, nl: …), nicht eine Liste',
    }]);
  });

  it('a clean run says so in Swedish', async () => {
    const result = await runInProcess(['lint', 'tests/fixtures/good/minimal.yaml', '--locale', 'sv']);
    expect(result.stdout).toBe('✔ 1 playbook kontrollerad, inga problem\n');
  });

  it('rejects a language it does not speak', async () => {
    const result = await runInProcess(['lint', 'tests/fixtures/good/minimal.yaml', '--locale', 'fr']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--locale.*fr.*(en, nl, de, sv|"en", "nl", "de", "sv")/);
  });

  // The parser's own syntax messages (YAML, Handlebars) stay in English; everything else is ours.
  const fromLibraries = new Set(['yaml-syntax', 'template-syntax']);
  for (const locale of ['nl', 'de', 'sv']) {
    it(`every message of the broken corpus is said in ${locale}, with no placeholder left`, async () => {
      const english = await runInProcess(['lint', ...readdirSync(BROKEN), '--format', 'json'], { cwd: `${process.cwd()}/${BROKEN}` });
      const translated = await runInProcess(['lint', ...readdirSync(BROKEN), '--format', 'json', '--locale', locale], { cwd: `${process.cwd()}/${BROKEN}` });
      const messages = (out: string) => (JSON.parse(out) as { diagnostics: { rule: string; message: string }[] }[]).flatMap((r) => r.diagnostics);
      const before = messages(english.stdout);
      const after = messages(translated.stdout);
      expect(after.map((d) => d.rule)).toEqual(before.map((d) => d.rule));
      expect(before.length).toBeGreaterThan(40);
      after.forEach((d, i) => {
        expect(d.message).not.toMatch(/(^|[^{])\{\w+\}(?!\})/);
        if (!fromLibraries.has(d.rule)) expect([d.rule, d.message]).not.toEqual([d.rule, before[i].message]);
      });
    });
  }

  it('triage names a broken playbook\'s problems in the reader\'s language', async () => {
    const result = await runInProcess(['triage', '--playbook', `${BROKEN}/unknown-key.yaml`, '--no-input', '--comment', 'hi'], { env: { LANG: 'sv_SE.UTF-8' } });
    expect(result.stderr.split('\n')[0]).toBe(`${BROKEN}/unknown-key.yaml:33:5: okänd nyckel "tempalte" i situations[0]; menade du "template"? (schema-unknown-key)`);
    expect(result.code).toBe(2);
  });
});

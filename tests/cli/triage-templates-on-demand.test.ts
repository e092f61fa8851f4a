// Triage reads only the template of the situation it chose, in the locale it replies in; lint reads
// them all. A broken template of another situation does not stop a triage, and one that is used is
// said at its place.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary } from '../helpers/cli.js';
import { folder } from '../helpers/files.js';

const playbook = [
  'format: 1',
  'id: two',
  'name: Two',
  'locale: en',
  'brand:',
  '  name: Two',
  'policies:',
  '  responseTimes: { normal: 2h }',
  'questions:',
  '  - id: kind',
  '    prompt: What is it?',
  '    type: select',
  '    choices:',
  '      - { value: good, label: Good }',
  '      - { value: broken, label: Broken }',
  'situations:',
  '  - id: good',
  '    title: Good',
  '    when: { kind: good }',
  '    template: good',
  '    respondWithin: normal',
  '    steps:',
  '      - { action: reply-publicly, text: Answer in the thread. }',
  '  - id: broken',
  '    title: Broken',
  '    when: { kind: broken }',
  '    template: broken',
  '    respondWithin: normal',
  '    steps:',
  '      - { action: reply-publicly, text: Answer in the thread. }',
  '',
].join('\n');

// templates/en/broken.hbs is a folder, which no template can be.
const dir = folder({ 'playbook.yaml': playbook, 'templates/en/good.hbs': 'Thanks for writing to us.\n– {{agent}}\n---\nThank you for writing to us.\n– {{agent}}\n', 'templates/en/broken.hbs/x': '' });
const triage = (kind: string) => runBinary(['triage', '--no-input', '--no-log', '-p', '.', '-c', 'hello', '-a', `kind=${kind}`, '--variant', '1', '--agent', 'Sam', '-f', 'json'], { cwd: dir, env: { REPLYGUIDE_CACHE_DIR: 'off' } });

describe('templates read on demand', () => {
  it('a triage whose situation has a good template replies, though another template is broken', () => {
    const r = triage('good');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).reply).toEqual({ text: 'Thanks for writing to us.\n– Sam', template: 'good', variant: 1, variants: 2 });
  });

  it('a triage that needs the broken template says so at its place, in one line, exit 2', () => {
    const r = triage('broken');
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`replyguide: template "broken" failed at ${join('templates', 'en', 'broken.hbs')}:1:1: is a folder where a file was expected\n`);
    expect(r.code).toBe(2);
  });

  it('lint still reads every template and reports the broken one (exit 2: a file it cannot read)', () => {
    const r = runBinary(['lint', '.', '-f', 'json'], { cwd: dir, env: { REPLYGUIDE_CACHE_DIR: 'off' } });
    expect(r.code).toBe(2);
    const [file] = JSON.parse(r.stdout);
    expect(file.diagnostics.map((d: { rule: string; file: string; line: number; column: number }) => `${d.rule} ${d.file}:${d.line}:${d.column}`)).toEqual([`file-unreadable ${join('templates', 'en', 'broken.hbs')}:1:1`]);
  });

  it('a template that is missing is said as lint says it, where the situation names it, in the tool\'s language', () => {
    const missing = folder({ 'playbook.yaml': playbook.replace('template: broken', 'template: gone'), 'templates/en/good.hbs': 'Thanks.\n– {{agent}}\n---\nThank you.\n– {{agent}}\n' });
    const line = playbook.split('\n').indexOf('    template: broken') + 1;
    const run = (env: Record<string, string>) => runBinary(['triage', '--no-input', '--no-log', '-p', '.', '-c', 'hello', '-a', 'kind=broken'], { cwd: missing, env: { REPLYGUIDE_CACHE_DIR: 'off', ...env } });
    const english = run({});
    expect([english.code, english.stdout]).toEqual([2, '']);
    expect(english.stderr).toBe(`replyguide: template "gone" failed at playbook.yaml:${line}:15: no template "gone" for locale en: expected ${join('templates', 'en', 'gone.hbs')} or templates.gone.en in the playbook; did you mean "good"?\n`);
    const german = run({ LANG: 'de_DE.UTF-8' });
    expect(german.stderr).toBe(`replyguide: Vorlage "gone" ist fehlgeschlagen bei playbook.yaml:${line}:15: kein Template "gone" für Sprache en: erwartet ${join('templates', 'en', 'gone.hbs')} oder templates.gone.en im Playbook; meintest du "good"?\n`);
    const lint = runBinary(['lint', '.', '-f', 'github'], { cwd: missing, env: { REPLYGUIDE_CACHE_DIR: 'off' } });
    expect(lint.stdout).toContain(`file=playbook.yaml,line=${line},col=15,title=replyguide ref-template::no template "gone" for locale en`);
  });
});

// suggestions-thin: once examples teach a question, each of its choices needs examples in every locale.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const minimal = readFileSync('tests/fixtures/good/minimal.yaml', 'utf8');
const praise = (id: string, comment: string) => `  - { id: ${id}, comment: "${comment}", answers: { kind: praise }, expect: { situation: praise } }\n`;

async function lint(extraExamples: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'replyguide-thin-')), 'playbook.yaml');
  writeFileSync(file, minimal + extraExamples);
  const r = await runInProcess(['lint', file, '--format', 'json']);
  return (JSON.parse(r.stdout)[0].diagnostics as { rule: string; line: number; message: string }[]).filter((d) => d.rule === 'suggestions-thin');
}

describe('suggestions-thin', () => {
  it('a playbook with only a few examples is not learning yet: no warning', async () => {
    expect(await lint('')).toEqual([]);
  });

  it('with examples teaching the question, a choice that has too few is named, at its value', async () => {
    const found = await lint(praise('p2', 'Love it, thank you') + praise('p3', 'Great work, thanks'));
    expect(found.map((d) => [d.line, d.message])).toEqual([
      [24, 'too few examples to learn "troll" of kind from (en: 0); add at least 3 example comments per language so suggestions can learn it'],
    ]);
  });
});

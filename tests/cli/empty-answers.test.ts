// An empty answer to an optional input question is an answer; a required one still needs text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const misinformation = ['triage', '--playbook', 'demo', '--no-input', '--comment', 'I heard it is all a lie', '-f', 'json', '-a', 'kind=misinformation', '-a', 'fact=It is true.'];

describe('empty answers in scripted triage', () => {
  it('--answer source_link= (optional) gets a plan', async () => {
    const r = await runInProcess([...misinformation, '-a', 'source_link=']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.situation.id).toBe('misinformation');
    expect(plan.answers.source_link).toBe('');
  });

  it('an empty value in an --answers file (source_link:, or "") gets a plan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-answers-'));
    writeFileSync(join(dir, 'null.yaml'), 'source_link:\n');
    writeFileSync(join(dir, 'empty.json'), '{ "source_link": "" }\n');
    for (const file of ['null.yaml', 'empty.json']) {
      const r = await runInProcess([...misinformation, '--answers', join(dir, file)]);
      expect([file, r.code, r.stderr]).toEqual([file, 0, '']);
      expect(JSON.parse(r.stdout).answers.source_link).toBe('');
    }
  });

  it('a required input given empty is still missing: exit 2, naming it', async () => {
    const r = await runInProcess(['triage', '--no-input', '-a', 'kind=question', '-a', 'answer_known=yes', '-a', 'answer=']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^replyguide: missing answers[^\n]*\n {2}answer: /);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim().split(':')[0])).toEqual(['answer']);
  });

  it('an empty answer to a yes/no question is not an answer: exit 2, naming the valid values', async () => {
    const r = await runInProcess(['triage', '--no-input', '-a', 'kind=accusation', '-a', 'spreading=']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('replyguide: "" is not a valid answer to spreading; valid: yes, no\n');
  });
});

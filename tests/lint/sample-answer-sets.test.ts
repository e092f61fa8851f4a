// Lint renders every reply variant with several sets of answers per situation, and the built-in
// replies in all four languages pass with each of them once a team has filled in its facts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleAnswerSets } from '../../src/lint/sample-answers.js';
import { STARTER_PLAYBOOK } from '../../src/playbook/builtin.js';
import { loadPlaybook } from '../../src/playbook/load.js';
import { runInProcess } from '../helpers/cli.js';

const given = (answers: Record<string, unknown>) => Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== null));

describe('sample answer sets', () => {
  const sets = sampleAnswerSets(loadPlaybook(STARTER_PLAYBOOK).playbook!.data);

  it('praise: with the name and what they liked, and with neither', () => {
    expect(sets.get('praise')!.map(given)).toEqual([
      { kind: 'praise', from_staff: false, name: 'Alex', praised: 'the quick help' },
      { kind: 'praise', from_staff: false },
    ]);
  });

  it('complaint: the typical one, without a name, and the most unusual that still reaches it (not our fault, own details posted)', () => {
    expect(sets.get('complaint')!.map(given)).toEqual([
      { kind: 'complaint', our_fault: true, private_data: false, tried_before: false, own_details: false, name: 'Alex' },
      { kind: 'complaint', our_fault: true, private_data: false, tried_before: false, own_details: false },
      { kind: 'complaint', our_fault: false, private_data: false, tried_before: false, own_details: true, name: 'Alex' },
    ]);
  });

  it('every situation with a reply template has at least two sets', () => {
    const starter = loadPlaybook(STARTER_PLAYBOOK).playbook!.data;
    for (const s of starter.situations.filter((x) => x.template !== undefined)) expect([s.id, sets.get(s.id)!.length >= 2]).toEqual([s.id, true]);
  });
});

describe('the built-in replies in en, nl, de and sv', () => {
  it('a team playbook with its facts filled in lints clean in all four languages, every variant with every set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-sets-'));
    const init = await runInProcess(['init', 'team', '--no-input', '--brand', 'Brightline', '--locales', 'en,nl,de,sv', '--handle', 'instagram=@brightline_care',
      '--support-email', 'care@brightline.example', '--support-url', 'https://brightline.example/help', '--house-rules', 'https://brightline.example/rules',
      '--facts-url', 'https://brightline.example/facts', '--contact', 'customer-service=#care', '--contact', 'social-lead=#social', '--contact', 'spokesperson=press@brightline.example',
      '--contact', 'legal=legal@brightline.example', '--contact', 'management=+31 20 123 4567'], { cwd: dir });
    expect(init.code).toBe(0);
    const lint = await runInProcess(['lint', 'team'], { cwd: dir });
    expect([lint.stdout, lint.code]).toEqual(['✔ 1 playbook checked, no problems\n', 0]);
  });
});

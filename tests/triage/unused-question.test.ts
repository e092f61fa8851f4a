// A free-text question is not asked when no situation still reachable uses its answer.
import { describe, expect, it } from 'vitest';
import type { Playbook } from '../../src/playbook/types.js';
import { unusedQuestion } from '../../src/triage/flow.js';

const playbook = {
  questions: [
    { id: 'kind', prompt: 'Kind?', type: 'select', choices: [{ value: 'praise', label: 'Praise' }, { value: 'threat', label: 'Threat' }, { value: 'spam', label: 'Spam' }] },
    { id: 'name', prompt: 'First name', type: 'input' },
    { id: 'ticket', prompt: 'Ticket', type: 'input', required: true },
    { id: 'note', prompt: 'Note', type: 'input' },
  ],
  situations: [
    { id: 'praise', title: 'Praise', when: { kind: 'praise' }, template: 'praise' },
    { id: 'threat', title: 'Threat', when: { kind: 'threat' }, steps: [{ action: 'report' }] },
    { id: 'spam', title: 'Spam', when: { kind: 'spam' }, steps: [{ action: 'hide', when: { note: { exists: true } } }] },
  ],
} as unknown as Playbook;
const uses = (template: string) => new Set(template === 'praise' ? ['name'] : []);
const [, name, ticket, note] = playbook.questions;

describe('unusedQuestion', () => {
  it('skips the name for a threat (no reply), asks it for praise (the reply greets by name) and while the kind is open', () => {
    expect(unusedQuestion(playbook, name, { kind: 'threat' }, uses)).toBe(true);
    expect(unusedQuestion(playbook, name, { kind: 'praise' }, uses)).toBe(false);
    expect(unusedQuestion(playbook, name, {}, uses)).toBe(false);
  });
  it('asks a question a step condition uses, and always a required one', () => {
    expect(unusedQuestion(playbook, note, { kind: 'spam' }, uses)).toBe(false);
    expect(unusedQuestion(playbook, note, { kind: 'praise' }, uses)).toBe(true);
    expect(unusedQuestion(playbook, ticket, { kind: 'threat' }, uses)).toBe(false);
  });
});

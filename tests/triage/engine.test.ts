import { describe, expect, it } from 'vitest';
import { BUILTIN_PLAYBOOK } from '../../src/playbook/builtin.js';
import { loadPlaybook, type LoadedPlaybook } from '../../src/playbook/load.js';
import { readAnswers } from '../../src/triage/answers.js';
import { nextQuestion } from '../../src/triage/flow.js';
import { pickVariant, triage } from '../../src/triage/plan.js';
import { matches } from '../../src/triage/when.js';

const playbook = loadPlaybook(BUILTIN_PLAYBOOK).playbook as LoadedPlaybook;
const now = new Date('2026-11-21T12:00:00Z');

describe('when matchers', () => {
  it.each([
    [{ kind: 'a' }, { kind: 'a' }, true],
    [{ kind: 'a' }, { kind: 'b' }, false],
    [{ kind: ['a', 'b'] }, { kind: 'b' }, true],
    [{ kind: { not: 'a' } }, { kind: 'b' }, true],
    [{ kind: { not: ['a', 'b'] } }, { kind: 'b' }, false],
    [{ name: { exists: true } }, { name: '' }, false],
    [{ name: { exists: false } }, { name: null }, true],
    [{ kind: 'a', fault: true }, { kind: 'a', fault: false }, false],
    [undefined, {}, true],
  ] as const)('%j on %j is %s', (when, answers, expected) => {
    expect(matches(when as never, answers as never)).toBe(expected);
  });
});

describe('question flow', () => {
  it('asks only the questions whose when holds, in order', () => {
    expect(nextQuestion(playbook.data, {})?.id).toBe('kind');
    expect(nextQuestion(playbook.data, { kind: 'praise' })?.id).toBe('from_staff');
    expect(nextQuestion(playbook.data, { kind: 'praise', from_staff: false })?.id).toBe('name');
    expect(nextQuestion(playbook.data, { kind: 'spam' })).toBeUndefined();
    expect(nextQuestion(playbook.data, { kind: 'abuse', threat: true })).toBeUndefined(); // a threat gets no reply, so no name
    expect(nextQuestion(playbook.data, { kind: 'complaint', our_fault: true, private_data: true })?.id).toBe('tried_before');
    expect(nextQuestion(playbook.data, { kind: 'complaint', our_fault: true, private_data: true, tried_before: false })?.id).toBe('own_details');
    expect(nextQuestion(playbook.data, { kind: 'praise', from_staff: false, name: 'Ana' })?.id).toBe('praised');
  });
});

describe('answers from outside', () => {
  it('coerces yes/no, checks choices and names unknown questions', () => {
    const { answers, problems } = readAnswers(playbook.data, { kind: 'complaint', our_fault: 'Yes', private_data: 'n', nme: 'x', spreading: 'maybe' });
    expect(answers).toEqual({ kind: 'complaint', our_fault: true, private_data: false });
    expect(problems.map((p) => p.message)).toEqual([
      'there is no question "nme"; did you mean "name"?; questions: kind, from_staff, our_fault, private_data, tried_before, own_details, answer_known, answer, topic, fact, source_link, spreading, threat, repeat_offender, chatter, name, praised',
      '"maybe" is not a valid answer to spreading; valid: yes, no',
    ]);
  });

  it('suggests a select value with a close typo', () => {
    expect(readAnswers(playbook.data, { kind: 'compliant' }).problems[0].message).toBe(
      '"compliant" is not a valid answer to kind; did you mean "complaint"?; valid: complaint, cant_reach, question, misinformation, accusation, abuse, hate, praise, spam, other',
    );
  });
});

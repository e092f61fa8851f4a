import { describe, expect, it } from 'vitest';
import { BUILTIN_PLAYBOOK } from '../../src/playbook/builtin.js';
import { loadPlaybook, type LoadedPlaybook } from '../../src/playbook/load.js';
import { readAnswers } from '../../src/triage/answers.js';
import { nextQuestion } from '../../src/triage/flow.js';
import { suggestAnswers } from '../../src/triage/hints.js';
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
    expect(nextQuestion(playbook.data, { kind: 'abuse', threat: true })?.id).toBe('name');
  });
});

describe('answers from outside', () => {
  it('coerces yes/no, checks choices and names unknown questions', () => {
    const { answers, problems } = readAnswers(playbook.data, { kind: 'complaint', our_fault: 'Yes', private_data: 'n', nme: 'x', spreading: 'maybe' });
    expect(answers).toEqual({ kind: 'complaint', our_fault: true, private_data: false });
    expect(problems.map((p) => p.message)).toEqual([
      'there is no question "nme"; did you mean "name"?; questions: kind, from_staff, our_fault, private_data, answer_known, answer, topic, fact, source_link, spreading, threat, repeat_offender, name',
      '"maybe" is not a valid answer to spreading; valid: yes, no',
    ]);
  });

  it('suggests a select value with a close typo', () => {
    expect(readAnswers(playbook.data, { kind: 'compliant' }).problems[0].message).toBe(
      '"compliant" is not a valid answer to kind; did you mean "complaint"?; valid: complaint, cant_reach, question, misinformation, accusation, abuse, hate, praise, spam, other',
    );
  });
});

describe('keyword hints', () => {
  it('suggests the choice with the most matching hints, and confirm questions with hints', () => {
    const s = suggestAnswers(playbook.data, 'Still waiting for my REFUND, worst order ever. My order number is in my account.');
    expect(s.get('kind')).toEqual({ value: 'complaint', matched: ['refund', 'worst', 'still waiting'] });
    expect(s.get('private_data')?.value).toBe(true);
  });

  it('matches whole words only, and URL-like hints anywhere', () => {
    expect(suggestAnswers(playbook.data, 'I love it').get('kind')?.value).toBe('praise');
    expect(suggestAnswers(playbook.data, 'Clover fields').get('kind')).toBeUndefined();
    expect(suggestAnswers(playbook.data, 'see https://spam.example/x').get('kind')?.value).toBe('spam');
    expect(suggestAnswers(playbook.data, '').size).toBe(0);
  });
});

describe('triage', () => {
  const base = { playbook, comment: 'Ordered three weeks ago, still waiting.', agent: 'Sam', now };

  it('builds the plan: situation, reply, steps by their when, route and reply-by time', () => {
    const result = triage({ ...base, answers: { kind: 'complaint', our_fault: false, private_data: false, name: 'Priya' }, variant: 1 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { plan } = result;
    expect(plan.situation).toEqual({ id: 'complaint', title: 'Angry customer with a bad experience' });
    expect(plan.reply?.text).toBe(
      "Hi Priya, thanks for telling us, and sorry this was disappointing. I've passed it on to our care team and we'll come back to you here with what we can do. If you'd rather talk it through, care@brightline.example reaches us directly.\n– Sam",
    );
    expect(plan.steps.map((s) => s.action)).toEqual(['cool-down', 'check-other-channels', 'reply-publicly', 'route', 'follow-up-publicly']);
    expect(plan.route).toEqual({ id: 'customer-service', name: 'Customer care team', reach: '#care-escalations on Slack, or the care team lead by phone' });
    expect(plan.respondWithin).toEqual({ name: 'urgent', duration: '30m' });
    expect(plan.respondBy?.toISOString()).toBe('2026-11-21T12:30:00.000Z');
    expect(plan.answers).toEqual({ kind: 'complaint', our_fault: false, private_data: false, name: 'Priya' });
  });

  it('a missing name reads "Hi there", and the agent falls back to the team', () => {
    const result = triage({ ...base, agent: undefined, answers: { kind: 'praise', from_staff: false }, variant: 2 });
    expect(result.ok && result.plan.reply?.text).toBe("Hi there, thanks for taking the time to tell us! It's great to hear, and I'll share it with the colleagues who made it happen.\n– the Brightline team");
  });

  it('an explicit no-reply carries its reason', () => {
    const result = triage({ ...base, answers: { kind: 'accusation', spreading: false, repeat_offender: true } });
    expect(result.ok && result.plan.reply).toBe(null);
    expect(result.ok && result.plan.noReplyReason).toMatch(/^Don't feed the troll/);
    expect(result.ok && result.plan.steps.map((s) => s.action)).toEqual(['do-not-reply', 'keep-visible', 'monitor', 'route', 'mute']);
  });

  it('names every missing answer with its valid values', () => {
    const result = triage({ ...base, answers: { kind: 'question' } });
    expect(result).toEqual({ ok: false, kind: 'missing', missing: [{ id: 'answer_known', prompt: 'Do you know the correct answer right now?', valid: 'yes, no' }] });
  });

  it('typed text is data: control characters and ANSI sequences never reach the reply', () => {
    const result = triage({ ...base, answers: { kind: 'praise', from_staff: false, name: 'To\u001b[31mm\u0007' }, variant: 1 });
    expect(result.ok && result.plan.reply?.text.startsWith('Hi Tom, ')).toBe(true);
  });

  it('a template is never compiled from the comment or answers', () => {
    const result = triage({ ...base, comment: '{{brand.name}}', answers: { kind: 'question', answer_known: true, answer: '{{agent}} {{#each x}}', name: '{{brand.name}}' }, variant: 2 });
    expect(result.ok && result.plan.reply?.text).toBe('Hi {{brand.name}}, happy to help. {{agent}} {{#each x}} Let us know if that answers your question.\n– Sam');
  });

  it('refuses a variant that does not exist', () => {
    expect(triage({ ...base, answers: { kind: 'praise', from_staff: false }, variant: 4 })).toEqual({ ok: false, kind: 'bad-variant', variants: 3 });
  });

  it('picks a stable variant per comment, and different comments spread over the variants', () => {
    expect(pickVariant('hello', 3)).toBe(pickVariant('hello', 3));
    const seen = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((c) => pickVariant(c, 3)));
    expect(seen.size).toBe(3);
  });
});

// What reaches the agent's terminal: text wrapped at word boundaries, the clipboard escape.
import { describe, expect, it } from 'vitest';
import { osc52 } from '../../src/cli/clipboard.js';
import { wrap } from '../../src/triage/format/wrap.js';
import { planText } from '../../src/triage/format/text.js';
import { plain } from '../../src/paint.js';
import type { Plan } from '../../src/triage/plan.js';

const plan: Plan = {
  playbook: 'demo', locale: 'en', answers: {}, situation: { id: 'complaint', title: 'Angry customer' },
  reply: { text: 'Hi Sam, please send them by direct message and we will look into it today: https://example.com/a/very/long/link/that/cannot/be/broken/anywhere\n– Kim', template: 'complaint', variant: 1, variants: 2 },
  steps: [{ action: 'reply-publicly', text: 'Answer in the thread with a concrete next step, and say when you will be back with more.' }],
  route: null, respondWithin: null, respondBy: null, hours: null, followUpBy: null,
};

describe('text on a terminal', () => {
  it('wraps at word boundaries with a hanging indent, and never breaks a word or a link', () => {
    expect(wrap('Please send them by direct message', 20, 2)).toBe('Please send them by\n  direct message');
    const text = planText(plan, { paint: plain, now: new Date('2026-11-21T12:00:00Z'), width: 40 });
    expect(text).toBe([
      'Angry customer (complaint)',
      '',
      '── Reply ───────── complaint · 1 of 2 ──',
      'Hi Sam, please send them by direct',
      'message and we will look into it today:',
      'https://example.com/a/very/long/link/that/cannot/be/broken/anywhere',
      '– Kim',
      '────────────────────────────────────────',
      '',
      'Next steps',
      '  [ ] Answer in the thread with a',
      '      concrete next step, and say when',
      '      you will be back with more.',
      '',
    ].join('\n'));
    for (const word of plan.reply!.text.split(/\s+/)) expect(text).toContain(word);
  });

  it('piped (no width), lines stay whole', () => {
    expect(planText(plan, { paint: plain, now: new Date() })).toContain(plan.reply!.text);
  });

  it('OSC 52 carries the reply base64-encoded to the terminal clipboard (wrapped for GNU screen)', () => {
    expect(osc52('Hi Sam – ok', {})).toBe(`\u001b]52;c;${Buffer.from('Hi Sam – ok').toString('base64')}\u0007`);
    expect(osc52('x', { STY: '1.pts' })).toBe('\u001bP\u001b]52;c;eA==\u0007\u001b\\');
  });
});

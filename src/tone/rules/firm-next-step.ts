import { findAny } from '../text.js';
import type { ToneRule } from '../types.js';

export const firmNextStep: ToneRule = {
  id: 'firm-next-step',
  severity: 'warning',
  aspect: 'firm',
  description: 'The reply gives a clear next step (what we will do, or what they can do).',
  check({ text, sentences, lexicon, situation }) {
    if (situation.nextStep === 'optional' || sentences.length === 0 || findAny(text, lexicon.nextSteps).length > 0 || /https?:\/\/|@\S+\.\S+/.test(text)) return [];
    const last = sentences.at(-1)!;
    return [{ start: last.start, end: last.end }];
  },
};

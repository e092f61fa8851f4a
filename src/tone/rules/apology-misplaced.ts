import { findAny } from '../text.js';
import type { ToneRule } from '../types.js';

export const apologyMisplaced: ToneRule = {
  id: 'apology-misplaced',
  severity: 'warning',
  aspect: 'firm',
  description: 'No apology where the playbook says not to apologise (trolls, harassment).',
  check({ text, lexicon, situation }) {
    if (situation.apology !== 'avoid') return [];
    return findAny(text, lexicon.apologies).map((s) => ({ start: s.start, end: s.end }));
  },
};

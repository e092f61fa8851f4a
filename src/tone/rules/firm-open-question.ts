import { findAny } from '../text.js';
import type { ToneRule } from '../types.js';

export const firmOpenQuestion: ToneRule = {
  id: 'firm-open-question',
  severity: 'warning',
  aspect: 'firm',
  description: 'The reply does not end on an open-ended question that invites more argument.',
  check({ sentences, lexicon }) {
    const last = sentences.at(-1);
    if (!last || !last.text.endsWith('?')) return [];
    const opens = findAny(last.text, lexicon.openQuestions).some((s) => s.start <= 2);
    if (!opens) return [];
    return [{ start: last.start, end: last.end }];
  },
};

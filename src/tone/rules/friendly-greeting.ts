import { findAny } from '../text.js';
import type { ToneRule } from '../types.js';

export const friendlyGreeting: ToneRule = {
  id: 'friendly-greeting',
  severity: 'warning',
  aspect: 'friendly',
  description: 'The reply opens with a greeting or thanks.',
  check({ sentences, lexicon }) {
    const first = sentences[0];
    if (!first) return [];
    const opener = findAny(first.text, lexicon.greetings).some((span) => span.start <= 2);
    if (opener) return [];
    const end = first.start + Math.min(first.text.length, first.text.search(/\s|$/) === -1 ? first.text.length : Math.max(first.text.search(/\s/), 1));
    return [{ start: first.start, end }];
  },
};

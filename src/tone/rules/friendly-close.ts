import { findAny } from '../text.js';
import type { ToneRule } from '../types.js';

export const friendlyClose: ToneRule = {
  id: 'friendly-close',
  severity: 'warning',
  aspect: 'friendly',
  description: 'The reply ends friendly: a closing phrase or a personal sign-off.',
  check({ sentences, signOffs, lexicon }) {
    if (signOffs.length > 0 || sentences.length === 0) return [];
    const last = sentences.at(-1)!;
    if (findAny(last.text, lexicon.closings).length > 0) return [];
    return [{ start: last.start, end: last.end }];
  },
};

import type { ToneRule } from '../types.js';

export const informativeSource: ToneRule = {
  id: 'informative-source',
  severity: 'error',
  aspect: 'informative',
  description: 'A correction of misinformation links to a source (where the situation asks for sources).',
  check({ text, situation }) {
    if (!situation.needsSources || /\bhttps?:\/\/\S+|\bwww\.\S+/i.test(text)) return [];
    return [{ start: 0, end: Math.min(text.length, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')) }];
  },
};

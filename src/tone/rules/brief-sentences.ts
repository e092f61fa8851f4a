import type { ToneRule } from '../types.js';

export const briefSentences: ToneRule = {
  id: 'brief-sentences',
  severity: 'warning',
  aspect: 'brief',
  description: 'At most tone.maxSentences sentences (default 5).',
  check({ sentences, limits }) {
    if (sentences.length <= limits.maxSentences) return [];
    const first = sentences[limits.maxSentences];
    return [{ start: first.start, end: sentences.at(-1)!.end, vars: { count: sentences.length, limit: limits.maxSentences } }];
  },
};

import type { ToneRule } from '../types.js';

export const briefWords: ToneRule = {
  id: 'brief-words',
  severity: 'warning',
  aspect: 'brief',
  description: 'At most tone.maxWords words (default 90).',
  check({ words, limits, signOffs }) {
    const body = words.filter((w) => !signOffs.some((s) => w.start >= s.start && w.start < s.end));
    if (body.length <= limits.maxWords) return [];
    const over = body[limits.maxWords];
    return [{ start: over.start, end: body.at(-1)!.end, vars: { count: body.length, limit: limits.maxWords } }];
  },
};

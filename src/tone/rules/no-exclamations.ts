import type { ToneRule } from '../types.js';

export const noExclamations: ToneRule = {
  id: 'no-exclamations',
  severity: 'warning',
  aspect: 'firm',
  description: 'At most one exclamation mark.',
  check({ text }) {
    const marks = [...text.matchAll(/!/g)];
    if (marks.length <= 1) return [];
    const second = marks[1].index!;
    return [{ start: second, end: second + 1, vars: { count: marks.length } }];
  },
};

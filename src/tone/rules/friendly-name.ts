import { findPhrase } from '../text.js';
import type { ToneRule } from '../types.js';

export const friendlyName: ToneRule = {
  id: 'friendly-name',
  severity: 'warning',
  aspect: 'friendly',
  description: "The person's name is used when it is known.",
  check({ name, text }) {
    const first = name?.trim().split(/\s+/)[0];
    if (!first || findPhrase(text, first).length > 0) return [];
    return [{ start: 0, end: Math.min(text.length, Math.max(1, text.search(/\s/))), vars: { name: first } }];
  },
};

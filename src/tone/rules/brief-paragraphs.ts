import { paragraphs } from '../text.js';
import type { ToneRule } from '../types.js';

export const briefParagraphs: ToneRule = {
  id: 'brief-paragraphs',
  severity: 'warning',
  aspect: 'brief',
  description: 'One paragraph: a reply in a comment thread is not a letter.',
  check({ text }) {
    const blocks = paragraphs(text);
    if (blocks.length <= 1) return [];
    return [{ start: blocks[1].start, end: blocks.at(-1)!.end, vars: { count: blocks.length } }];
  },
};

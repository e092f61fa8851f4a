import { phraseRule } from './phrase-rule.js';

export const noAdmonishment = phraseRule({
  id: 'no-admonishment',
  severity: 'error',
  aspect: 'friendly',
  description: 'No admonishments or advice to the person ("you should", "calm down", "you always").',
  field: 'admonishment',
});

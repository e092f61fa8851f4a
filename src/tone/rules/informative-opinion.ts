import { phraseRule } from './phrase-rule.js';

export const informativeOpinion = phraseRule({
  id: 'informative-opinion',
  severity: 'warning',
  aspect: 'informative',
  description: 'Facts, not opinion or argument ("I think", "to be fair", "that\'s not true").',
  field: 'opinion',
});

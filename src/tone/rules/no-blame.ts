import { phraseRule } from './phrase-rule.js';

export const noBlame = phraseRule({
  id: 'no-blame',
  severity: 'error',
  aspect: 'friendly',
  description: 'No blame or defensiveness ("not our fault", "you didn\'t read").',
  field: 'blame',
});

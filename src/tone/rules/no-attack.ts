import { phraseRule } from './phrase-rule.js';

export const noAttack = phraseRule({
  id: 'no-attack',
  severity: 'error',
  aspect: 'friendly',
  description: 'No personal attacks or insults, whatever the comment said.',
  field: 'attacks',
});

// Most tone rules flag listed phrases; this builds one such rule from a lexicon field.
import type { Severity } from '../../diagnostics.js';
import type { Lexicon } from '../lexicon.js';
import type { ToneRuleId } from '../messages.js';
import { findAny } from '../text.js';
import type { ToneRule } from '../types.js';

export function phraseRule(options: {
  id: ToneRuleId;
  severity: Severity;
  aspect: ToneRule['aspect'];
  description: string;
  field: keyof Omit<Lexicon, 'locale'>;
}): ToneRule {
  return {
    id: options.id,
    severity: options.severity,
    aspect: options.aspect,
    description: options.description,
    check(context) {
      return findAny(context.text, context.lexicon[options.field] as string[]).map((span) => ({ start: span.start, end: span.end }));
    },
  };
}

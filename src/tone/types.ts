import type { Severity } from '../diagnostics.js';
import type { Lexicon } from './lexicon.js';
import type { ToneRuleId } from './messages.js';
import type { Span } from './text.js';

/** What the checks know about the reply's situation (from the playbook, or defaults). */
export interface ToneSituation {
  /** "avoid": apologising rewards trolls and harassers. */
  apology: 'allowed' | 'avoid';
  /** "optional": the reply may end without a next step (a thank-you for praise needs none). */
  nextStep?: 'expected' | 'optional';
  /** The situation corrects misinformation: a source link is expected. */
  needsSources: boolean;
  /** The brand's voice (playbook tone.voice): replies address people formally or informally. */
  voice?: 'formal' | 'informal';
}

export interface ToneLimits {
  maxSentences: number;
  maxWords: number;
}

export interface ToneInput {
  text: string;
  lexicon: Lexicon;
  limits: ToneLimits;
  situation: ToneSituation;
  /** The person's name, when known: a friendly reply uses it. */
  name?: string;
  /** The comment being answered: quoting it is not sarcasm. */
  comment?: string;
  /** Words in capitals that are not shouting (brand names, acronyms). */
  allowCaps: string[];
  /** Language of the messages (default English). */
  uiLocale?: string;
}

export interface ToneContext extends ToneInput {
  sentences: Span[];
  words: Span[];
  signOffs: Span[];
}

export interface RawFinding {
  start: number;
  end: number;
  /** Values for the rule's message ({words} defaults to the flagged text). */
  vars?: Record<string, string | number>;
}

export interface ToneRule {
  id: ToneRuleId;
  severity: Severity;
  /** B, I, F or F: which letter of BIFF (or "safety") the rule serves. */
  aspect: 'brief' | 'informative' | 'friendly' | 'firm' | 'safety';
  description: string;
  check(context: ToneContext): RawFinding[];
}

export interface ToneFinding {
  rule: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  words: string;
  message: string;
  suggestion: string;
  /** The values filled into message and suggestion, so they can be said in another language. */
  vars: Record<string, string | number>;
}

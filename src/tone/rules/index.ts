// The BIFF checks, in the order findings read best.
import type { ToneRule } from '../types.js';
import { apologyMisplaced } from './apology-misplaced.js';
import { briefParagraphs } from './brief-paragraphs.js';
import { briefSentences } from './brief-sentences.js';
import { briefWords } from './brief-words.js';
import { firmNextStep } from './firm-next-step.js';
import { firmOpenQuestion } from './firm-open-question.js';
import { firmOptions } from './firm-options.js';
import { friendlyClose } from './friendly-close.js';
import { friendlyCondescending } from './friendly-condescending.js';
import { friendlyGreeting } from './friendly-greeting.js';
import { friendlyName } from './friendly-name.js';
import { informativeOpinion } from './informative-opinion.js';
import { informativeSource } from './informative-source.js';
import { noAdmonishment } from './no-admonishment.js';
import { nativePhrasing } from './native-phrasing.js';
import { noAttack } from './no-attack.js';
import { noBlame } from './no-blame.js';
import { noCaps } from './no-caps.js';
import { noExclamations } from './no-exclamations.js';
import { noSarcasm } from './no-sarcasm.js';
import { privacyPublicRequest } from './privacy-public-request.js';
import { voiceFormal, voiceInformal } from './voice.js';

export const TONE_RULES: readonly ToneRule[] = [
  briefSentences, briefWords, briefParagraphs,
  informativeOpinion, informativeSource,
  friendlyGreeting, friendlyClose, friendlyName, friendlyCondescending,
  firmNextStep, firmOpenQuestion, firmOptions,
  noAdmonishment, noBlame, noSarcasm, noCaps, noExclamations, noAttack,
  apologyMisplaced, nativePhrasing, privacyPublicRequest, voiceFormal, voiceInformal,
];

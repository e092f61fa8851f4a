import type { RawFinding, ToneContext, ToneRule } from '../types.js';

/** Words of the other register than the playbook's voice: "je" in a formal Dutch reply, "Sie" in an informal German one. */
function otherRegister({ words, lexicon, situation }: ToneContext, wanted: 'formal' | 'informal'): RawFinding[] {
  if (situation.voice !== wanted || !lexicon.address) return [];
  const wrong = new Set(wanted === 'formal' ? lexicon.address.informal : lexicon.address.formal);
  return words.filter((word) => wrong.has(word.text)).map((word) => ({ start: word.start, end: word.end }));
}

export const voiceFormal: ToneRule = {
  id: 'voice-formal',
  severity: 'warning',
  aspect: 'friendly',
  description: 'With `tone.voice: formal`, replies address people formally (no "je", "du").',
  check: (context) => otherRegister(context, 'formal'),
};

export const voiceInformal: ToneRule = {
  id: 'voice-informal',
  severity: 'warning',
  aspect: 'friendly',
  description: 'With `tone.voice: informal`, replies address people informally (no "u", "Sie").',
  check: (context) => otherRegister(context, 'informal'),
};

// The tone settings that apply to a reply: defaults, the playbook's `tone` section, then the situation's.
import type { Playbook, Situation } from '../playbook/types.js';
import type { RuleSetting } from './check.js';
import type { ToneLimits, ToneSituation } from './types.js';

export const DEFAULT_LIMITS: ToneLimits = { maxSentences: 5, maxWords: 90 };

export interface ToneSettings {
  limits: ToneLimits;
  situation: ToneSituation;
  allowCaps: string[];
  rules: Record<string, RuleSetting>;
}

export function toneSettings(playbook: Playbook | undefined, situation: Situation | undefined): ToneSettings {
  const tone = playbook?.tone;
  return {
    limits: {
      maxSentences: situation?.tone?.maxSentences ?? tone?.maxSentences ?? DEFAULT_LIMITS.maxSentences,
      maxWords: situation?.tone?.maxWords ?? tone?.maxWords ?? DEFAULT_LIMITS.maxWords,
    },
    situation: {
      apology: situation?.tone?.apology ?? 'allowed',
      ...(situation?.tone?.nextStep ? { nextStep: situation.tone.nextStep } : {}),
      needsSources: situation?.steps?.some((s) => s.action === 'correct-with-sources') ?? false,
      ...(tone?.voice ? { voice: tone.voice } : {}),
    },
    allowCaps: [...(tone?.allowCaps ?? []), ...(playbook ? playbook.brand.name.split(/\s+/) : [])],
    rules: tone?.rules ?? {},
  };
}

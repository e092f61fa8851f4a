import { findAny } from '../text.js';
import type { RawFinding, ToneRule } from '../types.js';

export const privacyPublicRequest: ToneRule = {
  id: 'privacy-public-request',
  severity: 'error',
  aspect: 'safety',
  description: 'A public reply never asks for private data (order or account numbers, addresses, passwords) in public.',
  check({ sentences, lexicon }) {
    const out: RawFinding[] = [];
    for (const s of sentences) {
      const data = findAny(s.text, lexicon.privateData);
      if (data.length === 0 || findAny(s.text, lexicon.requests).length === 0) continue;
      if (findAny(s.text, lexicon.privateChannels).length > 0) continue; // asked through a private channel
      const hit = data[0];
      out.push({ start: s.start + hit.start, end: s.start + hit.end });
    }
    return out;
  },
};

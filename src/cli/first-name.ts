// The first name to greet a queue row's author by, from the name column of an inbox export, or none:
// "Dr. Jansen" gives "Dr." as a first word and "knitlover_88" is a handle, and "Thank you, DR.!" reads
// worse than the template's greeting without a name.
import { lazy } from '../lazy.js';

/** Titles in the four languages: with one, the name after it is a surname. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'dhr', 'mevr', 'mw', 'drs', 'ir', 'heer', 'meneer', 'mevrouw', 'herr', 'frau', 'hr', 'fr', 'fru', 'fröken']);

/** A first name: letters, with an inner apostrophe or hyphen ("Anne-Marie", "D'Arcy"); no initial. */
const NAME = lazy(() => /^\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*$/u);

export function firstNameOf(author: string | undefined): string | undefined {
  const [first, second] = author?.trim().split(/\s+/) ?? [];
  if (!first || first.startsWith('@')) return undefined;
  // "Dr. Jansen", and "De heer Jansen": a title in the first two words.
  if ([first, second].some((word) => word !== undefined && TITLES.has(word.toLowerCase().replace(/\.$/, '')))) return undefined;
  if (!NAME().test(first) || first.length < 2) return undefined;
  // Shouted or typed in lower case ("PETRA", "petra"): as a name is written.
  if (first !== first.toUpperCase() && first !== first.toLowerCase()) return first;
  return first.toLowerCase().replace(/(^|['’-])\p{L}/gu, (start) => start.toUpperCase());
}

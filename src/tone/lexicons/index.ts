import type { Lexicon } from '../lexicon.js';
import { de } from './de.js';
import { en } from './en.js';
import { nl } from './nl.js';
import { sv } from './sv.js';

export const LEXICONS: Record<string, Lexicon> = { en, nl, de, sv };

/** Languages the suggestion engine reads (stemmers and negations); a comment in another is read as English. */
export const SUGGEST_LANGUAGES = ['en', 'nl', 'de', 'sv'] as const;

// The words and phrases the BIFF checks look for, per language. Adding a language is adding one file
// in lexicons/ and one line in lexicons/index.ts. Phrases are matched case-insensitively on whole words.
export interface Lexicon {
  locale: string;
  /** Frequent function words, for language detection. */
  stopwords: string[];
  /** Openers that greet or thank (or address the readers as a group). */
  greetings: string[];
  /** Friendly closing phrases. A sign-off line ("– Sam") also counts. */
  closings: string[];
  /** Opinion and argument instead of facts. */
  opinion: string[];
  /** Always condescending. */
  condescending: string[];
  /** Condescending at the start of a sentence or next to "you" ("Clearly you…", "Simply click…"). */
  condescendingNearYou: string[];
  secondPerson: string[];
  /** Telling the person what to do or how they are. */
  admonishment: string[];
  /** Blame and defensiveness. */
  blame: string[];
  sarcasm: string[];
  attacks: string[];
  apologies: string[];
  /** Things that must not be asked for in public. */
  privateData: string[];
  /** Words that ask for something. */
  requests: string[];
  /** Private channels: asking for data through them is fine. */
  privateChannels: string[];
  /** Phrases that give a clear next step. */
  nextSteps: string[];
  /** Words that open an open-ended question. */
  openQuestions: string[];
  /** The word for "or" (option counting). */
  or: string[];
  /** Common acronyms that are not shouting. */
  acronyms: string[];
  /** Ordinary words people put in capitals to shout ("NEVER", "NOW"), besides the stopwords. */
  emphasis?: string[];
  /**
   * Phrasings a native speaker would not write: a regular expression (matched case-insensitively,
   * across the reply) and what to write instead, in the reply's language. Only patterns that are wrong
   * wherever they occur belong here (an article after "per", an apology that means "excuse me"). Written
   * in lower case: the rule reads the reply in lower case (tests/tone/drafts.test.ts holds this).
   */
  misphrased?: { pattern: string; better: string }[];
  /** Words of formal and informal address ("u"/"je", "Sie"/"du"); formal ones match case-sensitively. */
  address?: { formal: string[]; informal: string[] };
}

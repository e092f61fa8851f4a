// The NLP.js stemmer classes, imported file by file so the rest of NLP.js is never loaded.
interface NlpStemmer { stemWord(word: string): string }
declare module '@nlpjs/lang-en-min/src/stemmer-en.js' { const Stemmer: new () => NlpStemmer; export default Stemmer; }
declare module '@nlpjs/lang-nl/src/stemmer-nl.js' { const Stemmer: new () => NlpStemmer; export default Stemmer; }
declare module '@nlpjs/lang-de/src/stemmer-de.js' { const Stemmer: new () => NlpStemmer; export default Stemmer; }
declare module '@nlpjs/lang-sv/src/stemmer-sv.js' { const Stemmer: new () => NlpStemmer; export default Stemmer; }

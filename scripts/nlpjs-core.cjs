// What the NLP.js stemmers take from @nlpjs/core, and no more: the bundle points `@nlpjs/core` here
// (scripts/bundle.mjs), so a suggestion does not load and run the whole NLP.js container (its
// bootstrap, plugins, storage, logger), only the stemmer base and what it needs.
'use strict';
module.exports = {
  Among: require('@nlpjs/core/src/among'),
  BaseStemmer: require('@nlpjs/core/src/base-stemmer'),
  Tokenizer: require('@nlpjs/core/src/tokenizer'),
};

import type { Lexicon } from '../lexicon.js';

export const en: Lexicon = {
  locale: 'en',
  stopwords: ['the', 'and', 'is', 'you', 'to', 'it', 'of', 'for', 'this', 'that', 'with', 'my', 'your', 'we', 'not', 'are', 'have', 'was', 'what', 'why', 'but', 'on', 'i', 'a', 'our', 'be', 'can', 'will', 'thanks', 'still', 'been', 'never', 'again', 'from', 'ever', 'so', 'just', 'who', 'how', 'they', 'all', 'about', 'there', 'here', 'no'],
  greetings: ['hi', 'hello', 'hey', 'dear', 'good morning', 'good afternoon', 'good evening', 'thanks', 'thank you', 'everyone', 'to everyone', 'for everyone', 'to anyone', 'hi all', 'hi everyone'],
  closings: ['thanks', 'thank you', 'best', 'kind regards', 'best wishes', 'have a good day', 'have a nice day', 'take care', 'happy to help', 'we are here to help', "we're here to help", 'let us know', 'speak soon', 'all the best', 'warmly', 'warm regards', 'warm wishes', 'regards', 'best regards', 'cheers', 'many thanks', 'with thanks', 'talk soon'],
  opinion: ['i think', 'i believe', 'i feel that', 'in my opinion', 'to be fair', 'to be honest', "that's not true", 'that is not true', "you're wrong", 'you are wrong', 'actually,'],
  condescending: ['obviously', 'as we already said', 'as we said before', 'as already stated', 'as mentioned before', 'as we have explained', 'needless to say', 'of course you'],
  condescendingNearYou: ['clearly', 'simply', 'just'],
  secondPerson: ['you', 'your', "you're", "you've"],
  admonishment: ['you should', 'you must', 'you need to', 'calm down', 'relax', 'you always', 'you never', "don't be", 'please be reasonable', 'watch your tone'],
  blame: ['your fault', 'you should have', 'not our fault', 'not our problem', 'we did nothing wrong', "you didn't read", 'you did not read', 'as you were told', 'if you had', 'user error', 'you failed to'],
  sarcasm: ['thanks a lot', 'good luck with that', 'yeah right', 'nice try', 'congratulations on', 'how nice of you', 'oh well'],
  attacks: ['idiot', 'stupid', 'liar', 'pathetic', 'ridiculous', 'moron', 'clown', 'ignorant', 'shut up', 'troll'],
  apologies: ['sorry', 'apologise', 'apologize', 'apologies', 'we regret', 'our apologies'],
  privateData: ['order number', 'account number', 'address', 'password', 'phone number', 'date of birth', 'card number', 'bank details', 'iban', 'customer number', 'pin'],
  requests: ['send', 'share', 'post', 'tell us', 'reply with', 'give us', 'type', 'comment with', 'leave', 'let us have', 'what is your', "what's your", 'drop'],
  privateChannels: ['dm', 'direct message', 'private message', 'privately', 'in private', 'inbox', 'e-mail', 'email', 'not here', 'messenger'],
  nextSteps: ['we', "we'll", 'we will', "i'll", 'i will', 'please', 'write to', 'you can', 'send us', 'reply here', 'let us know', 'reaches us', 'reaches our', 'are at', 'is at', 'here:', 'read the', "we're looking", 'we are looking', "we're checking", 'has more', 'will be', "we've"],
  openQuestions: ['what', 'why', 'how', 'which', 'who', 'any thoughts', 'thoughts', 'anything else'],
  or: ['or'],
  acronyms: ['DM', 'DMS', 'FAQ', 'OK', 'EU', 'UK', 'US', 'USA', 'URL', 'SMS', 'PDF', 'ID', 'PIN', 'IBAN', 'CEO', 'TV', 'NB', 'PS', 'AM', 'PM', 'ASAP', 'GDPR', 'AVG', 'DSGVO'],
  emphasis: ['now', 'always', 'please', 'yes', 'stop', 'must', 'only', 'every', 'none', 'nothing', 'very', 'really', 'wrong', 'right', 'fix', 'help', 'read', 'free'],
  misphrased: [
    { pattern: '(?<!\\p{L})(?:a|an|the) (?:a|an|the)(?!\\p{L})', better: 'one article: "send us a direct message"' },
  ],
};

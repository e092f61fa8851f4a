import type { Lexicon } from '../lexicon.js';

export const sv: Lexicon = {
  locale: 'sv',
  stopwords: ['och', 'är', 'att', 'det', 'en', 'ett', 'jag', 'du', 'ni', 'vi', 'inte', 'för', 'med', 'på', 'av', 'min', 'mitt', 'din', 'ditt', 'er', 'vår', 'oss', 'som', 'har', 'var', 'men', 'också', 'vad', 'varför', 'hur', 'tack', 'aldrig', 'igen', 'fortfarande', 'till', 'om', 'så', 'verkligen', 'den', 'de', 'ingen', 'kan', 'ska', 'från', 'här', 'sedan'],
  greetings: ['hej', 'hallå', 'tjena', 'hejsan', 'god morgon', 'god dag', 'god kväll', 'kära', 'tack', 'tusen tack', 'stort tack', 'till alla', 'för alla', 'hej alla', 'hej allihop'],
  closings: ['tack', 'tusen tack', 'vänliga hälsningar', 'hälsningar', 'mvh', 'ha en fin dag', 'ha en bra dag', 'vi hjälper gärna', 'hör av dig', 'hör gärna av dig', 'säg till', 'vi hörs'],
  opinion: ['jag tycker', 'jag tror', 'jag anser', 'enligt mig', 'ärligt talat', 'för att vara ärlig', 'det stämmer inte', 'det är inte sant', 'du har fel', 'ni har fel'],
  condescending: ['uppenbarligen', 'självklart', 'som vi redan sagt', 'som sagt', 'som vi redan har förklarat', 'som tidigare nämnts'],
  condescendingNearYou: ['tydligen', 'helt enkelt', 'bara', 'tydligt'],
  secondPerson: ['du', 'dig', 'din', 'ditt', 'dina', 'ni', 'er', 'era'],
  admonishment: ['du borde', 'ni borde', 'du måste', 'ni måste', 'lugna ner dig', 'lugna dig', 'ta det lugnt', 'du alltid', 'ni alltid', 'du aldrig', 'ni aldrig', 'tänk på din ton'],
  blame: ['ditt eget fel', 'ert eget fel', 'ditt fel', 'inte vårt fel', 'inte vårt problem', 'vi har inte gjort något fel', 'om du hade', 'om ni hade', 'du läste inte', 'användarfel'],
  sarcasm: ['tack så mycket för ingenting', 'lycka till med det', 'jo visst', 'snyggt försök', 'vad snällt av dig'],
  attacks: ['idiot', 'dum', 'dumma', 'korkad*', 'lögnare', 'patetisk*', 'löjlig*', 'pucko', 'håll käften', 'troll'],
  apologies: ['förlåt', 'ursäkta', 'vi ber om ursäkt', 'ber om ursäkt', 'beklagar', 'vi beklagar', 'sorry'],
  privateData: ['ordernummer', 'beställningsnummer', 'kundnummer', 'kontonummer', 'adress', 'lösenord', 'telefonnummer', 'personnummer', 'födelsedatum', 'pinkod', 'kortnummer'],
  requests: ['skicka', 'dela', 'posta', 'skriv', 'ge', 'berätta', 'svara med', 'vad är ditt', 'vad är din'],
  privateChannels: ['dm', 'direktmeddelande', 'privat meddelande', 'privat', 'inkorg', 'e-post', 'mejl', 'mail', 'inte här', 'messenger'],
  nextSteps: ['jag', 'vi', 'vi återkommer', 'vi hör av oss', 'vi tittar', 'vi kollar', 'vi löser', 'jag kollar', 'jag återkommer', 'skicka', 'mejla', 'skriv till', 'du kan', 'ni kan', 'hör av dig', 'här:', 'läs', 'hittar du', 'hittar ni', 'når du', 'når ni', 'kontakta', 'gärna'],
  openQuestions: ['vad', 'varför', 'hur', 'vilken', 'vilka', 'vem', 'vad tycker du', 'vad tycker ni'],
  or: ['eller'],
  acronyms: ['DM', 'FAQ', 'OK', 'EU', 'SE', 'URL', 'SMS', 'PDF', 'ID', 'IBAN', 'GDPR', 'VD', 'TV', 'PS', 'OBS', 'AB'],
};

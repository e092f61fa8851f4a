import type { Lexicon } from '../lexicon.js';

export const de: Lexicon = {
  locale: 'de',
  stopwords: ['vielen', 'sehr', 'immer', 'eure', 'euer', 'euch', 'der', 'die', 'das', 'und', 'ist', 'ich', 'du', 'sie', 'wir', 'nicht', 'ein', 'eine', 'mit', 'für', 'von', 'zu', 'auf', 'mein', 'meine', 'ihr', 'ihre', 'uns', 'unser', 'es', 'noch', 'schon', 'kein', 'keine', 'aber', 'auch', 'was', 'warum', 'wie', 'danke', 'nie', 'wieder', 'habe', 'haben', 'wird', 'sind', 'bei', 'so', 'wirklich', 'dass', 'den', 'dem', 'seit'],
  greetings: ['hallo', 'hi', 'hey', 'liebe', 'lieber', 'guten morgen', 'guten tag', 'guten abend', 'moin', 'servus', 'danke', 'vielen dank', 'herzlichen dank', 'an alle', 'für alle', 'liebe community', 'hallo zusammen'],
  closings: ['danke', 'vielen dank', 'viele grüße', 'liebe grüße', 'beste grüße', 'mit freundlichen grüßen', 'schönen tag', 'einen schönen tag', 'wir helfen gern', 'wir helfen gerne', 'melde dich', 'melden sie sich', 'bis bald'],
  opinion: ['ich denke', 'ich finde', 'ich glaube', 'meiner meinung nach', 'ehrlich gesagt', 'um ehrlich zu sein', 'das stimmt nicht', 'das ist nicht wahr', 'du irrst dich', 'sie irren sich'],
  condescending: ['offensichtlich', 'selbstverständlich', 'wie bereits gesagt', 'wie schon gesagt', 'wie bereits erwähnt', 'wie wir schon erklärt haben', 'natürlich weißt du'],
  condescendingNearYou: ['einfach', 'eindeutig', 'klar', 'bloß'],
  secondPerson: ['du', 'dich', 'dir', 'dein', 'deine', 'sie', 'ihnen', 'ihr', 'ihre'],
  admonishment: ['du solltest', 'sie sollten', 'du musst', 'sie müssen', 'beruhige dich', 'beruhigen sie sich', 'reg dich ab', 'du immer', 'sie immer', 'du nie', 'sie nie', 'achte auf deinen ton', 'achten sie auf ihren ton'],
  blame: ['deine schuld', 'ihre schuld', 'selbst schuld', 'nicht unsere schuld', 'nicht unser problem', 'wir haben nichts falsch gemacht', 'hättest du', 'hätten sie', 'du hast nicht gelesen', 'sie haben nicht gelesen', 'bedienfehler'],
  sarcasm: ['na danke', 'danke auch', 'viel glück damit', 'ja klar', 'netter versuch', 'wie nett von dir'],
  attacks: ['idiot', 'dumm*', 'blöd*', 'lügner', 'erbärmlich*', 'lächerlich*', 'trottel', 'halt die klappe', 'troll'],
  apologies: ['entschuldigung', 'entschuldige', 'entschuldigen', 'es tut uns leid', 'tut uns leid', 'tut mir leid', 'bedauern', 'sorry'],
  privateData: ['bestellnummer', 'kundennummer', 'kontonummer', 'adresse', 'anschrift', 'passwort', 'telefonnummer', 'geburtsdatum', 'pin', 'iban', 'kartennummer'],
  requests: ['schick', 'schicke', 'schicken', 'sende', 'senden', 'teile', 'teilen', 'poste', 'posten', 'gib', 'geben', 'nenne', 'nennen', 'schreib', 'schreiben', 'wie lautet'],
  privateChannels: ['dm', 'direktnachricht', 'privatnachricht', 'persönliche nachricht', 'privat', 'postfach', 'e-mail', 'mail', 'nicht hier', 'messenger'],
  nextSteps: ['ich', 'wir', 'wir melden', 'wir kümmern', 'wir schauen', 'wir prüfen', 'wir klären', 'ich melde', 'ich schaue', 'schick uns', 'schreib uns', 'schreiben sie uns', 'du kannst', 'sie können', 'melde dich', 'melden sie sich', 'hier:', 'findest du', 'finden sie', 'erreichst du', 'erreichen sie', 'lies', 'bitte', 'werden'],
  openQuestions: ['was', 'warum', 'wieso', 'weshalb', 'wie', 'welche', 'wer', 'was meinst du', 'was meinen sie'],
  or: ['oder'],
  acronyms: ['DM', 'FAQ', 'OK', 'EU', 'DE', 'AT', 'CH', 'URL', 'SMS', 'PDF', 'ID', 'IBAN', 'DSGVO', 'CEO', 'TV', 'PS', 'AGB', 'GMBH'],
};

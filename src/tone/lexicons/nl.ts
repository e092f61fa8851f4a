import type { Lexicon } from '../lexicon.js';

export const nl: Lexicon = {
  locale: 'nl',
  stopwords: ['de', 'het', 'een', 'en', 'is', 'je', 'jij', 'jullie', 'ik', 'niet', 'van', 'voor', 'dat', 'die', 'met', 'mijn', 'wij', 'we', 'ons', 'onze', 'zijn', 'op', 'te', 'er', 'nog', 'al', 'wel', 'geen', 'maar', 'ook', 'dit', 'wat', 'waarom', 'hoe', 'u', 'uw', 'bedankt', 'nooit', 'weer', 'heb', 'hebben', 'wordt', 'naar', 'zo', 'om', 'bij', 'kan'],
  greetings: ['hoi', 'hallo', 'hey', 'hé', 'beste', 'dag', 'goedemorgen', 'goedemiddag', 'goedenavond', 'bedankt', 'dank je', 'dank u', 'dankjewel', 'dank voor', 'iedereen', 'voor iedereen', 'aan iedereen', 'hallo allemaal', 'hoi allemaal'],
  closings: ['bedankt', 'dank je', 'dank u', 'groet', 'groeten', 'met vriendelijke groet', 'fijne dag', 'een fijne dag', 'we helpen je graag', 'we helpen u graag', 'laat het ons weten', 'laat het weten', 'tot snel', 'liefs', 'groetjes', 'hartelijke groet', 'hartelijke groeten', 'vriendelijke groet', 'vriendelijke groeten', 'fijne avond', 'fijn weekend', 'tot gauw'],
  opinion: ['ik denk', 'ik vind', 'ik geloof', 'volgens mij', 'eerlijk gezegd', 'om eerlijk te zijn', 'dat is niet waar', 'dat klopt niet', 'je hebt het mis', 'u heeft het mis'],
  condescending: ['uiteraard', 'zoals we al zeiden', 'zoals eerder gezegd', 'zoals al eerder aangegeven', 'het spreekt voor zich', 'natuurlijk weet je'],
  condescendingNearYou: ['duidelijk', 'gewoon', 'simpelweg', 'even'],
  secondPerson: ['je', 'jij', 'jouw', 'u', 'uw', 'jullie'],
  admonishment: ['je moet', 'u moet', 'jij moet', 'je zou moeten', 'u zou moeten', 'rustig aan', 'doe even rustig', 'kalm aan', 'je doet altijd', 'je altijd', 'jij altijd', 'je nooit', 'jij nooit', 'let op je toon'],
  blame: ['je eigen schuld', 'uw eigen schuld', 'jouw schuld', 'niet onze schuld', 'niet ons probleem', 'wij hebben niets fout gedaan', 'had je maar', 'had u maar', 'je hebt niet gelezen', 'u heeft niet gelezen', 'gebruikersfout'],
  sarcasm: ['nou bedankt', 'bedankt hoor', 'succes ermee', 'ja ja', 'leuk geprobeerd', 'wat aardig van je'],
  attacks: ['idioot', 'dom', 'dombo', 'leugenaar', 'zielig*', 'belachelijk*', 'sukkel', 'mafkees', 'kop dicht', 'trol'],
  apologies: ['sorry', 'excuses', 'excuus', 'het spijt ons', 'het spijt me', 'onze excuses', 'spijt'],
  privateData: ['ordernummer', 'bestelnummer', 'klantnummer', 'rekeningnummer', 'adres', 'wachtwoord', 'telefoonnummer', 'geboortedatum', 'pincode', 'iban', 'kaartnummer'],
  requests: ['stuur', 'stuurt', 'deel', 'deelt', 'post', 'zet', 'geef', 'geeft', 'vertel', 'laat weten', 'reageer met', 'wat is je', 'wat is uw', 'zetten', 'delen', 'doorgeven', 'noem', 'typ', 'typen', 'vermeld'],
  privateChannels: ['dm', 'privébericht', 'privé bericht', 'direct bericht', 'persoonlijk bericht', 'privé', 'inbox', 'e-mail', 'mail', 'niet hier', 'messenger'],
  nextSteps: ['ik', 'we', 'wij', 'we laten', 'we komen', 'we gaan', 'we zoeken', 'we kijken', 'ik laat', 'ik kijk', 'stuur ons', 'stuur', 'mail ons', 'mail naar', 'kun je', 'kunt u', 'je kunt', 'u kunt', 'laat het ons weten', 'hier:', 'lees', 'staat op', 'vind je', 'vindt u', 'bereik je', 'bereikt u', 'neem contact', 'graag', 'zullen'],
  openQuestions: ['wat', 'waarom', 'hoe', 'welke', 'wie', 'wat vind je', 'wat vindt u'],
  or: ['of'],
  address: { formal: ['u', 'uw', 'U', 'Uw'], informal: ['je', 'jij', 'jou', 'jouw', 'Je', 'Jij', 'Jou', 'Jouw'] },
  acronyms: ['DM', 'FAQ', 'OK', 'EU', 'NL', 'BE', 'URL', 'SMS', 'PDF', 'ID', 'IBAN', 'AVG', 'CEO', 'TV', 'PS', 'NB', 'BTW', 'KVK'],
  emphasis: ['nu', 'altijd', 'nooit', 'niet', 'geen', 'alles', 'niks', 'echt', 'graag', 'stop', 'moet', 'alleen', 'heel', 'fout', 'help', 'lees', 'gratis'],
  misphrased: [
    { pattern: '(?<!\\p{L})(?:een een|(?:de|het) (?:de|het))(?!\\p{L})', better: 'één lidwoord: "stuur ons een privébericht"' },
  ],
};

// Signals in a comment that are not words: links and @mentions (spam, a reply to another follower),
// question marks, emoji, shouting, personal data the commenter posted (order, account and phone
// numbers, IBAN, e-mail, postcode) and threats (where someone lives, "watch your back", violence).
import { normalize } from './normalize.js';

export type SignalKind = 'link' | 'mention' | 'question' | 'happy-emoji' | 'angry-emoji' | 'shouting' | 'personal-data' | 'threat';

export interface Signal {
  kind: SignalKind;
  /** The text that shows it, quoted in the reasons. */
  text: string;
}

// Patterns run on the lower-cased text (without the `i` flag, which makes each one slower to compile).
const LINK = /\bhttps?:\/\/\S{1,200}|\bwww\.\S{1,200}|\b[a-z0-9-]{1,63}\.(?:com|net|org|io|ly|me|shop|biz|info|xyz|link|click|top)(?:\/\S{0,200})?\b/g;
const MENTION = /(?<![\w@])@[\p{L}\p{N}_.]{2,}/gu;
const HAPPY = /[\u{1F600}-\u{1F60D}\u{1F617}-\u{1F61A}\u{1F642}\u{1F643}\u{1F970}\u{1F929}\u{1F44D}\u{1F64C}\u{1F64F}\u{1F44F}\u{1F389}\u{1F38A}\u{2764}\u{1F49A}-\u{1F49C}\u{1F9E1}\u{1F499}\u{2B50}\u{1F31F}\u{2728}\u{1F525}]|<3|:-?\)|;-?\)|:D\b/gu;
const ANGRY = /[\u{1F620}\u{1F621}\u{1F624}\u{1F92C}\u{1F44E}\u{1F4A9}\u{1F612}\u{1F644}\u{1F611}\u{1F610}\u{1F62D}\u{1F622}\u{1F629}\u{1F62B}\u{1F92E}\u{1F595}]|:-?\(|>:\(/gu;
const QUESTION_WORD = /^(?:how|when|where|what|why|which|who|can|could|do|does|did|is|are|will|would|hoe|wanneer|waar|wat|waarom|welke|wie|kan|kun|kunnen|kunt|is|zijn|heeft|hebben|wordt|wie|wann|wo|was|warum|welche|kann|können|könnt|ist|sind|gibt|habt|hat|hur|när|var|vad|varför|vilken|vilka|kan|går|finns|är|har|får)\b/;

const PERSONAL: RegExp[] = [
  /\b[a-z]{2}\d{2}\s?(?:[a-z0-9]{4}\s?){2,7}[a-z0-9]{1,4}\b/g, // IBAN
  /[^\s@<>()]{1,64}@[^\s@<>()]{1,100}\.[a-z]{2,}/g, // e-mail
  /(?:\+|00)\d{1,3}[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d{2,4}){2,4}|\b0\d{1,3}[\s-]?\d{3,4}[\s-]?\d{3,4}\b|\b06[\s-]?\d{8}\b/g, // phone
  /\b(?:order|bestelling|ordernummer|ordernr|bestellnummer|bestellung|auftrag|kundennummer|klantnummer|kundnummer|account|konto|rekening|kontonummer|ärende|ärendenummer|referentie|reference|ref|case|ticket|nr|no(?=\.)|#)\.?\s*[:#]?\s*[a-z]{0,3}\d{5,}/g, // order, account, case numbers
  /\b\d{4}\s?[a-z]{2}\b(?=.{0,80}\d)|\b\d{3}\s?\d{2}\b(?=\s+\p{L}+$)/gu, // Dutch / Swedish postcodes next to an address
];

/** Threats of violence or exposure, per language; lower-case, apostrophes normalised. */
const THREATS: RegExp[] = [
  /\b(?:i|we)\s+know\s+where\s+(?:you|u|she|he|they|your|ur|his|her|their)\b.{0,40}\b(?:lives|living|live|works|work|sleeps|sleep)/,
  /\bwatch\s+(?:your|ur|yer|her|his|their)\s+back\b/,
  /\b(?:better|gonna|going\s+to|will|i'll|we'll)\s+(?:watch\s+out|find\s+(?:you|u|her|him|them)|get\s+(?:you|u|her|him|them)|hurt|kill|stab|shoot|burn|beat|smash)/,
  /\b(?:kill|stab|shoot|hurt|beat\s+up|burn\s+down|smash)\s+(?:you|u|her|him|them|your|ur|every)/,
  /\b(?:wait(?:ing)?\s+for\s+(?:you|u|her|him)\s+(?:outside|after)|see\s+(?:you|u)\s+outside|coming\s+for\s+(?:you|u|her|him)|you(?:'ll|\s+will)\s+(?:regret|pay\s+for))/,
  /\b(?:ik|wij|we)\s+(?:weet|weten)\s+waar\s+(?:je|jij|jullie|ze|zij|hij|u)\b.{0,30}\b(?:woon|won|werk)/,
  /\bpas\s+(?:maar\s+|jij\s+maar\s+|goed\s+)?op\b|\b(?:ik|we)\s+(?:kom|komen|ga|gaan)\s+(?:je|jou|jullie|haar|hem)\s+(?:halen|pakken|vinden|opzoeken)|\b(?:maak|maken)\s+(?:je|jou|jullie|haar|hem)\s+(?:kapot|af|dood)|\bsteek\s+(?:je|jou|haar|hem)|\bwacht\s+(?:je|jou|haar|hem)\s+op\b/,
  /\b(?:ich|wir)\s+wei(?:ß|ss)\s*,?\s+wo\s+(?:du|sie|er|ihr)\b.{0,30}\b(?:wohn|arbeit)|\bpass\s+(?:bloß|bloss|nur|lieber|mal)?\s*auf\b|\b(?:ich|wir)\s+(?:finde|finden|kriege|kriegen|hole|holen|erwische|erwischen)\s+(?:dich|euch|sie|ihn)\b|\b(?:umbringen|abstechen|abknallen|kaltmachen|fertigmachen)\b|\bwarte[nt]?\s+(?:vor|auf)\s+(?:dich|euch|ihr|ihm)|\bdas\s+wirst\s+du\s+bereuen/,
  // Where someone lives, posted with an invitation to go there.
  /\b(?:he|she|they)\s+lives?\s+(?:at|on|in)\s+\S+.{0,60}(?:pay\s+(?:him|her|them)\s+a\s+visit|visit|go\s+(?:see|get))|\b(?:hij|zij|ze)\s+woont\s+(?:op|in|aan)\s+.{0,60}\b(?:langs|opzoeken|bezoek)|\bwohnt\s+(?:in|am|an\s+der|auf)\s+.{0,60}\b(?:besucht|besuchen|vorbei)|\b(?:han|hon)\s+bor\s+(?:på|i)\s+.{0,60}\b(?:hälsa\s+på|besök|åk\s+dit)/,
  // Violence against a person: a blow to the face, a weapon, "walking home alone tonight".
  /\b(?:baseball\s+bat|to\s+the\s+face|punch(?:ed)?\s+(?:him|her|you)|beat\s+(?:him|her|you)\s+up|kop\s+in|in\s+elkaar\s+(?:slaan|trappen)|klap\s+voor\s+(?:z'n|zijn|haar|je)\s+(?:kop|bek)|auf\s+die\s+fresse|eins\s+aufs\s+maul|verprügel|käftsmäll|spöa\s+(?:upp|honom|henne|dig)|slå\s+(?:ihjäl|honom|henne|dig))/,
  /\b(?:not|never)\s+walk\s+home\s+alone|\balleen\s+naar\s+huis\s+(?:lopen|gaan|fietsen)|\ballein\s+nach\s+hause\s+(?:gehen|laufen)|\bgå\s+hem\s+ensam|[\u{1F52A}\u{1F5E1}\u{1F52B}\u{1FA93}]/u,
  /\b(?:moet|kan)\s+(?:maar\s+)?(?:goed\s+)?uitkijken|\b(?:sollte|soll)\s+(?:lieber\s+|besser\s+|mal\s+|gut\s+)?aufpassen|\b(?:bör|ska|borde)\s+(?:nog\s+)?akta\s+(?:sig|dig|er)/,
  // "Keep ignoring me and see what happens to your shop."
  /\bsee\s+what\s+happens\s+to\s+(?:your|ur)|\bmake\s+(?:them|you|him|her)\s+regret|\bkijk\s+wat\s+er\s+(?:met|gebeurt\s+met)\s+(?:jullie|je|jouw|uw)|\bmal\s+sehen,?\s+was\s+mit\s+(?:eurer|eurem|euren|deiner|deinem|ihrer)|\bfår\s+vi\s+se\s+vad\s+som\s+händer\s+med\s+(?:er|din|ditt|era)/,
  /\b(?:jag|vi)\s+vet\s+var\s+(?:du|ni|hon|han|de)\b.{0,30}\b(?:bor|jobbar|arbetar)|\b(?:akta|se\s+upp\s+för)\s+(?:dig|er|henne|honom)|\b(?:jag|vi)\s+ska\s+(?:döda|hitta|ta|slå|knivhugga)\s+(?:dig|er|henne|honom)|\bvi\s+ses\s+utanför|\bni\s+kommer\s+(?:att\s+)?ångra/,
  // "Shame if something happened to it": harm to a person or their things, said as a pity.
  /\b(?:be\s+a|would\s+be\s+a|what\s+a)\s+(?:shame|pity)\s+if\b|\b(?:zou\s+(?:zonde|jammer)\s+zijn|zonde\s+als\s+(?:daar|er)\s+iets)|\b(?:wäre?|wär)\s+(?:schade|schad)\s+(?:drum|wenn)|\b(?:synd|trist)\s+om\s+(?:nåt|något|den|det|er)\s+(?:skulle\s+)?(?:hände|hända|råka)/,
  // Where a person lives, parks or goes to school, their car, their home address or private number.
  // (someone else's: "my home address" is the commenter's own data, not a threat)
  /(?<!\b(?:my|mijn|m'n|mein|meine|meiner|meinen|min|mitt|mina)\s+)\b(?:home\s+address|private\s+(?:address|number)|home\s+number|huisadres|privéadres|privé-?nummer|privatadresse|privatnummer|privat(?:e|en)?\s+(?:adresse|nummer|handynummer)|hemadress|privata?\s+(?:nummer|adress))\b/,
  /\b(?:i|we)\s+know\s+(?:which|what)\s+(?:car|van|house|bus)|\b(?:ik|we)\s+weet\s+welke\s+(?:auto|bus|huis)|\b(?:ich|wir)\s+wei(?:ß|ss)\s*,?\s+welche[rs]?\s+(?:auto|wagen|haus)|\b(?:jag|vi)\s+vet\s+vilken\s+(?:bil|buss|hus)|\bvet\s+att\s+\S+\s+kör\s+en\b/,
  /\b(?:her|his|your|ur|their)\s+(?:kids|children|daughter|son)\b.{0,30}\b(?:school|nursery|primary)|\b(?:haar|zijn|z'n|je|jouw|jullie)\s+(?:kinderen|kids|dochter|zoon)\b.{0,30}\b(?:school|basisschool|opvang)|\b(?:ihre|seine|deine|eure)\s+(?:kinder|tochter|sohn)\b.{0,30}\b(?:schule|kita|grundschule|kindergarten)|\b(?:hennes|hans|dina|era|din)\s+(?:barn|dotter|son)\b.{0,30}\b(?:skola|förskola|dagis)/,
  // Waiting outside, coming round, "see you after closing".
  /\b(?:wait(?:ing)?|be\s+waiting)\s+(?:outside|by\s+the|at\s+the\s+(?:gate|door|exit))|\b(?:see\s+you|i'll\s+be)\s+(?:in\s+the\s+car\s*park|after\s+(?:closing|work|your\s+shift))|\b(?:ik\s+)?wacht\s+(?:je\s+)?(?:buiten|wel\s+tot|op\s+je)|\b(?:ich\s+)?wart(?:e)?\s+(?:dann\s+)?(?:mal\s+)?(?:draußen|draussen|vor\s+(?:der|dem|eurer|eurem))|\bväntar\s+utanför|\bvi\s+ses\s+(?:när|på\s+parkeringen|efter)/,
  // Fire, weapons, breaking windows.
  /\b(?:burn|torch)\s+(?:it|that|the|your|ur)\b.{0,20}\b(?:down|ground)|\bset\s+fire\s+to|\b(?:steek|steken)\s+.{0,25}\baan\b|\bin\s+de\s+fik|\b(?:abfackeln|anzünden|abbrennen)|\b(?:bränna\s+ner|tända\s+eld\s+på|eldar\s+upp)|\b(?:baseball\s*bat|honkbalknuppel|knuppel|baseballschläger|basebollträ(?:et)?|machete)\b|\b(?:ruiten|fenster|scheiben|rutor|fönster|windows)\b.{0,25}\b(?:sneuvelen|insured|zerbrechlich|zerbrechen|krossas|smash)/,
  // "You'll regret it", "you'll find out", "get what's coming".
  /\b(?:regret\s+it|find\s+out\s+what\s+happens|what'?s\s+coming\s+to|teach\s+\S+\s+a\s+lesson)|\bspijt\s+(?:van\s+)?krijgen|\bdat\s+ga\s+je\s+merken|\b(?:wird|werdet)\s+(?:es\s+)?bereuen|\bkommer\s+(?:att\s+)?ångra\s+sig|\bska\s+få\s+se\s+vad\s+som\s+händer/,
];

/** The engine reads this much of a comment: enough for any real one, and bounded for a pasted blob. */
export const MAX_READ = 5000;

/** The last comment read: triage asks for its signals twice (to suggest, and to answer `detect` questions). */
let last: { text: string; found: Signal[] } | undefined;

export function signals(text: string): Signal[] {
  if (last?.text === text) return last.found.map((s) => ({ ...s }));
  const found = find(text);
  last = { text, found };
  return found.map((s) => ({ ...s }));
}

function find(text: string): Signal[] {
  const comment = text.slice(0, MAX_READ);
  const out: Signal[] = [];
  const normal = normalize(comment);
  const add = (kind: SignalKind, regex: RegExp, text = normal) => {
    for (const m of text.matchAll(regex)) out.push({ kind, text: m[0].trim() });
  };
  add('link', LINK);
  add('mention', MENTION, comment);
  if (comment.includes('?')) out.push({ kind: 'question', text: '?' });
  else if (QUESTION_WORD.test(normal.trim())) out.push({ kind: 'question', text: normal.trim().split(/\s+/)[0] });
  add('happy-emoji', HAPPY, comment);
  add('angry-emoji', ANGRY, comment);
  const shouted = comment.match(/\b\p{Lu}{3,}\b/gu) ?? [];
  if (shouted.length >= 2) out.push({ kind: 'shouting', text: shouted.slice(0, 2).join(' ') });
  // A link is not a phone number, and a phone number is not an order number twice over.
  const withoutLinks = normal.replace(LINK, ' ');
  const personal = new Set<string>();
  for (const regex of PERSONAL) for (const m of withoutLinks.matchAll(regex)) if (/\d{5,}|@/.test(m[0].replace(/[\s-]/g, ''))) personal.add(m[0].trim());
  for (const text of personal) out.push({ kind: 'personal-data', text });
  for (const regex of THREATS) {
    const m = regex.exec(normal);
    if (m) out.push({ kind: 'threat', text: m[0].trim() });
  }
  return out;
}

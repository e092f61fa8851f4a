// Signals in a comment that are not words: links and @mentions (spam, a reply to another follower),
// question marks, emoji, shouting, personal data the commenter posted (order, account and phone
// numbers, IBAN, e-mail, postcode), threats (where someone lives, "watch your back", violence) and
// contact that went unanswered ("nobody answers my e-mails", "tried calling", "no reply to my DM").
import { normalize } from './normalize.js';
import { mayMatch, sourceLength, type Required } from './required-text.js';
import { lazy } from '../lazy.js';
import { SIGNAL_GATES } from './generated/signal-gates.js';

export type SignalKind = 'link' | 'mention' | 'question' | 'happy-emoji' | 'angry-emoji' | 'shouting' | 'personal-data' | 'threat' | 'tried-before';

export interface Signal {
  kind: SignalKind;
  /** The text that shows it, quoted in the reasons. */
  text: string;
}

// Patterns run on the lower-cased text (without the `i` flag, which makes each one slower to compile).
// A bare host is a link unless it is an e-mail address's ("jan@gmail.com" is personal data, not spam).
const LINK = lazy(() => /\bhttps?:\/\/\S{1,200}|\bwww\.\S{1,200}|(?<![@\w.-])[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.(?:com|net|org|io|ly|me|shop|biz|info|xyz|link|click|top)(?:\/\S{0,200})?\b/g);
const MENTION = lazy(() => /(?<![\w@])@[\p{L}\p{N}_.]{2,}/gu);
const HAPPY = lazy(() => /[\u{1F600}-\u{1F60D}\u{1F617}-\u{1F61A}\u{1F642}\u{1F643}\u{1F970}\u{1F929}\u{1F44D}\u{1F64C}\u{1F64F}\u{1F44F}\u{1F389}\u{1F38A}\u{2764}\u{1F49A}-\u{1F49C}\u{1F9E1}\u{1F499}\u{2B50}\u{1F31F}\u{2728}\u{1F525}]|<3|:-?\)|;-?\)|:D\b/gu);
const ANGRY = lazy(() => /[\u{1F620}\u{1F621}\u{1F624}\u{1F92C}\u{1F44E}\u{1F4A9}\u{1F612}\u{1F644}\u{1F611}\u{1F610}\u{1F62D}\u{1F622}\u{1F629}\u{1F62B}\u{1F92E}\u{1F595}]|:-?\(|>:\(/gu);
const QUESTION_WORD = lazy(() => /^(?:how|when|where|what|why|which|who|can|could|do|does|did|is|are|will|would|hoe|wanneer|waar|wat|waarom|welke|wie|kan|kun|kunnen|kunt|is|zijn|heeft|hebben|wordt|wie|wann|wo|was|warum|welche|kann|können|könnt|ist|sind|gibt|habt|hat|hur|när|var|vad|varför|vilken|vilka|kan|går|finns|är|har|får)\b/);

/**
 * What looks like personal data but is the company's own, quoted back to it: a free or service line
 * (0800, 0900, 0771 ...), a role mailbox (noreply@, info@, rechnung@ ...), a company or VAT number, or a
 * number "as it says on the website".
 */
const SERVICE_LINE = /^(?:0800|0808|0900|084[345]|087[0-3]|0180|0771)/;
const ROLE_MAILBOX = /^(?:no-?reply|info|support|service|complaints?|klantenservice|kundenservice|kundservice|kundtjanst|rechnung|faktura|factuur|billing|invoices?|sales|contact|kontakt|hello|news(?:letter)?)@/;
const REGISTRATION_BEFORE = /(?:\borg\.?|\bust-?|\bvat|\bbtw|\bkvk|\bcompany|\bfirmen|\bhrb|\bmoms)\s*$/;
const AS_PUBLISHED_AFTER = lazy(() => /^\W{0,3}(?:\p{L}+\s+){0,2}(?:like it says on|as it says on|according to|volgens|laut|enligt)\s+(?:\p{L}+\s+){0,2}(?:site|website|webseite|homepage|hemsidan|google|internet)\b/u);

function companysOwn(found: string, before: string, after: string): boolean {
  return SERVICE_LINE.test(found.replace(/^\+\d{1,3}\s?/, '0').replace(/\D/g, ''))
    || ROLE_MAILBOX.test(found)
    || REGISTRATION_BEFORE.test(before)
    || AS_PUBLISHED_AFTER().test(after);
}

// The groups below are made when first looked for (see lazy.ts): most comments need few of them.
const PERSONAL = lazy((): RegExp[] => [
  /\b[a-z]{2}\d{2}\s?(?:[a-z0-9]{4}\s?){2,7}[a-z0-9]{1,4}\b/g, // IBAN
  /[^\s@<>()]{1,64}@[^\s@<>()]{1,100}\.[a-z]{2,}/g, // e-mail
  // phone: international, or a leading 0 and 8 to 12 more digits in groups (07700 900218, 073-987 65 43)
  /(?<![\w+])(?:\+|00)\d{1,3}[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d{2,4}){2,4}|\b0\d(?:[\s-]?\d){7,11}\b/g,
  /\b(?:[a-zäöüßå]{2,20}(?:nummer|nr|bestelling|bestellung|beställning)|order|bestelling|ordernummer|ordernr|bestellnummer|bestellnr|bestellung|kundennr|vertragsnummer|avtalsnummer|contractnummer|auftrag|kundennummer|klantnummer|kundnummer|account|konto|rekening|kontonummer|ärende|ärendenummer|referentie|reference|ref|case|ticket|policy|contract|claim|meter|mprn|tracking|zending|sendung|försändelse|dossier|nr|no(?=\.)|#)\.?(?:\s*(?:no|nr|number|nummer|id|is|är|ist|=)\b\.?){0,2}\s*[:#]?\s*(?:[a-z]{0,3}-?\d{2,}(?:[./-]\d{2,}){1,3}|[a-z0-9]{0,8}\d{5,})/g, // order, account, case numbers ('account no 5501…', 'klantnummer is 3301…', 'taartbestelling 4481…')
  /\b\d{4}\s?[a-z]{2}\b(?=.{0,80}\d)|\b\d{3}\s?\d{2}\b(?=\s+\p{L}+$)/gu, // Dutch / Swedish postcodes next to an address
]);

/** Threats of violence or exposure, per language; lower-case, apostrophes normalised. */
const THREATS = lazy((): RegExp[] => [
  /\b(?:i|we)\s+know\s+where\s+(?:you|u|she|he|they|your|ur|his|her|their)\b.{0,40}\b(?:lives|living|live|works|work|sleeps|sleep)/,
  /\bwatch\s+(?:your|ur|yer|her|his|their)\s+back\b/,
  /\b(?:better|gonna|going\s+to|will|i'll|we'll)\s+(?:watch\s+out|find\s+(?:you|u|her|him|them)|get\s+(?:you|u|her|him|them)|hurt|kill|stab|shoot|burn|beat|smash)/,
  /\b(?:kill|stab|shoot|hurt|beat\s+up|burn\s+down|smash)\s+(?:you|u|her|him|them|your|ur|every)/,
  /\b(?:wait(?:ing)?\s+for\s+(?:you|u|her|him)\s+(?:outside|after)|see\s+(?:you|u)\s+outside|coming\s+for\s+(?:you|u|her|him)|you(?:'ll|\s+will)\s+(?:regret|pay\s+for))/,
  /\b(?:ik|wij|we)\s+(?:weet|weten)\s+waar\s+(?:je|jij|jullie|ze|zij|hij|u)\b.{0,30}\b(?:woon|won|werk)/,
  /\bpas\s+(?:maar\s+|jij\s+maar\s+|goed\s+)?op\b|\b(?:ik|we)\s+(?:kom|komen|ga|gaan)\s+(?:je|jou|jullie|haar|hem)\s+(?:halen|pakken|vinden|opzoeken)|\b(?:maak|maken)\s+(?:je|jou|jullie|haar|hem)\s+(?:kapot|af|dood)|\bsteek\s+(?:je|jou|haar|hem)|\bwacht\s+(?:je|jou|haar|hem)\s+op\b/,
  /\b(?:ich|wir)\s+wei(?:ß|ss)\s*,?\s+wo\s+(?:du|sie|er|ihr)\b.{0,30}\b(?:wohn|arbeit)|\bpass\s+(?:bloß|bloss|nur|lieber|mal)?\s*auf\b|\b(?:ich|wir)\s+(?:finde?|finden|kriege?|kriegen|hole?|holen|erwische?|erwischen)\s+(?:dich|euch)\b|\b(?:finde?|kriege?|hole?|erwische?)\s+(?:ich|wir)\s+(?:dich|euch)\b|\b(?:umbringen|abstechen|abknallen|kaltmachen|fertigmachen)\b|\bwarte[nt]?\s+(?:vor|auf)\s+(?:dich|euch|ihr|ihm)|\bdas\s+wirst\s+du\s+bereuen/,
  // Where someone lives, posted with an invitation to go there.
  /\b(?:he|she|they)\s+lives?\s+(?:at|on|in)\s+\S+.{0,60}(?:pay\s+(?:him|her|them)\s+a\s+visit|visit|go\s+(?:see|get))|\b(?:hij|zij|ze)\s+woont\s+(?:op|in|aan)\s+.{0,60}\b(?:langs|opzoeken|bezoek)|\bwohnt\s+(?:in|am|an\s+der|auf)\s+.{0,60}\b(?:besucht|besuchen|vorbei)|\b(?:han|hon)\s+bor\s+(?:på|i)\s+.{0,60}\b(?:hälsa\s+på|besök|åk\s+dit)/,
  // Violence against a person: a blow to the face, a weapon, "walking home alone tonight".
  /\b(?:baseball\s+bat|to\s+the\s+face|punch(?:ed)?\s+(?:him|her|you)|beat\s+(?:him|her|you)\s+up|kop\s+in|in\s+elkaar\s+(?:slaan|trappen)|klap\s+voor\s+(?:z'n|zijn|haar|je)\s+(?:kop|bek)|auf\s+die\s+fresse|eins\s+aufs\s+maul|verprügel|käftsmäll|spöa\s+(?:upp|honom|henne|dig)|slå\s+(?:ihjäl|honom|henne|dig))/,
  /\b(?:not|never)\s+walk\s+home\s+alone|\balleen\s+naar\s+huis\s+(?:lopen|gaan|fietsen)|\ballein\s+nach\s+hause\s+(?:gehen|laufen)|\bgå\s+hem\s+ensam|[\u{1F52A}\u{1F5E1}\u{1F52B}\u{1FA93}]/u,
  /\b(?:moet|kan)\s+(?:maar\s+)?(?:goed\s+)?uitkijken|\b(?:sollte|soll)\s+(?:lieber\s+|besser\s+|mal\s+|gut\s+)?aufpassen|\b(?:bör|ska|borde)\s+(?:nog\s+)?akta\s+(?:sig|dig|er)/,
  // "Keep ignoring me and see what happens to your shop."
  /\bsee\s+what\s+happens\s+to\s+(?:your|ur)|\bmake\s+(?:them|you|him|her)\s+regret|\bkijk\s+wat\s+er\s+(?:met|gebeurt\s+met)\s+(?:jullie|je|jouw|uw)|\bmal\s+sehen,?\s+was\s+mit\s+(?:eurer|eurem|euren|deiner|deinem|ihrer)|\bfår\s+vi\s+se\s+vad\s+som\s+händer\s+med\s+(?:er|din|ditt|era)/,
  /\b(?:ik|we|wij)\s+(?:weet|weten)\s+(?:je|jou|jullie|hem|haar)\s+(?:\p{L}+\s+){0,2}te\s+vinden|\b(?:ik|we)\s+vind(?:en)?\s+(?:je|jou|jullie)\s+wel\b|\b(?:hittar|hittar\s+nog)\s+(?:jag|vi)\s+(?:dig|er|honom|henne)\b|\b(?:jag|vi)\s+hittar\s+(?:dig|er|honom|henne)\b/u,
  /\b(?:jag|vi)\s+vet\s+var\s+(?:du|ni|hon|han|de)\b.{0,30}\b(?:bor|jobbar|arbetar)|\b(?:akta|se\s+upp\s+för)\s+(?:dig|er|henne|honom)|\b(?:jag|vi)\s+ska\s+(?:döda|hitta|ta|slå|knivhugga)\s+(?:dig|er|henne|honom)|\bvi\s+ses\s+utanför|\bni\s+kommer\s+(?:att\s+)?ångra/,
  // "Shame if something happened to it": harm to a person or their things, said as a pity.
  /\b(?:be\s+a|would\s+be\s+a|what\s+a)\s+(?:shame|pity)\s+if\b|\b(?:zou\s+(?:zonde|jammer)\s+zijn|zonde\s+als\s+(?:daar|er)\s+iets)|\b(?:wäre?|wär)\s+(?:schade|schad)\s+(?:drum|wenn)|\b(?:synd|trist)\s+om\s+(?:nåt|något|den|det|er)\s+(?:skulle\s+)?(?:hände|hända|råka)/,
  // Where a person lives, parks or goes to school, their car, their home address or private number.
  // (someone else's: "my home address" is the commenter's own data, not a threat)
  /(?<!\b(?:my|mijn|m'n|mein|meine|meiner|meinen|min|mitt|mina)\s+(?:\p{L}+\s+)?)\b(?:home\s+address|private\s+(?:address|number)|home\s+number|huisadres|privéadres|privé-?nummer|privatadresse|privatnummer|privat(?:e|en)?\s+(?:adresse|nummer|handynummer)|hemadress|privata?\s+(?:nummer|adress))\b/u,
  /\b(?:i|we)\s+know\s+(?:which|what)\s+(?:car|van|house|bus)|\b(?:ik|we)\s+weet\s+welke\s+(?:auto|bus|huis)|\b(?:ich|wir)\s+wei(?:ß|ss)\s*,?\s+welche[rs]?\s+(?:auto|wagen|haus)|\b(?:jag|vi)\s+vet\s+vilken\s+(?:bil|buss|hus)|\bvet\s+att\s+\S+\s+kör\s+en\b/,
  /\b(?:her|his|your|ur|their)\s+(?:kids|children|daughter|son)\b.{0,30}\b(?:school|nursery|primary)|\b(?:haar|zijn|z'n|je|jouw|jullie)\s+(?:kinderen|kids|dochter|zoon)\b.{0,30}\b(?:school|basisschool|opvang)|\b(?:ihre|seine|deine|eure)\s+(?:kinder|tochter|sohn)\b.{0,30}\b(?:schule|kita|grundschule|kindergarten)|\b(?:hennes|hans|dina|era|din)\s+(?:barn|dotter|son)\b.{0,30}\b(?:skola|förskola|dagis)/,
  // Waiting outside, coming round, "see you after closing".
  /\b(?:wait(?:ing)?|be\s+waiting)\s+(?:outside|by\s+the|at\s+the\s+(?:gate|door|exit))|\b(?:see\s+you|i'll\s+be)\s+(?:in\s+the\s+car\s*park|after\s+(?:closing|work|your\s+shift))|\b(?:ik\s+)?wacht\s+(?:je\s+)?(?:buiten|wel\s+tot|op\s+je)|\b(?:ich\s+)?wart(?:e)?\s+(?:dann\s+)?(?:mal\s+)?(?:draußen|draussen|vor\s+(?:der|dem|eurer|eurem))|\bväntar\s+utanför|\bvi\s+ses\s+(?:när|på\s+parkeringen|efter)/,
  // Fire, weapons, breaking windows.
  /\b(?:burn|torch)\s+(?:it|that|the|your|ur)\b.{0,20}\b(?:down|ground)|\bset\s+fire\s+to|\b(?:steek|steken)\s+.{0,25}\baan\b|\bin\s+de\s+fik|(?<!\b(?:beim|zum|das|vom)\s+(?:ersten\s+)?)\b(?:abfackeln|anzünden|abbrennen)|\b(?:bränna\s+ner|tända\s+eld\s+på|eldar\s+upp)|\b(?:baseball\s*bat|honkbalknuppel|knuppel|baseballschläger|basebollträ(?:et)?|machete)\b|\b(?:ruiten|fenster|scheiben|rutor|fönster|windows)\b.{0,25}\b(?:sneuvelen|insured|zerbrechlich|zerbrechen|krossas|smash)/,
  // "One more word and ...": harm promised on a condition.
  /\b(?:one\s+more\s+(?:time|word|comment)|once\s+more|nog\s+(?:één|een|1)\s+(?:keer|woord|reactie)|noch\s+(?:ein(?:mal)?|1)\s*(?:mal|wort|kommentar)?|en\s+gång\s+till|ett\s+ord\s+till)\b.{0,80}?\b(?:hurt|beat(?:ing)?|slap|find\s+(?:you|u)|come\s+round|pijn|klappen|slaag|vind\s+ik|te\s+vinden|weh|prügel|fresse|maul|find(?:e)?\s+(?:ich\s+)?dich|stryk|spö|smäll|hittar\s+(?:jag|vi))/,
  // Someone promised a beating: "is getting hurt", "krijgt klappen", "kriegt was auf die Fresse", "får stryk".
  /\b(?:(?:is|are|'s|gonna|going\s+to|will)\s+(?:get(?:ting)?|be)\s+hurt|(?:get(?:ting)?|gets)\s+(?:a\s+)?(?:beating|kicking|good\s+hiding|smack(?:ed)?|slapped))\b|\bkrijg(?:t|en)?\s+(?:klappen|een\s+pak\s+slaag|een\s+klap|op\s+(?:je|z'n|zijn|haar)\s+(?:bek|muil|smoel))|\bkrieg(?:t|st|en)?\s+(?:(?:eine|was|ein\s+paar)\s+)?(?:aufs\s+maul|auf\s+die\s+fresse|auf\s+die\s+mütze|eine\s+abreibung)|\b(?:få|får)\s+(?:stryk|spö|på\s+käften|en\s+smäll)/,
  // Telling someone where they live, as a fact they had better know we know.
  /\byou(?:'re|\s+are)\s+in\s+the\s+\S+.{0,40}\b(?:aren't\s+you|right\b|innit)|\byou\s+live\s+(?:above|over|next\s+to|near|behind|opposite|by)\s+the\b|\b(?:je|jij)\s+woont\s+(?:toch|immers)\s+(?:boven|naast|achter|tegenover|bij|aan|op|in)\s+(?:de|die|dat|het)\b|\bdu\s+wohnst\s+doch\s+(?:über|neben|hinter|gegenüber|bei|an|am|in|im)\s+(?:de[mnr]|die|das|de)?\b|\bdu\s+bor\s+ju\s+(?:ovanför|bredvid|bakom|mittemot|vid|på|i)\b/,
  // Burning it down, said of the shop or its people in any form: "gehört abgefackelt", "moet in de fik".
  /\b(?:should|needs?\s+to|ought\s+to|deserves?\s+to)\s+be\s+(?:burn(?:ed|t)(?:\s+down)?|torched|set\s+on\s+fire)|\b(?:abgefackelt|angezündet|niedergebrannt|niederbrennen|abgebrannt\s+gehört)|\b(?:afgefikt|platgebrand|in\s+brand\s+(?:steken|gestoken))|\b(?:brännas\s+ner|bränns\s+ner|brinna\s+upp|tuttas\s+eld\s+på)/,
  // "You'll regret it", "you'll find out", "get what's coming".
  /\b(?:regret\s+it|find\s+out\s+what\s+happens|what'?s\s+coming\s+to|teach\s+\S+\s+a\s+lesson)|\bspijt\s+(?:van\s+)?krijgen|\bdat\s+ga\s+je\s+merken|\b(?:wird|werdet)\s+(?:es\s+)?bereuen|\bkommer\s+(?:att\s+)?ångra\s+sig|\bska\s+få\s+se\s+vad\s+som\s+händer/,
]);

/**
 * Doxxing: a street address posted with a word for someone's home, and nothing saying it is the
 * commenter's own ("my address is Kerkstraat 12" is their own data, not a threat).
 */
const STREET_ADDRESS = lazy(() => /\b\p{L}{2,40}(?:straat|laan|weg|plein|gracht|kade|singel|dreef|straße|strasse|gasse|allee|platz|vägen|gatan|gränd|backen|stigen)\s+\d{1,4}\b|\b\d{1,4}\s+\p{L}{2,40}\s+(?:road|street|lane|avenue|close|drive|crescent|rd|st)\b/u);
const HOME = lazy(() => /\b(?:house|home|lives|flat|huis|woont|woning|haus|wohnt|wohnung|hus|bor|lägenhet|villa)\b/u);
/** Someone else's: he, she, they, your (plural) ... */
const OTHER = lazy(() => /\b(?:he|she|they|his|her|their|hij|zij|ze|zijn|z'n|haar|hun|jullie|er|sein|seine|seinem|seiner|han|hon|hans|hennes|deras|ert|era)\b/u);
/** ...and not the commenter's own or their household's (English "i" with a verb: Swedish "i" means "in"). */
const OWN = lazy(() => /\bi\s+(?:live|am|was|have|had|moved|ordered|changed|gave|put|need|want|got|did|can|will)\b|\bi'(?:m|ve|ll|d)\b|\b(?:my|mine|me|we|our|us|ik|mijn|m'n|mij|wij|ons|onze|ich|mein|meine|meinem|meiner|meinen|mir|mich|wir|unser|unsere|uns|jag|min|mitt|mina|mig|vi|vår|vårt|våra|oss)\b/u);

/**
 * The commenter already tried to reach us and got no answer, per language: nobody answers, no reply
 * to a message, not heard back, on hold, ignored, tried calling, or a channel named with a failure or a
 * count ("emailed you three times"). Lower-case, apostrophes normalised.
 */
const TRIED_BEFORE: RegExp[] = [
  /\b(?:nobody|no\s*one|no-one|none\s+of\s+you)\s+(?:ever\s+|even\s+|actually\s+)?(?:answers?|answered|replies|replied|responds?|responded|picks?\s+up|picked\s+up|gets?\s+back|got\s+back|calls?\s+back|called\s+back|has\s+(?:answered|replied|responded|got(?:ten)?\s+back|called\s+back))/,
  /\b(?:(?:no|zero|still\s+no)\s+|never\s+(?:got|had|received)\s+(?:an?\s+|any\s+)?|without\s+(?:an?\s+|any\s+)?|not\s+(?:a\s+single|one|an?|any)\s+)(?:answer|reply|response|replies|answers|responses|call\s*back|callback)\b/,
  /\b(?:haven't|have\s+not|hasn't|has\s+not|never|didn't|did\s+not)\s+(?:heard|had\s+(?:an?\s+|any\s+)?(?:answer|reply|response))\b|\b(?:heard|hear)\s+nothing\s+back\b/,
  /\b(?:ignor(?:ed|ing)|ghost(?:ed|ing))\s+(?:me|us|my|our|all\s+my)\b|\bleft\s+(?:me\s+)?on\s+read\b|\bunanswered\b/,
  /\bon\s+hold\s+for\b|\bhold\s+music\b|\bstill\s+waiting\s+(?:for|on)\s+(?:an?\s+|your\s+|any\s+)?(?:answer|reply|response|call\s*back|callback)/,
  /\b(?:tried|trying)\s+(?:calling|ringing|phoning|e-?mailing|to\s+(?:call|ring|phone|e-?mail|reach|contact)|to\s+get\s+(?:hold\s+of|through|in\s+touch))\b|\bcan't\s+(?:get\s+(?:hold\s+of|through\s+to|through)|reach)\s+(?:you|anyone|anybody|a\s+(?:human|person)|your)|\bimpossible\s+to\s+(?:reach|contact|get\s+hold\s+of)/,
  /\b(?:e-?mailed|messaged|dm'?e?d|called|phoned|rang|wrote\s+to|contacted)\b.{0,60}\b(?:no\s+(?:answer|reply|response|one|word)|nothing|nobody|never\s+(?:heard|got|answered)|\d+\s+times|three\s+times|four\s+times|five\s+times|several\s+times|multiple\s+times|many\s+times)\b/,
  /\b(?:nobody|no\s*one)(?:'s|\s+has|\s+have)\s+(?:got(?:ten)?\s+back|replied|answered|called\s+back|responded)|\bradio\s+silence\b|\b(?:goes|went|going)\s+(?:straight\s+)?to\s+voicemail\b|\brings?\s+out\b|\bhangs?\s+up\s+on\s+me\b|\bwaiting\s+(?:for|on)\s+(?:a|the|your)\s+(?:call\s*back|callback|reply|response|answer)\b|\btried\s+(?:\d+|three|four|five|six|several|multiple|many)\s+times\b/,
  /\bniemand\s+(?:neemt|nam)\s+op\b|\bniemand\s+(?:antwoordt|reageert|belt\s+terug|heeft\s+(?:gereageerd|geantwoord|teruggebeld))|\b(?:geen|nooit)\s+(?:antwoord|reactie|enkele\s+reactie|respons)\b|\b(?:niks|niets)\s+(?:meer\s+)?(?:van\s+jullie\s+)?(?:terug)?gehoord|\bniet\s+teruggebeld|\bin\s+de\s+wacht\b|\bgenegeerd\b|\bonbeantwoord|\b(?:geprobeerd|probeer)\s+(?:jullie\s+)?(?:te\s+)?(?:bellen|mailen|bereiken)|\bniet\s+te\s+bereiken|\bkrijg\s+(?:jullie|niemand)\s+(?:niet\s+)?te\s+pakken|\b(?:gemaild|gebeld|gemailed|mail\s+gestuurd|bericht\s+gestuurd|dm\s+gestuurd)\b.{0,60}\b(?:geen|niks|niets|nooit|niemand|\d+\s+keer|drie\s+keer|vier\s+keer|meerdere\s+keren|vaak)\b|\b(?:\d+|drie|vier|vijf|meerdere|zoveel)\s+(?:keer|keren)\s+(?:gebeld|gemaild|gemailed|een\s+mail)/,
  /\bneemt\s+niet\s+op\b|\b(?:antwoordt|reageert)\s+(?:er\s+)?(?:niemand|geen\s+mens)\b|\b(?:\d+|drie|vier|vijf|meerdere)\s+(?:keer|keren)\s+geprobeerd\b|\bwacht\s+(?:al|nog\s+steeds)\b.{0,30}\bop\s+(?:een\s+|jullie\s+)?(?:antwoord|reactie)\b/,
  /\b(?:antwortet|reagiert|meldet\s+sich)\s+(?:mir\s+|uns\s+)?(?:niemand|keiner|kein\s+mensch)\b|\b(?:keiner|kein\s+mensch|niemand)\s+(?:geht\s+(?:ran|ans\s+telefon)|antwortet|meldet\s+sich|ruft\s+zurück)|\bhat\s+sich\s+(?:nie|noch\s+nie)\s+(?:jemand\s+)?gemeldet|\b(?:null|kein|keine)\s+(?:reaktion|antwort|rückruf|rückmeldung)\b|\b(?:nix|nichts)\s+(?:mehr\s+)?gehört|\b(?:\d+|drei|vier|fünf|sechs|mehrmals)\s*(?:x|mal)\s+(?:probiert|versucht|angerufen)\b/,
  /\bförsökt\s+(?:\d+|tre|fyra|fem|flera|många)\s+gånger\b|\bingen\s+(?:tar|svarar\s+i)\s+(?:telefonen|luren)|\bingen\s+har\s+(?:svarat|hört\s+av\s+sig|ringt\s+tillbaka)/,
  /\bniemand\s+(?:antwortet|geht\s+ran|meldet\s+sich|ruft\s+zurück|hat\s+(?:geantwortet|reagiert|sich\s+gemeldet|zurückgerufen))|\b(?:keine|nie\s+eine|nie)\s+(?:antwort|rückmeldung|reaktion)\b|\bnichts\s+(?:mehr\s+)?(?:von\s+(?:euch|ihnen)\s+)?gehört|\bwarteschleife|\bignoriert\b|\bunbeantwortet|\bnicht\s+zurückgerufen|\bversucht,?\s+(?:euch\s+|sie\s+)?(?:anzurufen|zu\s+erreichen|zu\s+mailen|zu\s+kontaktieren)|\bnicht\s+(?:zu\s+erreichen|erreichbar)|\b(?:angerufen|gemailt|geschrieben|angeschrieben)\b.{0,60}\b(?:keine|nichts|nie|niemand|kein)\b|\b(?:\d+|drei|vier|fünf|mehrmals|mehrere)\s*(?:mal|male)?\s+(?:angerufen|gemailt|geschrieben|angeschrieben)/,
  /\bingen\s+(?:svarar|svarade|har\s+svarat|ringer\s+tillbaka|hör\s+av\s+sig|har\s+hört\s+av\s+sig)|\b(?:inget|aldrig\s+(?:fått\s+)?(?:något\s+)?)\s*svar\b|\bingen\s+(?:respons|återkoppling)|\binte\s+(?:hört|fått)\s+(?:något|nåt|ett\s+ljud|svar)|\btelefonkö|\bignorera(?:r|d|t|de)\b|\bobesvara|\bförsökt\s+(?:att\s+)?(?:ringa|mejla|maila|nå|kontakta)|\bgår\s+inte\s+att\s+(?:nå|komma\s+fram)|\b(?:mejlat|mailat|ringt|skrivit)\b.{0,60}\b(?:inget|ingen|aldrig|\d+\s+gånger|tre\s+gånger|flera\s+gånger|många\s+gånger)\b/,
];

/** The engine reads this much of a comment: enough for any real one, and bounded for a pasted blob. */
export const MAX_READ = 5000;

/** Signals a `detect` question asks about; each group is looked for only when asked (their patterns are many). */
export type DetectKind = 'personal-data' | 'threat' | 'tried-before';

/** The last comment read: triage asks for its signals twice (to suggest, and to answer `detect` questions). */
let last: { text: string; normal: string; all?: Signal[]; groups: Map<DetectKind, Signal[]> } | undefined;

/** Every signal in a comment. */
export function signals(text: string): Signal[] {
  const read = reading(text);
  read.all ??= [...surface(text.slice(0, MAX_READ), read.normal), ...(['personal-data', 'threat', 'tried-before'] as const).flatMap((kind) => group(read, kind))];
  return read.all.map((s) => ({ ...s }));
}

/** Whether a comment shows one kind of `detect` signal: only that group's patterns run. */
export function shows(text: string, kind: DetectKind): boolean {
  return group(reading(text), kind).length > 0;
}

/** The signals of one `detect` kind in a comment: only that group's patterns run. */
export function signalsOf(text: string, kind: DetectKind): Signal[] {
  return group(reading(text), kind).map((s) => ({ ...s }));
}

function reading(text: string): NonNullable<typeof last> {
  if (last?.text !== text) last = { text, normal: normalize(text.slice(0, MAX_READ)), groups: new Map() };
  return last;
}

function group(read: NonNullable<typeof last>, kind: DetectKind): Signal[] {
  let found = read.groups.get(kind);
  if (!found) read.groups.set(kind, (found = FINDERS[kind](read.normal)));
  return found;
}

/** Links, mentions, questions, emoji, shouting: cheap, and read for every suggestion. */
function surface(comment: string, normal: string): Signal[] {
  const out: Signal[] = [];
  const add = (kind: SignalKind, regex: RegExp, text = normal) => {
    for (const m of text.matchAll(regex)) out.push({ kind, text: m[0].trim() });
  };
  add('link', LINK());
  add('mention', MENTION(), comment);
  if (comment.includes('?')) out.push({ kind: 'question', text: '?' });
  else if (QUESTION_WORD().test(normal.trim())) out.push({ kind: 'question', text: normal.trim().split(/\s+/)[0] });
  add('happy-emoji', HAPPY(), comment);
  add('angry-emoji', ANGRY(), comment);
  const shouted = comment.match(/\b\p{Lu}{3,}\b/gu) ?? [];
  if (shouted.length >= 2) out.push({ kind: 'shouting', text: shouted.slice(0, 2).join(' ') });
  return out;
}

/** The patterns gated by the words they need (scripts/build-signal-gates.mjs writes those words, in this order). */
export const signalPatterns = (): RegExp[] => [...TRIED_BEFORE, ...THREATS()];

// Each pattern with the words it cannot match without: one the comment does not contain is never
// compiled (V8 compiles a regex on first use; these took ~5 to 12 ms of a triage). The words are
// worked out at build time (reading the patterns at start-up took ~11 ms); a gate written for another
// version of a pattern (its length differs, escapes read as their characters) is not used.
function gated(patterns: RegExp[], offset: number): { regex: RegExp; required: Required }[] {
  return patterns.map((regex, i) => {
    const gate = SIGNAL_GATES[offset + i];
    return { regex, required: gate && gate.length === sourceLength(regex.source) && !regex.flags.includes('i') ? gate.required ?? undefined : undefined };
  });
}
const gatedTriedBefore = lazy(() => gated(TRIED_BEFORE, 0));
const gatedThreats = lazy(() => gated(THREATS(), TRIED_BEFORE.length));
export const gatedPatterns = () => [...gatedTriedBefore(), ...gatedThreats()];

const FINDERS: Record<DetectKind, (normal: string) => Signal[]> = {
  'personal-data': (normal) => {
    // Only a match with five digits or an @ counts (below): without either there is nothing to look for.
    if (!/[\d@]/.test(normal)) return [];
    // A link is not a phone number, and a phone number is not an order number twice over.
    const withoutLinks = normal.replace(LINK(), ' ');
    const found: { start: number; end: number; text: string }[] = [];
    for (const regex of PERSONAL()) {
      for (const m of withoutLinks.matchAll(regex)) {
        const text = m[0].trim();
        if (!/\d{5,}|@/.test(text.replace(/[\s./-]/g, ''))) continue;
        const end = m.index + m[0].length;
        if (companysOwn(text, withoutLinks.slice(Math.max(0, m.index - 12), m.index), withoutLinks.slice(end, end + 60))) continue;
        found.push({ start: m.index, end, text });
      }
    }
    // One number found by two patterns ("nr 073-211" and "073-211 09 90") is said once, in full.
    const kept: typeof found = [];
    const digits = (text: string) => text.replace(/\D/g, '').length;
    for (const f of found.sort((a, b) => digits(b.text) - digits(a.text) || b.end - b.start - (a.end - a.start) || a.start - b.start)) {
      if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
    }
    return kept.sort((a, b) => a.start - b.start).map((f) => ({ kind: 'personal-data', text: f.text }));
  },
  threat: (normal) => {
    const out: Signal[] = [];
    for (const { regex, required } of gatedThreats()) {
      if (!mayMatch(required, normal)) continue;
      const m = regex.exec(normal);
      if (m) out.push({ kind: 'threat', text: m[0].trim() });
    }
    const address = /\d/.test(normal) ? STREET_ADDRESS().exec(normal) : null; // a street address has a number
    if (address && HOME().test(normal) && OTHER().test(normal) && !OWN().test(normal)) out.push({ kind: 'threat', text: address[0] });
    return out;
  },
  'tried-before': (normal) => {
    const out: Signal[] = [];
    for (const { regex, required } of gatedTriedBefore()) {
      if (!mayMatch(required, normal)) continue;
      const m = regex.exec(normal);
      if (m) out.push({ kind: 'tried-before', text: m[0].trim() });
    }
    return out;
  },
};

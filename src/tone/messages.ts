// What the tone checks say, in the four languages of the tool ({words}, {count}, {limit}, {name} are filled in).
import { LANGUAGES } from '../i18n/languages.js';

type Texts = { en: string; nl: string; de: string; sv: string };

export const TONE_MESSAGES = {
  'brief-sentences': {
    message: { en: '{count} sentences; keep it to {limit}', nl: '{count} zinnen; houd het bij {limit}', de: '{count} Sätze; bleib bei höchstens {limit}', sv: '{count} meningar; håll det till {limit}' },
    suggestion: { en: 'Cut what the person does not need to know now; details can follow in private.', nl: 'Schrap wat de persoon nu niet hoeft te weten; details kunnen privé volgen.', de: 'Streich, was die Person jetzt nicht wissen muss; Details können privat folgen.', sv: 'Stryk det personen inte behöver veta nu; detaljer kan följa privat.' },
  },
  'brief-words': {
    message: { en: '{count} words; keep it under {limit}', nl: '{count} woorden; blijf onder de {limit}', de: '{count} Wörter; bleib unter {limit}', sv: '{count} ord; håll det under {limit}' },
    suggestion: { en: 'Say one thing per sentence and drop the rest.', nl: 'Zeg één ding per zin en laat de rest weg.', de: 'Sag eine Sache pro Satz und lass den Rest weg.', sv: 'Säg en sak per mening och stryk resten.' },
  },
  'brief-paragraphs': {
    message: { en: '{count} paragraphs; a comment reply is one', nl: '{count} alinea\'s; een antwoord op een reactie is er één', de: '{count} Absätze; eine Antwort auf einen Kommentar hat einen', sv: '{count} stycken; ett svar på en kommentar är ett' },
    suggestion: { en: 'Join them, or move the details to a private message.', nl: 'Voeg ze samen, of zet de details in een privébericht.', de: 'Füge sie zusammen oder verschiebe die Details in eine private Nachricht.', sv: 'Slå ihop dem, eller flytta detaljerna till ett privat meddelande.' },
  },
  'informative-opinion': {
    message: { en: '"{words}" argues instead of informing', nl: '"{words}" argumenteert in plaats van te informeren', de: '"{words}" argumentiert, statt zu informieren', sv: '"{words}" argumenterar i stället för att informera' },
    suggestion: { en: 'State the fact itself, with a source where you can.', nl: 'Geef het feit zelf, met een bron als dat kan.', de: 'Nenn die Tatsache selbst, wenn möglich mit Quelle.', sv: 'Ge själva faktumet, med en källa om du kan.' },
  },
  'informative-source': {
    message: { en: 'the correction has no link to a source', nl: 'de rechtzetting heeft geen link naar een bron', de: 'die Richtigstellung hat keinen Link zu einer Quelle', sv: 'rättelsen saknar länk till en källa' },
    suggestion: { en: 'Add a link to a page that shows the facts (your facts page, an official statement).', nl: 'Voeg een link toe naar een pagina met de feiten (je feitenpagina, een officiële verklaring).', de: 'Füge einen Link zu einer Seite mit den Fakten hinzu (eure Faktenseite, eine offizielle Erklärung).', sv: 'Lägg till en länk till en sida som visar fakta (er faktasida, ett officiellt uttalande).' },
  },
  'friendly-greeting': {
    message: { en: 'no greeting or thanks at the start', nl: 'geen groet of bedankje aan het begin', de: 'keine Begrüßung oder kein Dank am Anfang', sv: 'ingen hälsning eller tack i början' },
    suggestion: { en: 'Open with "Hi <name>," or a thank-you.', nl: 'Begin met "Hoi <naam>," of een bedankje.', de: 'Beginne mit "Hallo <Name>," oder einem Dank.', sv: 'Börja med "Hej <namn>," eller ett tack.' },
  },
  'friendly-close': {
    message: { en: 'no friendly close', nl: 'geen vriendelijke afsluiting', de: 'kein freundlicher Abschluss', sv: 'inget vänligt avslut' },
    suggestion: { en: 'Sign with your first name ("– Sam"), or end with a warm line.', nl: 'Onderteken met je voornaam ("– Sam") of sluit hartelijk af.', de: 'Unterschreib mit deinem Vornamen ("– Sam") oder schließ herzlich ab.', sv: 'Signera med ditt förnamn ("– Sam") eller avsluta varmt.' },
  },
  'friendly-name': {
    message: { en: 'the reply does not use their name ({name})', nl: 'het antwoord gebruikt de naam niet ({name})', de: 'die Antwort nennt den Namen nicht ({name})', sv: 'svaret använder inte namnet ({name})' },
    suggestion: { en: 'Address them by name: "Hi {name},".', nl: 'Spreek de persoon aan met naam: "Hoi {name},".', de: 'Sprich die Person mit Namen an: "Hallo {name},".', sv: 'Tilltala personen med namn: "Hej {name},".' },
  },
  'friendly-condescending': {
    message: { en: '"{words}" talks down to the person', nl: '"{words}" klinkt neerbuigend', de: '"{words}" klingt herablassend', sv: '"{words}" låter nedlåtande' },
    suggestion: { en: 'Leave the word out; explain once, as if for the first time.', nl: 'Laat het woord weg; leg het één keer uit, alsof het de eerste keer is.', de: 'Lass das Wort weg; erklär es einmal, als wäre es das erste Mal.', sv: 'Ta bort ordet; förklara en gång, som om det vore första gången.' },
  },
  'firm-next-step': {
    message: { en: 'no clear next step', nl: 'geen duidelijke volgende stap', de: 'kein klarer nächster Schritt', sv: 'inget tydligt nästa steg' },
    suggestion: { en: 'Say what happens next: "We\'ll reply here by 3pm" or "Send us a DM with…".', nl: 'Zeg wat er nu gebeurt: "We reageren hier voor 15.00 uur" of "Stuur ons een DM met…".', de: 'Sag, was als Nächstes passiert: "Wir antworten hier bis 15 Uhr" oder "Schick uns eine DM mit…".', sv: 'Säg vad som händer härnäst: "Vi svarar här före kl. 15" eller "Skicka ett DM med…".' },
  },
  'firm-open-question': {
    message: { en: 'ends with an open-ended question', nl: 'eindigt met een open vraag', de: 'endet mit einer offenen Frage', sv: 'slutar med en öppen fråga' },
    suggestion: { en: 'End with a concrete next step, or a yes/no offer ("Shall we call you?").', nl: 'Eindig met een concrete volgende stap of een ja/nee-aanbod ("Zullen we je bellen?").', de: 'Ende mit einem konkreten nächsten Schritt oder einem Ja/Nein-Angebot ("Sollen wir dich anrufen?").', sv: 'Avsluta med ett konkret nästa steg eller ett ja/nej-erbjudande ("Ska vi ringa dig?").' },
  },
  'firm-options': {
    message: { en: 'offers more than two options', nl: 'biedt meer dan twee opties', de: 'bietet mehr als zwei Optionen', sv: 'erbjuder fler än två alternativ' },
    suggestion: { en: 'Pick the best channel or step and offer that one (two at most).', nl: 'Kies het beste kanaal of de beste stap en bied die aan (hooguit twee).', de: 'Wähl den besten Kanal oder Schritt und biete den an (höchstens zwei).', sv: 'Välj den bästa kanalen eller det bästa steget och erbjud det (högst två).' },
  },
  'no-admonishment': {
    message: { en: '"{words}" lectures the person', nl: '"{words}" is belerend', de: '"{words}" belehrt die Person', sv: '"{words}" läxar upp personen' },
    suggestion: { en: 'Say what you will do, not what they should do or are.', nl: 'Zeg wat jij gaat doen, niet wat de ander moet doen of is.', de: 'Sag, was du tun wirst, nicht was die Person tun soll oder ist.', sv: 'Säg vad du ska göra, inte vad personen borde göra eller är.' },
  },
  'no-blame': {
    message: { en: '"{words}" blames or defends', nl: '"{words}" geeft de schuld of verdedigt', de: '"{words}" schiebt Schuld zu oder verteidigt', sv: '"{words}" skuldbelägger eller försvarar' },
    suggestion: { en: 'Acknowledge the problem and say what happens next.', nl: 'Erken het probleem en zeg wat er nu gebeurt.', de: 'Erkenn das Problem an und sag, was als Nächstes passiert.', sv: 'Erkänn problemet och säg vad som händer härnäst.' },
  },
  'no-sarcasm': {
    message: { en: '{words} reads as sarcasm', nl: '{words} klinkt sarcastisch', de: '{words} wirkt sarkastisch', sv: '{words} låter sarkastiskt' },
    suggestion: { en: 'Say it plainly; irony reads as contempt in writing.', nl: 'Zeg het gewoon; ironie leest als minachting.', de: 'Sag es direkt; Ironie wirkt geschrieben wie Verachtung.', sv: 'Säg det rakt ut; ironi läses som förakt i skrift.' },
  },
  'no-caps': {
    message: { en: '"{words}" in capitals reads as shouting', nl: '"{words}" in hoofdletters leest als schreeuwen', de: '"{words}" in Großbuchstaben wirkt wie Schreien', sv: '"{words}" i versaler läses som skrik' },
    suggestion: { en: 'Write it in normal case.', nl: 'Schrijf het in gewone letters.', de: 'Schreib es normal.', sv: 'Skriv det med vanliga bokstäver.' },
  },
  'no-exclamations': {
    message: { en: '{count} exclamation marks; one at most', nl: '{count} uitroeptekens; hooguit één', de: '{count} Ausrufezeichen; höchstens eins', sv: '{count} utropstecken; högst ett' },
    suggestion: { en: 'Keep one where you really mean it (a thank-you).', nl: 'Houd er één waar je het echt meent (een bedankje).', de: 'Behalte eins, wo du es wirklich meinst (ein Dank).', sv: 'Behåll ett där du verkligen menar det (ett tack).' },
  },
  'no-attack': {
    message: { en: '"{words}" attacks the person', nl: '"{words}" valt de persoon aan', de: '"{words}" greift die Person an', sv: '"{words}" angriper personen' },
    suggestion: { en: 'Remove it: answer the point, never the person.', nl: 'Haal het weg: reageer op de zaak, nooit op de persoon.', de: 'Entfern es: Antworte auf die Sache, nie auf die Person.', sv: 'Ta bort det: svara på sakfrågan, aldrig på personen.' },
  },
  'apology-misplaced': {
    message: { en: '"{words}": this situation calls for no apology', nl: '"{words}": in deze situatie hoort geen excuus', de: '"{words}": in dieser Situation keine Entschuldigung', sv: '"{words}": den här situationen kräver ingen ursäkt' },
    suggestion: { en: 'Stay firm: state the house rule or the facts, without apologising.', nl: 'Blijf duidelijk: noem de huisregel of de feiten, zonder excuses.', de: 'Bleib bestimmt: Nenn die Hausregel oder die Fakten, ohne dich zu entschuldigen.', sv: 'Var bestämd: ange husregeln eller fakta, utan att be om ursäkt.' },
  },
  'native-phrasing': {
    message: { en: '"{words}" reads as a translation, not as a native speaker writes', nl: '"{words}" klinkt vertaald, niet zoals een moedertaalspreker schrijft', de: '"{words}" klingt übersetzt, nicht muttersprachlich', sv: '"{words}" låter översatt, inte som en infödd skribent skriver' },
    suggestion: { en: 'Write: {better}', nl: 'Schrijf: {better}', de: 'Schreib: {better}', sv: 'Skriv: {better}' },
  },
  'privacy-public-request': {
    message: { en: 'asks for "{words}" in public', nl: 'vraagt openbaar om "{words}"', de: 'fragt öffentlich nach "{words}"', sv: 'ber offentligt om "{words}"' },
    suggestion: { en: 'Ask them to send it by private message (DM or e-mail), never in the thread.', nl: 'Vraag om het via een privébericht te sturen (DM of e-mail), nooit in de draad.', de: 'Bitte darum, es per privater Nachricht zu schicken (DM oder E-Mail), nie im Thread.', sv: 'Be dem skicka det i ett privat meddelande (DM eller e-post), aldrig i tråden.' },
  },
  'voice-formal': {
    message: { en: '"{words}" is informal; the playbook\'s voice is formal', nl: '"{words}" is informeel; de toon van het playbook is formeel', de: '"{words}" ist informell; das Playbook spricht Leute formell an', sv: '"{words}" är informellt; playbookens ton är formell' },
    suggestion: { en: 'Address the person formally.', nl: 'Spreek de persoon aan met "u".', de: 'Sprich die Person mit "Sie" an.', sv: 'Tilltala personen formellt.' },
  },
  'voice-informal': {
    message: { en: '"{words}" is formal; the playbook\'s voice is informal', nl: '"{words}" is formeel; de toon van het playbook is informeel', de: '"{words}" ist förmlich; das Playbook spricht Leute informell an', sv: '"{words}" är formellt; playbookens ton är informell' },
    suggestion: { en: 'Address the person informally.', nl: 'Spreek de persoon aan met "je".', de: 'Sprich die Person mit "du" an.', sv: 'Tilltala personen informellt.' },
  },
} satisfies Record<string, { message: Texts; suggestion: Texts }>;

export type ToneRuleId = keyof typeof TONE_MESSAGES;

/** A rule's message and suggestion in one language (English when it has no translation). */
export function toneText(rule: ToneRuleId, locale: string | undefined, vars: Record<string, string | number> = {}): { message: string; suggestion: string } {
  const key = ((locale ?? 'en').split(/[-_]/)[0]) as keyof Texts;
  const fill = (texts: Texts) => (texts[key] ?? texts.en).replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
  return { message: fill(TONE_MESSAGES[rule].message), suggestion: fill(TONE_MESSAGES[rule].suggestion) };
}

/** A rule's message and suggestion in every language, for a lint diagnostic said later. */
export function toneTexts(rule: ToneRuleId, vars: Record<string, string | number>): { message: Texts; suggestion: Texts } {
  const all = LANGUAGES.map((locale) => [locale, toneText(rule, locale, vars)] as const);
  const pick = (field: 'message' | 'suggestion') => Object.fromEntries(all.map(([locale, text]) => [locale, text[field]])) as Texts;
  return { message: pick('message'), suggestion: pick('suggestion') };
}

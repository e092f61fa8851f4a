// The suggestion engine on the built-in starter: word forms, negation, compounds, signals, evidence.
import { describe, expect, it } from 'vitest';
import { STARTER_PLAYBOOK } from '../../src/playbook/builtin.js';
import { loadPlaybook } from '../../src/playbook/load.js';
import { trainModel } from '../../src/suggest/model.js';
import { decodeModel, encodeModel } from '../../src/suggest/model-file.js';
import { signals } from '../../src/suggest/patterns.js';
import { loadStemmers } from '../../src/suggest/stem.js';
import { CONFIDENT, suggest } from '../../src/suggest/suggest.js';
import { tokenize } from '../../src/suggest/tokens.js';

await loadStemmers();
const model = trainModel(loadPlaybook(STARTER_PLAYBOOK).playbook!);
const kindOf = (comment: string) => suggest(model, comment).byQuestion.get('kind');
const confidentKind = (comment: string) => {
  const s = kindOf(comment);
  return s?.confident ? s.value : undefined;
};


/** The text of each signal of one kind that a comment shows. */
const textsOf = (kind: string, text: string) => signals(text).filter((s) => s.kind === kind).map((s) => s.text);
describe('reading a comment', () => {
  it('stems in the comment\'s language and marks what a negation covers', () => {
    expect(tokenize('Slechte service', 'nl').map((t) => t.stem)).toEqual(['slecht', 'servic']);
    expect(tokenize('Das ist falsche Info', 'de').map((t) => t.stem)).toContain('falsch');
    expect(tokenize('dåligt', 'sv')[0].stem).toBe(tokenize('dålig', 'sv')[0].stem);
    expect(tokenize('not bad at all, but late', 'en').map((t) => [t.word, t.negated])).toEqual([['not', false], ['bad', true], ['at', true], ['all', true], ['but', false], ['late', false]]);
  });

  it('finds links, mentions, questions, personal data and threats', () => {
    const kinds = (text: string) => signals(text).map((s) => `${s.kind}:${s.text}`);
    expect(kinds('Check www.getrich.biz @anna')).toEqual(['link:www.getrich.biz', 'mention:@anna']);
    expect(kinds('Do you ship to Norway')).toEqual(['question:do']);
    expect(kinds('order 48213377 still not here, call me on 06 12345678')).toEqual(expect.arrayContaining(['personal-data:order 48213377', 'personal-data:06 12345678']));
    expect(kinds('my IBAN is NL91 ABNA 0417 1643 00, mail jan@mail.nl')).toEqual(expect.arrayContaining(['personal-data:nl91 abna 0417 1643 00', 'personal-data:jan@mail.nl']));
    expect(kinds("I know where your social media girl lives. She'd better watch out.")).toEqual(expect.arrayContaining(["threat:i know where your social media girl lives"]));
    expect(kinds('Ich weiß, wo du wohnst.').some((k) => k.startsWith('threat:'))).toBe(true);
    expect(kinds('vi vet var ni bor').some((k) => k.startsWith('threat:'))).toBe(true);
    expect(kinds('ik weet waar jullie wonen').some((k) => k.startsWith('threat:'))).toBe(true);
    expect(kinds('Where do you live? I want to visit your shop').some((k) => k.startsWith('threat:'))).toBe(false);
  });

  it('reads threats in their many forms, and the words they share with harmless comments as harmless', () => {
    const threat = (text: string) => signals(text).some((s) => s.kind === 'threat');
    for (const text of [
      'schreib das nochmal und dann finde ich dich',
      '@mark ik weet je heus wel te vinden hoor',
      'fortsätt så hittar jag dig till slut',
      'one more word out of you and you are getting a beating',
      'die filiale gehört angezündet',
      'jullie directeur woont in een mooi huis, Lindelaan 12 in Zeist',
      'nog één reactie en je krijgt klappen',
    ]) expect(threat(text), text).toBe(true);
    for (const text of [
      'ich find sie einfach großartig, danke!',
      'beim ersten Anzünden ging der Grill kaputt',
      'jag bor på Ängsvägen 19 i Tierp, paketet kom aldrig',
      'my old home address is still on the order',
      'wir wohnen Lindenstraße 4, das Haus hat keinen Briefkasten mehr',
    ]) expect(threat(text), text).toBe(false);
  });
});

describe('suggestions on the starter', () => {
  it('word forms meet their hints: "Slechte", "dåligt", "falsche", "Heard", "Do your"', () => {
    expect(confidentKind('Slechte service, nooit meer bij jullie')).toBe('complaint');
    expect(confidentKind('Heard you are closing all shops next month?')).toBe('misinformation');
    expect(confidentKind('Do your shops open on Sunday')).toBe('question');
    expect(kindOf('Slechte service, nooit meer bij jullie')!.because).toContain('slechte');
  });

  it('a threat is abuse with the threat flag, whatever else it resembles', () => {
    const s = suggest(model, "I know where your social media girl lives. She'd better watch out.").byQuestion;
    expect(s.get('kind')?.value).toBe('abuse');
    expect(s.get('threat')).toMatchObject({ value: true });
    expect(s.get('threat')!.confident).toBe(true);
    expect(s.get('threat')!.because[0]).toMatch(/know where your social media girl live/);
  });

  it('a threat at another follower keeps it hate, with the threat flag', () => {
    const s = suggest(model, '@tom_b noch ein Kommentar von dir und ich hol dich nach der Arbeit ab, Freundchen').byQuestion;
    expect(s.get('kind')).toMatchObject({ value: 'hate', confident: true });
    expect(s.get('threat')).toMatchObject({ value: true, confident: true });
  });

  it('an insult at another follower is hate, not abuse of the brand', () => {
    expect(confidentKind('@maria Leute wie du sollten hier gar nicht kommentieren, geh zurück nach Hause')).toBe('hate');
  });

  it('no evidence, no suggestion; and no suggestion ever without a reason', () => {
    expect(kindOf('Clover meadow')).toBeUndefined(); // shares pieces with "love", and that is no reason
    expect(kindOf('hmm')).toBeUndefined();
    expect(kindOf('Zanzibar in the')).toBeUndefined(); // "in", "in the" are in every kind of comment
    expect(kindOf('It is in the')).toBeUndefined();
    expect(suggest(model, '').byQuestion.size).toBe(0);
    for (const comment of ['Still waiting for my refund', 'Thanks so much!', 'www.win-now.biz free crypto']) {
      for (const s of suggest(model, comment).byQuestion.values()) expect(s.because.length).toBeGreaterThan(0);
    }
  });

  it('a negation flips the hint it covers: "not bad" is no complaint', () => {
    expect(confidentKind('not bad at all, thanks for the quick help')).not.toBe('complaint');
  });

  it('a happy repeat customer is no confident complaint; "never ordering again" still is one', () => {
    // Written for this test, not among the starter's examples (a team's black-box test found the first read as a 98% complaint).
    for (const comment of ['Fantastic coffee, ordering again!', 'Ordering again for the 4th time, still the best beans around', 'Fantastiskt kaffe, beställer igen!', 'Super Kaffee, bestelle wieder!']) {
      expect([comment, confidentKind(comment)]).not.toEqual([comment, 'complaint']);
    }
    expect(confidentKind('never ordering again, third late delivery this month')).toBe('complaint');
  });

  it('a negating prefix is a negation: "unfriendly" is "not friendly", and its letters no praise', () => {
    const read = (word: string, locale: string) => tokenize(word, locale).map((t) => [t.stem, t.unprefixed]);
    expect(read('onvriendelijk', 'nl')).toEqual([[tokenize('onvriendelijk', 'nl')[0].stem, tokenize('vriendelijk', 'nl')[0].stem]]);
    expect(read('unfreundlich', 'de')[0][1]).toBe(tokenize('freundlich', 'de')[0].stem);
    expect(read('otrevlig', 'sv')[0][1]).toBe(tokenize('trevlig', 'sv')[0].stem);
    expect(read('unhelpful', 'en')[0][1]).toBe(tokenize('helpful', 'en')[0].stem);
    // Words that only begin like one are themselves.
    for (const [word, locale] of [['onderweg', 'nl'], ['onze', 'nl'], ['ontvangen', 'nl'], ['ongeveer', 'nl'], ['ontbrak', 'nl'], ['unterwegs', 'de'], ['unser', 'de'], ['ungefähr', 'de'],
      ['under', 'en'], ['until', 'en'], ['uncle', 'en'], ['united', 'en'], ['och', 'sv'], ['ordentligt', 'sv'], ['område', 'sv'], ['onsdag', 'sv'], ['ovanför', 'sv'], ['outlet', 'sv']]) {
      expect(read(word, locale)[0][1], word).toBeUndefined();
    }
    // Were read as praise, confidently (96%, 94%), "unfreundlich" the first reason: the staff were unfriendly.
    for (const comment of ['Das Personal war unfreundlich.', 'Het personeel was onvriendelijk.', 'Personalen var otrevlig.']) {
      expect(confidentKind(comment), comment).not.toBe('praise');
    }
    // Whatever it is suggested as, "unfreundlich" is no reason for praise (it was the first).
    const suggested = kindOf('Das Personal war heute echt unfreundlich.');
    expect(suggested?.value === 'praise' ? suggested.because : []).not.toContain('unfreundlich');
    expect(kindOf('Das Personal war heute echt freundlich.')).toMatchObject({ value: 'praise', because: expect.arrayContaining(['freundlich']) });
    expect(confidentKind('Das Personal war heute echt freundlich, danke!')).toBe('praise');
  });

  it('links mean spam; a question mark means a question', () => {
    expect(confidentKind('Earn 500 a day from home, check my profile www.getrich.biz')).toBe('spam');
    expect(kindOf('Is the store in Leeds open tomorrow?')?.value).toBe('question');
  });
});

describe('threats that name no weapon', () => {
  it.each([
    ['I know which car is yours. Be a shame if something happened to it', 'i know which car'],
    ['see you in the car park tonight, driver', 'see you in the car park'],
    ['hier het privénummer van jullie webcare medewerker, bel hem allemaal op', 'privénummer'],
    ['Eure Schaufenster sehen ganz schön zerbrechlich aus', 'zerbrechlich'],
    ['vi ses på parkeringen efter stängning', 'vi ses på parkeringen'],
  ])('%s', (comment, because) => {
    const s = suggest(model, comment).byQuestion;
    expect(s.get('threat')).toMatchObject({ value: true, confident: true });
    expect(s.get('threat')!.because.join(' ')).toContain(because);
    expect(s.get('kind')?.value).toBe('abuse');
  });
});

describe('the learned model as the cache keeps it', () => {
  it('is learned the same every time, and reads back from its bytes with the same suggestions', () => {
    const starter = loadPlaybook(STARTER_PLAYBOOK).playbook!;
    const some = starter.data.examples!.slice(0, 400);
    expect(encodeModel(trainModel(starter, some))).toEqual(encodeModel(trainModel(starter, some)));
    // Stored, the weights are bytes: what is stored reads back exactly (the run that learned a model
    // uses it as stored, so it and every later run agree), and the bytes change no answer.
    const stored = decodeModel(encodeModel(model))!;
    expect(encodeModel(decodeModel(encodeModel(stored))!)).toEqual(encodeModel(stored));
    const answers = (m: typeof model, comment: string) => [...suggest(m, comment).byQuestion].map(([id, s]) => [id, s.value, s.confident]);
    for (const comment of ['Slechte service, nooit meer bij jullie', 'Do your shops open on Sunday', 'danke für die schnelle Hilfe 👍']) {
      expect(answers(stored, comment)).toEqual(answers(model, comment));
      expect(suggest(decodeModel(encodeModel(stored))!, comment)).toEqual(suggest(stored, comment));
    }
  });

  it('bytes cut short or of another format are no model (the cache then learns afresh)', () => {
    const bytes = encodeModel(model);
    expect(decodeModel(bytes.subarray(0, bytes.length - 4))).toBeUndefined();
    expect(decodeModel(new TextEncoder().encode('{"version": 4}'))).toBeUndefined();
    expect(decodeModel(new Uint8Array())).toBeUndefined();
  });
});

describe('what the engine must not do', () => {
  it('a pasted blob or a very long word is read in bounded time (its first 5000 characters)', () => {
    expect(suggest(model, 'ha'.repeat(100_000)).byQuestion.get('kind')).toBeUndefined();
    expect(signals('a-'.repeat(100_000))).toEqual([]);
  });

  it('a yes/no flag is never suggested from function words: "so" is not staff praise', () => {
    expect(suggest(model, 'Thank you so much for the quick help!').byQuestion.get('from_staff')).toBeUndefined();
  });

  it('an innocent comment that shares a word with threats is no threat: it must read as abuse too', () => {
    const s = suggest(model, 'Tomorrow at noon').byQuestion;
    expect(s.get('threat')).toBeUndefined();
    expect(s.get('kind')?.value).not.toBe('abuse');
  });

  it('an earlier attempt to reach us that went unanswered, in four languages, and not a complaint about something else', () => {
    const tried = (text: string) => textsOf('tried-before', text);
    expect(tried('Nobody answers my e-mails and my bike is still broken.')).toEqual(['nobody answers']);
    expect(tried('No reply to my DM since Friday, should I just give up?')).toEqual(['no reply']);
    expect(tried('I tried calling three times this morning.')).toEqual(['tried calling']);
    expect(tried("emailed you twice last week, still haven't heard back")).toEqual(["haven't heard"]);
    expect(tried('Niemand neemt op bij jullie klantenservice.')).toEqual(['niemand neemt op']);
    expect(tried('Auf meine Mails antwortet niemand.')).toEqual(['antwortet niemand']);
    expect(tried('Ingen svarar på mina mejl.')).toEqual(['ingen svarar']);
    expect(tried('Thanks for nothing. Still no refund after six weeks.')).toEqual([]);
    expect(tried('Nobody can explain why my bill doubled.')).toEqual([]);
    expect(tried('My order arrived broken, really disappointed.')).toEqual([]);
  });

  it('finds phone numbers grouped as each country writes them, and numbers after "no" or "is"', () => {
    const personal = (text: string) => textsOf('personal-data', text);
    expect(personal("my number's 07700 900218 if anyone there can be bothered")).toEqual(['07700 900218']);
    expect(personal('ring mig på 073-987 65 43')).toEqual(['073-987 65 43']);
    expect(personal('ruft mich bitte an 0151 23456789')).toEqual(['0151 23456789']);
    expect(personal('bel me op 0486 22 33 41')).toEqual(['0486 22 33 41']);
    expect(personal('charged twice, account no 55012398, still no refund')).toEqual(['account no 55012398']);
    expect(personal('hi my order no. is 30917724, can i still add something?')).toEqual(['order no. is 30917724']);
    expect(personal('mijn klantnummer is 3301877, kan ik')).toEqual(['klantnummer is 3301877']);
    expect(personal('bestellnr 48213377 immer noch nicht da')).toEqual(['bestellnr 48213377']);
    expect(personal('al twee weken wacht ik op mijn taartbestelling 4481223')).toEqual(['taartbestelling 4481223']);
    expect(personal('Rechnungsnummer 20231187 ist falsch')).toEqual(['rechnungsnummer 20231187']);
    // Dates, prices, times and short numbers are not phone numbers.
    for (const text of ['delivered 01-02-2024 at 10:30', 'paid 0.99 twice, then 1 049,50 kr', 'my order is 2 weeks late', 'since 2019 10 20 nothing works', 'version 0.9.12 broke it']) expect(personal(text)).toEqual([]);
  });

  it('an e-mail address at a .com domain is personal data, not a link; numbers in groups after a keyword are found whole, once', () => {
    const found = (text: string) => signals(text).filter((s) => s.kind === 'personal-data' || s.kind === 'link').map((s) => `${s.kind}:${s.text}`);
    expect(found('can u just email me at sarah.j.whitfield88@gmail.com pls')).toEqual(['personal-data:sarah.j.whitfield88@gmail.com']);
    expect(found('go to shop.brand.com/sale now')).toEqual(['link:shop.brand.com/sale']);
    expect(found('contractnr 7720-1193-44, opzegging al 2 maanden geleden')).toEqual(['personal-data:contractnr 7720-1193-44']);
    expect(found('Case ID 03581742 - nobody has got back to me')).toEqual(['personal-data:case id 03581742']);
    expect(found('ordernr 88213-09, ring 070-174 06 33')).toEqual(['personal-data:ordernr 88213-09', 'personal-data:070-174 06 33']);
    expect(found('har abonnemang på nr 073-211 09 90')).toEqual(['personal-data:073-211 09 90']);
  });

  it("the company's own numbers quoted back to it are not the commenter's personal data", () => {
    const personal = (text: string) => textsOf('personal-data', text);
    for (const text of [
      'your helpline 0800 046 1234 just rings out', 'er kundtjänst 0771-123 456 svarar aldrig', 'jullie mailden vanaf noreply@energie-voorbeeld.nl met een betaallink',
      'emailed complaints@brightenergy.example like ur site said', 'auf eurer Rechnung steht USt-IdNr. DE123456789', 'ert org.nr 556123-4567 står på fakturan',
      'eure Filiale in Hamburg, 040 123456 laut Website, nimmt nie ab', 'EAN 4006381333931 auf dem Etikett',
    ]) expect([text, personal(text)]).toEqual([text, []]);
    expect(personal('call me back on 0800 046 1234? no: my mobile is 07700 900412')).toEqual(['07700 900412']);
  });

  it('a number after a word that merely ends like a keyword is not personal data', () => {
    expect(signals('Still no 250000 points credited after my purchase').map((s) => s.kind)).not.toContain('personal-data');
    expect(signals('piano 12345').map((s) => s.kind)).not.toContain('personal-data');
  });
});

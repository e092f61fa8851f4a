// Language detection on real-looking comments, short and long, in the four languages.
import { describe, expect, it } from 'vitest';
import { detectLocale } from '../../src/tone/detect-locale.js';

const COMMENTS: [string, string][] = [
  ['en', 'Still waiting for my refund. Worst service ever.'],
  ['en', 'Thanks for the quick repair!'],
  ['en', 'Why is nobody answering the phone?'],
  ['en', 'Do you deliver to Norway?'],
  ['en', 'I heard your bikes are part of the brake recall, is that true?'],
  ['en', 'You are all idiots.'],
  ['en', 'Love it, the bike rides like new'],
  ['en', 'Ordered three weeks ago and still nothing. Emailed twice, no reply. This is a joke.'],
  ['en', 'Scammers!!! Everybody knows it.'],
  ['en', 'Great service, thank you so much'],
  ['nl', 'Ik wacht nog steeds op mijn terugbetaling. Slechtste service ooit.'],
  ['nl', 'Bedankt voor de snelle reparatie!'],
  ['nl', 'Waarom neemt er niemand de telefoon op?'],
  ['nl', 'Leveren jullie ook in België?'],
  ['nl', 'Ik hoorde dat jullie fietsen onder de terugroepactie vallen, klopt dat?'],
  ['nl', 'Wat een oplichters zijn jullie.'],
  ['nl', 'Super blij met mijn nieuwe fiets!'],
  ['nl', 'Drie weken geleden besteld en nog steeds niks. Twee keer gemaild, geen antwoord. Dit is echt een grap.'],
  ['nl', 'Top service, dank je wel'],
  ['nl', 'Mijn bestelling is nog niet aangekomen'],
  ['de', 'Ich warte immer noch auf meine Rückerstattung. Schlechtester Service überhaupt.'],
  ['de', 'Danke für die schnelle Reparatur!'],
  ['de', 'Warum geht niemand ans Telefon?'],
  ['de', 'Liefert ihr auch nach Österreich?'],
  ['de', 'Ich habe gehört, dass eure Räder vom Rückruf betroffen sind, stimmt das?'],
  ['de', 'Ihr seid alle Betrüger.'],
  ['de', 'Mega zufrieden mit dem neuen Rad!'],
  ['de', 'Vor drei Wochen bestellt und immer noch nichts. Zweimal gemailt, keine Antwort. Das ist ein Witz.'],
  ['de', 'Toller Service, vielen Dank'],
  ['de', 'Meine Bestellung ist noch nicht angekommen'],
  ['sv', 'Jag väntar fortfarande på min återbetalning. Sämsta service någonsin.'],
  ['sv', 'Tack för den snabba reparationen!'],
  ['sv', 'Varför svarar ingen i telefon?'],
  ['sv', 'Levererar ni till Norge?'],
  ['sv', 'Jag hörde att era cyklar omfattas av återkallelsen, stämmer det?'],
  ['sv', 'Ni är bedragare allihop.'],
  ['sv', 'Så nöjd med min nya cykel!'],
  ['sv', 'Beställde för tre veckor sedan och fortfarande ingenting. Mejlat två gånger, inget svar. Det här är ett skämt.'],
  ['sv', 'Grym service, tusen tack'],
  ['sv', 'Min beställning har inte kommit än'],
  // "das" against Dutch "echt" was a tie, which Dutch won by coming first.
  ['de', 'Das Personal war heute echt unfreundlich.'],
  ['de', 'Er hat mir nur gesagt, ich soll mal warten.'],
  // German words that are English words too ("hat", "war") do not count for German.
  ['en', 'Cute hat! Is the pattern for sale?'],
  ['en', 'Nice hat pattern, what size is it'],
];

describe('detectLocale', () => {
  it('the table has at least 40 comments in four languages', () => {
    expect(COMMENTS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(COMMENTS)('%s: %s', (locale, comment) => {
    expect(detectLocale(comment, ['en', 'nl', 'de', 'sv'])).toBe(locale);
  });

  it('only picks among the given locales, and falls back to the default', () => {
    expect(detectLocale('Bedankt voor de snelle reparatie!', ['en', 'de'], 'en')).toBe('en');
    expect(detectLocale('👍', ['en', 'nl'], 'nl')).toBe('nl');
  });
});

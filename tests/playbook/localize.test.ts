// localize() copies the parsed playbook before choosing each text's locale: the copy must be a faithful
// deep copy of what YAML gives (aliases shared, even one that refers to its own ancestor; a "__proto__"
// key kept as a key) and leave the parsed data as it was, since the parse cache keeps it.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { localize } from '../../src/playbook/localize.js';

describe('localize', () => {
  it('picks each text in the locale, falls back to the default one, and leaves the parsed data untouched', () => {
    const raw = parse(`
locale: en
name: { en: Care guide, nl: Zorggids }
situations:
  - id: late
    title: { en: Late order, de: Verspätete Bestellung }
    steps:
      - { action: reply-publicly, text: { en: Answer in the thread., nl: Antwoord in de draad. } }
`) as Record<string, unknown>;
    const before = structuredClone(raw);
    const nl = localize(raw, 'nl') as unknown as Record<string, any>;
    expect(nl.locale).toBe('nl');
    expect(nl.name).toBe('Zorggids');
    expect(nl.situations[0].title).toBe('Late order');
    expect(nl.situations[0].steps[0]).toEqual({ action: 'reply-publicly', text: 'Antwoord in de draad.' });
    expect(raw).toEqual(before);
    expect(nl.situations).not.toBe(raw.situations);
  });

  it('keeps values reached twice shared, as YAML aliases made them, even a cycle', () => {
    const raw = parse(`
locale: en
brand: &brand { name: Acme, again: *brand }
contacts:
  care: &care { name: { en: Care team, nl: Klantenservice } }
  backup: *care
`) as Record<string, any>;
    expect(raw.brand.again).toBe(raw.brand);
    const copy = localize(raw, 'nl') as unknown as Record<string, any>;
    expect(copy.brand).not.toBe(raw.brand);
    expect(copy.brand.again).toBe(copy.brand);
    expect(copy.contacts.backup).toBe(copy.contacts.care);
    expect(copy.contacts.care.name).toBe('Klantenservice');
    expect(raw.contacts.care.name).toEqual({ en: 'Care team', nl: 'Klantenservice' });
  });

  it('copies a "__proto__" key as a key, not as the prototype', () => {
    const raw = JSON.parse('{ "locale": "en", "brand": { "__proto__": { "polluted": true }, "name": "Acme" } }') as Record<string, any>;
    const copy = localize(raw, 'en') as unknown as Record<string, any>;
    expect(Object.getPrototypeOf(copy.brand)).toBe(Object.prototype);
    expect(Object.keys(copy.brand)).toEqual(['__proto__', 'name']);
    expect(copy.brand.polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(copy.brand, '__proto__')?.value).toEqual({ polluted: true });
  });
});

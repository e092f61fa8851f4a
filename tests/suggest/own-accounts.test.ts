// src/suggest/own-accounts.ts: the brand's own accounts are taken out of a comment before it is read.
import { describe, expect, it } from 'vitest';
import { withoutOwnAccounts, withoutOwnNames } from '../../src/suggest/own-accounts.js';
import type { LoadedPlaybook } from '../../src/playbook/load.js';

/** A playbook as loaded, with this brand as written (translatable values may be { locale: text }). */
const playbook = (brand: Record<string, unknown>) => ({ raw: { brand: { name: 'Brightline', ...brand } } }) as unknown as LoadedPlaybook;
const DEMO = playbook({
  handles: { instagram: '@brightline', facebook: 'Brightline', x: '@brightline_care', page: 'https://facebook.com/brightline' },
  support: { email: 'care@brightline.example', url: 'https://www.brightline.example/help', phone: '+31 20 123 4567', dm: 'a direct message to @brightline_care' },
});
const out = (comment: string, from = DEMO) => withoutOwnAccounts(comment, from);

describe('withoutOwnAccounts', () => {
  it('takes out a mention of any of the handles, in any case, given with or without the @', () => {
    expect(out('@brightline love the new colours!')).toBe('  love the new colours!');
    expect(out('Hey @BrightLine_Care, where is my order? cc @brightline')).toBe('Hey  , where is my order? cc  ');
    expect(out('@acme thanks', playbook({ handles: { x: 'acme' } }))).toBe('  thanks');
  });

  it('takes out the support address and phone number as written, and links to the support site and its subdomains', () => {
    expect(out('I emailed Care@Brightline.example twice')).toBe('I emailed   twice');
    expect(out('called +31 20 123 4567 all day')).toBe('called   all day');
    expect(out('https://brightline.example/help gives a 404, so does www.brightline.example/faq?x=1 and shop.brightline.example.')).toBe('  gives a 404, so does   and  .');
  });

  it('finds them next to emoji, curly quotes, no-break spaces and dashes', () => {
    for (const [comment, rest] of [
      ['@brightline😍 love it', ' 😍 love it'], ['😍@brightline', '😍 '], ['@brightline’s new bikes', ' ’s new bikes'],
      ['@brightline\u00a0love it', ' \u00a0love it'], ['«@brightline»', '« »'], ['@brightline… hello', ' … hello'],
      ['@brightline—love it', ' —love it'], ['care@brightline.example😡 nobody answers', ' 😡 nobody answers'],
    ]) expect(out(comment), comment).toBe(rest);
  });

  it('leaves other mentions, longer handles, other addresses, other sites and look-alikes alone', () => {
    const text = '@jonas_b look, @brightlinefan, jan@gmail.com, mycare@brightline.example.org, care@brightline.example.org, https://brightline.example.org/x, https://notbrightline.example/ and +31 20 123 45678, @brightlineé';
    expect(out(text)).toBe(text);
  });

  it('leaves a link that hides another behind the support site', () => {
    for (const text of ['Free bike! https://brightline.example@bit.ly/free-bike', 'claim at https://brightline.example/?r=https://bit.ly/free-bike', 'see brightline.example/x@evil.example']) {
      expect(out(text)).toBe(text);
    }
  });

  it('on a host that does not bear the brand\'s name, takes only the pages under the support address', () => {
    const shared = playbook({ handles: { x: '@acme' }, support: { url: 'https://www.facebook.com/acmebikes', whatsapp: 'https://wa.me/31201234567' } });
    expect(withoutOwnAccounts('see facebook.com/acmebikes/posts/1 and https://wa.me/31201234567', shared)).toBe('see   and  ');
    const others = 'WIN an iPhone!!! https://facebook.com/free-iphone-giveaway, m.facebook.com/acmebikesfan, https://wa.me/31699999999';
    expect(withoutOwnAccounts(others, shared)).toBe(others);
  });

  it('reads mailto: and tel: addresses, and every locale of a translated one', () => {
    const written = playbook({ support: { email: { en: 'mailto:care@brightline.example', nl: 'hulp@brightline.example' }, phone: 'tel:+31201234567' } });
    expect(withoutOwnAccounts('mailed care@brightline.example and hulp@brightline.example, called +31201234567', written)).toBe('mailed   and  , called  ');
  });

  it('for the suggestions, takes out the brand\'s name as a word, in any case and every locale it is written in', () => {
    const named = (comment: string, from = DEMO) => withoutOwnNames(comment, from);
    expect(named('Brightline please fix your app')).toBe('  please fix your app');
    expect(named('hey BRIGHTLINE, brightline’s app keeps crashing, @brightline')).toBe('hey  ,  ’s app keeps crashing,  ');
    const fiets = playbook({ name: { en: 'Fiets  Baas', nl: 'Fietsbaas' } });
    expect(named('Fiets Baas or fietsbaas: nobody answers', fiets)).toBe('  or  : nobody answers');
    const text = 'brightlines, notbrightline, #brightline, brightline_fan, brightline-fans, brightline.example.org, jan@brightline.nl, brightline@gmail.com';
    expect(named(text)).toBe(text);
    expect(named(' Brightline ')).toBe(' Brightline ');
  });

  it('leaves the name for what a comment shows: it can be an ordinary word', () => {
    const three = playbook({ name: 'Three' });
    expect(withoutOwnAccounts('I emailed you three times about my refund', three)).toBe('I emailed you three times about my refund');
    expect(out('Brightline please fix your app')).toBe('Brightline please fix your app');
  });

  it('leaves the comment as it is when an account is all it says, or when the playbook names none', () => {
    expect(out(' @brightline ')).toBe(' @brightline ');
    expect(out('@brightline hi', playbook({}))).toBe('@brightline hi');
    expect(out('@brightline hi', playbook({ handles: { x: 'https://x.com/brightline', y: '' } }))).toBe('@brightline hi');
  });
});

describe('the examples a model learns from', () => {
  it('are read without the playbook\'s own accounts, as comments to triage are', async () => {
    const { loadPlaybook } = await import('../../src/playbook/load.js');
    const { BUILTIN_PLAYBOOK } = await import('../../src/playbook/builtin.js');
    const { lessonsOf } = await import('../../src/suggest/model.js');
    const demo = loadPlaybook(BUILTIN_PLAYBOOK).playbook!;
    const example = { id: 'x', comment: '@brightline love the new colours! (mailed care@brightline.example too)', answers: { kind: 'praise' } };
    const { examples } = lessonsOf(demo, [example as never]);
    expect(examples).toEqual([{ comment: '  love the new colours! (mailed   too)', answers: { kind: 'praise' } }]);
  });
});

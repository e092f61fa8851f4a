// src/suggest/own-accounts.ts: the brand's own accounts are taken out of a comment before it is read.
import { describe, expect, it } from 'vitest';
import { withoutOwnAccounts } from '../../src/suggest/own-accounts.js';
import type { Playbook } from '../../src/playbook/types.js';

const brand = (b: Partial<Playbook['brand']>) => ({ brand: { name: 'Brightline', ...b } }) as unknown as Playbook;
const DEMO = brand({
  handles: { instagram: '@brightline', facebook: 'Brightline', x: '@brightline_care', page: 'https://facebook.com/brightline' },
  support: { email: 'care@brightline.example', url: 'https://www.brightline.example/help', phone: '+31 20 123 4567', dm: 'a direct message to @brightline_care' },
});

describe('withoutOwnAccounts', () => {
  it('takes out a mention of any of the handles, in any case, given with or without the @', () => {
    expect(withoutOwnAccounts('@brightline love the new colours!', DEMO)).toBe('  love the new colours!');
    expect(withoutOwnAccounts('Hey @BrightLine_Care, where is my order? cc @brightline', DEMO)).toBe('Hey  , where is my order? cc  ');
    expect(withoutOwnAccounts('@acme thanks', brand({ handles: { x: 'acme' } }))).toBe('  thanks');
  });

  it('takes out the support address and phone number as written, and links to the support site and its subdomains', () => {
    expect(withoutOwnAccounts('I emailed Care@Brightline.example twice', DEMO)).toBe('I emailed   twice');
    expect(withoutOwnAccounts('called +31 20 123 4567 all day', DEMO)).toBe('called   all day');
    expect(withoutOwnAccounts('https://brightline.example/help gives a 404, so does www.brightline.example/faq?x=1 and shop.brightline.example.', DEMO))
      .toBe('  gives a 404, so does   and  .');
  });

  it('leaves other mentions, longer handles, other addresses, other sites and look-alikes alone', () => {
    const text = '@jonas_b look, @brightlinefan, jan@gmail.com, mycare@brightline.example.org, care@brightline.example.org, https://brightline.example.org/x, https://notbrightline.example/ and https://facebook.com/brightline, +31 20 123 45678';
    expect(withoutOwnAccounts(text, DEMO)).toBe(text);
  });

  it('leaves the comment as it is when an account is all it says, or when the playbook names none', () => {
    expect(withoutOwnAccounts(' @brightline ', DEMO)).toBe(' @brightline ');
    expect(withoutOwnAccounts('@brightline hi', brand({}))).toBe('@brightline hi');
    expect(withoutOwnAccounts('@brightline hi', brand({ handles: { x: 'https://x.com/brightline', y: '' } }))).toBe('@brightline hi');
  });
});

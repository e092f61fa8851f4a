// translation-placeholders compares a template's placeholders across locales: a translation that adds
// one is shown where it uses it; a template with a typo in a variable is left to
// template-unknown-variable (with a did-you-mean), and the translations that are right are not blamed.
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { folder } from '../helpers/files.js';

const PLAYBOOK = `format: 1
id: two
name: { en: Two, nl: Twee }
locale: en
locales: [en, nl]
brand:
  name: Acme
  support:
    email: help@acme.example
policies:
  responseTimes: { normal: 2h }
questions:
  - id: kind
    prompt: { en: What is it?, nl: Wat is het? }
    type: select
    choices:
      - { value: praise, label: { en: Praise, nl: Lof } }
      - { value: other, label: { en: Other, nl: Anders } }
  - id: name
    prompt: { en: Their name, nl: Hun naam }
    type: input
    required: true
situations:
  - id: praise
    title: { en: Praise, nl: Lof }
    when: { kind: praise }
    template: thanks
    respondWithin: normal
    steps:
      - action: thank
  - id: other
    title: { en: Other, nl: Anders }
    when: { kind: other }
    noReply: { en: Nothing to answer., nl: Niets te beantwoorden. }
    steps:
      - action: do-not-reply
`;
const EN = 'Hi {{answers.name}}, thank you so much for the kind words!\n– {{agent}}\n---\nHi {{answers.name}}, thanks a lot, that made our day!\n– {{agent}}\n';
const NL = 'Hoi {{answers.name}}, heel erg bedankt voor je lieve woorden!\n– {{agent}}\n---\nHoi {{answers.name}}, dankjewel, daar worden we blij van!\n– {{agent}}\n';

async function findings(files: Record<string, string>): Promise<string[]> {
  const r = await runInProcess(['lint', '.', '-f', 'json'], { cwd: folder({ 'playbook.yaml': PLAYBOOK, ...files }) });
  return JSON.parse(r.stdout)[0].diagnostics
    .filter((d: { rule: string }) => d.rule.startsWith('template-unknown') || d.rule.startsWith('translation'))
    .map((d: { rule: string; file: string; line: number; column: number; message: string }) => `${d.file}:${d.line}:${d.column} ${d.rule}: ${d.message}`);
}

describe('translation-placeholders', () => {
  it('the same placeholders in every locale: nothing to say', async () => {
    expect(await findings({ 'templates/en/thanks.hbs': EN, 'templates/nl/thanks.hbs': NL })).toEqual([]);
  });

  it('a translation that adds one is shown where it uses it', async () => {
    const nl = NL.replace('daar worden we blij van!', 'mail ons op {{brand.support.email}}.');
    expect(await findings({ 'templates/en/thanks.hbs': EN, 'templates/nl/thanks.hbs': nl })).toEqual([
      'templates/nl/thanks.hbs:4:48 translation-placeholders: template "thanks" in nl adds {{brand.support.email}} compared with en',
    ]);
  });

  it('a typo in the first locale is said there once per use, with a did-you-mean, and the right translation is not blamed', async () => {
    const en = EN.replace('Hi {{answers.name}}, thanks', 'Hi {{answers.nam}}, thanks');
    expect(await findings({ 'templates/en/thanks.hbs': en, 'templates/nl/thanks.hbs': NL })).toEqual([
      'templates/en/thanks.hbs:4:6 template-unknown-variable: template "thanks" variant 2: unknown variable {{answers.nam}}: there is no question "nam"; did you mean "name"?',
    ]);
  });

  it('a typo in a translation is said there, and nothing else', async () => {
    const nl = NL.replace('Hoi {{answers.name}}, heel', 'Hoi {{brand.support.emial}}, heel');
    expect(await findings({ 'templates/en/thanks.hbs': EN, 'templates/nl/thanks.hbs': nl })).toEqual([
      'templates/nl/thanks.hbs:1:7 template-unknown-variable: template "thanks" variant 1: unknown variable {{brand.support.emial}}: brand.support.emial is not set in the playbook; did you mean "brand.support.email"?',
    ]);
  });
});

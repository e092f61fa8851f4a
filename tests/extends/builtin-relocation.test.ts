// A team cannot edit the built-in playbooks (starter, demo) or their templates: a finding its change
// causes there is reported in the team's own file, at the change (a removed contact, a situation
// placed first, a locale added, a tone setting), naming where in the built-in file it shows; one no
// rule can blame goes to the team file's `extends`. The built-in playbooks linted on their own stay
// as they are.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PLAYBOOK, STARTER_PLAYBOOK } from '../../src/playbook/builtin.js';
import { runInProcess } from '../helpers/cli.js';
import { folder, type Finding } from '../helpers/files.js';

/**
 * The findings of `lint playbook.yaml` in the folder for the rules under test (other rules, such as
 * ones about the built-in examples, may have findings of their own on a team's playbook).
 */
async function lint(dir: string, options: { rules: string[]; env?: Record<string, string>; locale?: string }): Promise<Finding[]> {
  const result = await runInProcess(['lint', 'playbook.yaml', '--format', 'json', ...(options.locale ? ['--locale', options.locale] : [])], { cwd: dir, env: options.env });
  expect(result.stderr).toBe('');
  const findings = (JSON.parse(result.stdout) as { diagnostics: Finding[] }[]).flatMap((r) => r.diagnostics);
  return findings.filter((f) => options.rules.includes(f.rule) || (options.rules.includes('tone') && f.rule.startsWith('tone-')));
}

/** 1-based line and column of the first `needle` in `text` (after `after`, when given). */
function position(text: string, needle: string, after = ''): { line: number; column: number } {
  const start = after ? text.indexOf(after) : 0;
  expect(start).toBeGreaterThanOrEqual(0);
  const offset = text.indexOf(needle, start);
  expect(offset).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** A team's playbook on the built-in demo (every fact filled in), in English only: only the finding under test shows. */
const team = (rest = '', locales = '[en]') => `format: 1\nextends: demo\nid: acme\nlocales: ${locales}\n${rest}`;

const STARTER = readFileSync(STARTER_PLAYBOOK, 'utf8');
const DEMO = readFileSync(BUILTIN_PLAYBOOK, 'utf8');

/** Index of the item with this id in a list as the built-in file writes it ("- id: spam" lines, in order). */
function indexIn(text: string, list: string, id: string): number {
  const section = text.slice(text.indexOf(`\n${list}:\n`) + 1);
  const end = section.search(/\n[a-z]\w*:/);
  const ids = [...section.slice(0, end === -1 ? undefined : end).matchAll(/^ {2}- id: ([\w-]+)$/gm)].map((m) => m[1]);
  expect(ids).toContain(id);
  return ids.indexOf(id);
}
const situation = (id: string) => indexIn(STARTER, 'situations', id);
const question = (id: string) => indexIn(STARTER, 'questions', id);

const error = (rule: string, at: { line: number; column: number }, message: string, severity = 'error'): Finding => ({ rule, severity, file: 'playbook.yaml', ...at, message });

describe('a finding the team causes in a built-in playbook is reported at its change', () => {
  it('situation-shadowed: at the situation the team added that now matches first', async () => {
    const text = team(`situations:
  - id: vip
    before: complaint-private
    title: VIP
    when: { kind: complaint }
    noReply: Call them.
    steps: [{ action: route, to: management }]
`);
    const vip = position(text, 'vip');
    expect(await lint(folder({ 'playbook.yaml': text }), { rules: ['situation-shadowed'] })).toEqual([
      error('situation-shadowed', vip, `in the built-in starter playbook at situations[${situation('complaint-private')}].id: situation "complaint-private" can never match: "vip" matches first every time; situation "vip" was added here`),
      error('situation-shadowed', vip, `in the built-in starter playbook at situations[${situation('complaint')}].id: situation "complaint" can never match: "vip" matches first every time; situation "vip" was added here`),
    ]);
  });

  it('ref-contact: at the contact the team removed, once per built-in route or step that names it', async () => {
    const text = team('contacts:\n  legal: { remove: true }\n');
    const remove = position(text, 'remove');
    const threat = situation('threat');
    const said = (where: string) => error('ref-contact', remove, `in the built-in starter playbook at ${where}: contact "legal" does not exist; removed here`);
    expect(await lint(folder({ 'playbook.yaml': text }), { rules: ['ref-contact'] })).toEqual([
      said('policies.hours.onCall'), // the starter's on-call contact outside hours
      said(`situations[${threat}].route`),
      said(`situations[${threat}].steps[4].to`),
      said(`situations[${situation('abuse')}].steps[5].to`),
    ]);
    // In the team's language too; the rule id and position stay.
    const nl = await lint(folder({ 'playbook.yaml': text }), { rules: ['ref-contact'], locale: 'nl' });
    expect(nl[1]).toEqual(error('ref-contact', remove, `in het ingebouwde playbook starter bij situations[${threat}].route: contact "legal" bestaat niet; hier weggehaald`));
  });

  it("ref-question and template-unknown-variable: at the question the team removed, in the built-in playbooks' items and templates", async () => {
    const text = team('questions:\n  - id: fact\n    remove: true\n');
    const remove = position(text, 'remove');
    const unknown = (line: number, column: number, n: number) => error('template-unknown-variable', remove,
      `in the built-in template templates/en/misinformation.hbs:${line}:${column}: template "misinformation" variant ${n}: unknown variable {{answers.fact}}: there is no question "fact"; question "fact" was removed here`);
    const findings = await lint(folder({ 'playbook.yaml': text }), { rules: ['ref-question', 'template-unknown-variable'] });
    expect(findings.filter((f) => f.rule === 'template-unknown-variable')).toEqual([unknown(1, 77, 1), unknown(4, 69, 2)]);
    // Every inherited example that answers it (the built-in examples grow; these two are the demo's own).
    const refs = findings.filter((f) => f.rule === 'ref-question');
    expect(refs.length + 2).toBe(findings.length);
    for (const f of refs) expect(f).toEqual(error('ref-question', remove, expect.stringMatching(/^in the built-in (starter|demo) playbook at examples\[\d+\]\.answers\.fact: question "fact" does not exist; removed here$/)));
    for (const id of ['recall-rumour', 'facts-page-by-default']) {
      expect(refs).toContainEqual(error('ref-question', remove, `in the built-in demo playbook at examples[${indexIn(DEMO, 'examples', id)}].answers.fact: question "fact" does not exist; removed here`));
    }
  });

  it('ref-question (asked later): at the `after` that moved a built-in question; what no rule can blame goes to `extends`', async () => {
    const text = team('questions:\n  - id: kind\n    after: name\n');
    const findings = await lint(folder({ 'playbook.yaml': text }), { rules: ['ref-question', 'template-unguarded-variable'] });
    const after = position(text, 'after');
    const moved = findings.filter((f) => f.rule === 'ref-question');
    expect(moved.length).toBe(question('name'));
    for (const [i, f] of moved.entries()) {
      expect(f).toEqual(error('ref-question', after, `in the built-in starter playbook at questions[${i + 1}].when.kind: question "kind" is asked after this one; a question can only depend on earlier answers; question "kind" was moved here`));
    }
    // The answer space changed with it, so some inherited replies may now lack a value: nothing in the
    // team's file says which change, so they are said at its `extends`, naming the built-in template.
    const rest = findings.filter((f) => f.rule !== 'ref-question');
    expect(rest.length).toBeGreaterThan(0);
    const unguarded = position(readFileSync(new URL('../../templates/en/misinformation.hbs', import.meta.url), 'utf8'), '{{answers.fact}}');
    expect(rest[0]).toEqual(error('template-unguarded-variable', { line: 2, column: 1 },
      `template "misinformation" variant 1: {{answers.fact}} may be empty; use {{fallback answers.fact "…"}} or {{#if answers.fact}}…{{/if}} (in the built-in template templates/en/misinformation.hbs:${unguarded.line}:${unguarded.column + 2})`, 'warning'));
    expect(rest.every((f) => f.line === 2 && f.column === 1 && / \(in the built-in template templates\/en\/[a-z-]+\.hbs:\d+:\d+\)$/.test(f.message))).toBe(true);
  });

  it("ref-choice: at the team's rewritten choices, for each built-in `when` and example that uses a choice it dropped", async () => {
    const choices = ['complaint', 'cant_reach', 'question', 'misinformation', 'accusation', 'abuse', 'hate', 'praise', 'other'];
    const text = team(`questions:\n  - id: kind\n    choices:\n${choices.map((c) => `      - { value: ${c}, label: ${c} }\n`).join('')}`);
    const at = position(text, 'choices');
    const said = (where: string) => error('ref-choice', at, `in the built-in starter playbook at ${where}: "spam" is not a choice of question "kind" (choices: ${choices.join(', ')}); questions[0].choices was changed here`);
    const findings = await lint(folder({ 'playbook.yaml': text }), { rules: ['ref-choice'] });
    expect(findings.slice(0, 3)).toEqual([
      said(`questions[${question('name')}].when.kind`),
      said(`situations[${situation('spam')}].when.kind`),
      said(`examples[${indexIn(STARTER, 'examples', 'spam-link')}].answers.kind`),
    ]);
    // ...and every other built-in example of spam.
    for (const f of findings.slice(3)) {
      const where = /^in the built-in starter playbook at (examples\[\d+\]\.answers\.kind):/.exec(f.message)?.[1];
      expect(f).toEqual(said(String(where)));
    }
  });

  it('choice-leads-nowhere: at the removed situation that took the choice (the one that names it before a catch-all)', async () => {
    const text = team('situations:\n  - id: unclear\n    remove: true\n  - id: spam\n    remove: true\n');
    const kind = question('kind');
    // "other" still leads to chatter; its "not chatter" answer led only to the catch-all.
    expect(await lint(folder({ 'playbook.yaml': text }), { rules: ['choice-leads-nowhere'] })).toEqual([
      error('choice-leads-nowhere', position(text, 'remove'), `in the built-in starter playbook at questions[${question('chatter')}].id: choice "no" of question "chatter" matches no situation; situation "unclear" was removed here`),
      error('choice-leads-nowhere', position(text, 'remove', 'spam'), `in the built-in starter playbook at questions[${kind}].choices[8].value: choice "spam" of question "kind" matches no situation; situation "spam" was removed here`),
    ]);
  });

  it("unused-variable: at the team's template that no longer uses a built-in input", async () => {
    const template = '{{greeting answers.name}}, good question. We will reply here soon.\n---\n{{greeting answers.name}}, thanks, we are checking with the team.\n';
    const dir = folder({ 'playbook.yaml': team(), 'templates/en/holding-reply.hbs': template });
    expect(await lint(dir, { rules: ['unused-variable'] })).toEqual([{
      rule: 'unused-variable', severity: 'warning', file: 'templates/en/holding-reply.hbs', line: 1, column: 1,
      message: `in the built-in starter playbook at questions[${question('topic')}].id: input "topic" is asked but no template uses {{answers.topic}} and no \`when\` checks it; template "holding-reply" in en was changed here`,
    }]);
  });

  it('template-unguarded-variable: at the `required` the team turned off for an answer a built-in template uses', async () => {
    const text = team('questions:\n  - id: answer\n    required: false\n');
    const required = position(text, 'required');
    const template = readFileSync(new URL('../../templates/en/question-answer.hbs', import.meta.url), 'utf8');
    const use = (after: string) => { const p = position(template, '{{answers.answer}}', after); return `${p.line}:${p.column + 2}`; };
    const said = (n: number, where: string) => error('template-unguarded-variable', required,
      `in the built-in template templates/en/question-answer.hbs:${where}: template "question-answer" variant ${n}: {{answers.answer}} may be empty; use {{fallback answers.answer "…"}} or {{#if answers.answer}}…{{/if}}; questions[0].required was changed here`, 'warning');
    expect(await lint(folder({ 'playbook.yaml': text }), { rules: ['template-unguarded-variable'] })).toEqual([said(1, use('')), said(2, use('---'))]);
  });

  it("translation-placeholders: at the team's template in the first locale, for each built-in translation it no longer matches", async () => {
    const template = '{{greeting answers.name}}, thank you! Write to {{brand.support.email}} any time.\n– {{agent}}\n---\n{{greeting answers.name}}, many thanks; {{brand.support.email}} reaches us.\n– {{agent}}\n';
    const dir = folder({ 'playbook.yaml': team('', '[en, nl]'), 'templates/en/praise.hbs': template });
    expect(await lint(dir, { rules: ['translation-placeholders'] })).toEqual([{
      rule: 'translation-placeholders', severity: 'error', file: 'templates/en/praise.hbs', line: 1, column: 1,
      message: 'in the built-in template templates/nl/praise.hbs:1:65: template "praise" in nl lacks {{brand.support.email}} and adds {{answers.praised}} compared with en; template "praise" in en was changed here',
    }]);
  });

  it('translation-missing and ref-template: at the locale the team added, once per built-in text and template', async () => {
    const text = team('', '[en, fr]');
    const fr = position(text, 'fr');
    const findings = await lint(folder({ 'playbook.yaml': text }), { rules: ['translation-missing', 'ref-template'] });
    expect(findings.length).toBeGreaterThan(50);
    for (const f of findings) {
      expect([f.file, f.line, f.column, f.rule]).toEqual(['playbook.yaml', fr.line, fr.column, expect.stringMatching(/^(translation-missing|ref-template)$/)]);
      expect(f.message).toMatch(/^in the built-in (starter|demo) playbook at \S+: .*; locale fr was added here$/);
    }
    expect(findings).toContainEqual(error('translation-missing', fr, 'in the built-in starter playbook at description: no fr translation; locale fr was added here'));
    expect(findings).toContainEqual(error('translation-missing', fr, 'in the built-in demo playbook at brand.support.dm: no fr translation; locale fr was added here'));
    expect(findings).toContainEqual(error('ref-template', fr, `in the built-in starter playbook at situations[${situation('praise')}].template: no template "praise" for locale fr: expected templates/fr/praise.hbs or templates.praise.fr in the playbook; locale fr was added here`));
  });

  it('a contact\'s handles may be one list for every locale, or one per locale (no translation asked)', async () => {
    const contacts = 'contacts:\n  shop:\n    name: { en: Shop, nl: Winkel }\n    handles: [returns, orders]\n  stock:\n    name: { en: Stock, nl: Voorraad }\n    handles: { en: [yarn in stock], nl: [garen op voorraad] }\n';
    const findings = await lint(folder({ 'playbook.yaml': team(contacts, '[en, nl]') }), { rules: ['translation-missing'] });
    expect(findings.filter((f) => f.message.includes('handles'))).toEqual([]);
  });

  it("tone: at the team's voice setting, for each built-in reply that says \"je\"", async () => {
    const text = team('tone:\n  voice: formal\n', '[en, nl]');
    const voice = position(text, 'voice');
    const findings = await lint(folder({ 'playbook.yaml': text }), { rules: ['tone'] });
    expect(findings.length).toBeGreaterThan(5);
    for (const f of findings) {
      expect([f.rule, f.file, f.line, f.column]).toEqual(['tone-voice-formal', 'playbook.yaml', voice.line, voice.column]);
      expect(f.message).toMatch(/^in the built-in template templates\/nl\/[a-z-]+\.hbs:\d+:\d+: template "[a-z-]+" variant \d \(situation "[a-z-]+"\): "[Jj]e" is informal; the playbook's voice is formal \("[Jj]e"\); tone\.voice was changed here\. Address the person formally\.$/);
    }
  });

  it("tone: at the team's fact that shows in the flagged words", async () => {
    const text = team('brand:\n  support:\n    email: CARE@ACME.TEST\n');
    const email = position(text, 'email');
    const findings = await lint(folder({ 'playbook.yaml': text }), { rules: ['tone'] });
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect([f.rule, f.file, f.line, f.column]).toEqual(['tone-no-caps', 'playbook.yaml', email.line, email.column]);
      expect(f.message).toMatch(/^in the built-in template templates\/en\/[a-z-]+\.hbs:\d+:\d+: .*"CARE" in capitals reads as shouting \("CARE"\); brand\.support\.email was changed here\. Write it in normal case\.$/);
    }
  });
});

describe('what no rule can blame on a change goes to `extends`, naming the place in the built-in file', () => {
  it('a schema error in an inherited item (the team made a select question an input)', async () => {
    const text = team('questions:\n  - id: kind\n    type: input\n');
    const choices = position(STARTER, 'choices:', '- id: kind');
    expect(await lint(folder({ 'playbook.yaml': text }), { rules: ['schema-value'] })).toEqual([
      error('schema-value', position(text, 'extends'), `questions[${question('kind')}]: "choices" are only for select questions (in the built-in starter playbook, playbooks/starter.yaml:${choices.line}:${choices.column})`),
    ]);
  });

  it("an inherited review date that is due (the team's file does not set one)", async () => {
    const date = position(DEMO, 'lastReviewed', 'review:');
    const findings = await lint(folder({ 'playbook.yaml': team() }), { rules: ['playbook-stale'], env: { REPLYGUIDE_NOW: '2027-07-01T12:00:00Z' } });
    expect(findings).toEqual([error('playbook-stale', position(team(), 'extends'),
      `last reviewed 2026-11-21; the 26w review was due 40 days ago (in the built-in demo playbook, playbooks/demo.yaml:${date.line}:${date.column + 'lastReviewed: '.length})`, 'warning')]);
  });
});

describe('the built-in playbooks on their own', () => {
  it('lint clean, with nothing moved', async () => {
    const result = await runInProcess(['lint', 'playbooks/']);
    expect([result.code, result.stdout]).toEqual([0, '✔ 2 playbooks checked, no problems\n']);
  });
});

describe("a team's own situation naming a template it does not have", () => {
  it('is pointed at the inherited templates: the close name, or those the word is part of', async () => {
    const text = team('situations:\n  - id: allergy\n    before: complaint\n    title: Allergy\n    when: { kind: complaint }\n    template: complaint\n  - id: late\n    before: complaint\n    title: Late\n    when: { kind: complaint }\n    template: complaint-pubic\n');
    const findings = await lint(folder({ 'playbook.yaml': text }), { rules: ['ref-template'] });
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [position(text, 'complaint', 'template:').line, 'no template "complaint" for locale en: expected templates/en/complaint.hbs or templates.complaint.en in the playbook; did you mean one of "complaint-private", "complaint-public"?'],
      [position(text, 'complaint-pubic').line, 'no template "complaint-pubic" for locale en: expected templates/en/complaint-pubic.hbs or templates.complaint-pubic.en in the playbook; did you mean "complaint-public"?'],
    ]);
  });
});

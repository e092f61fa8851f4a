// A team's playbook that extends another hears about its own file: paths and positions as written
// there, inherited examples its changes break reported at the change, example overrides merged key
// by key, defaults taken by examples, and addresses that need no translation.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlaybook } from '../../src/playbook/load.js';
import { STARTER_PLAYBOOK } from '../../src/playbook/builtin.js';
import { isAddress } from '../../src/playbook/localize.js';
import { runInProcess } from '../helpers/cli.js';
import { folder, type Finding } from '../helpers/files.js';

async function lint(dir: string, file: string, ...rules: string[]): Promise<Finding[]> {
  const result = await runInProcess(['lint', file, '--format', 'json'], { cwd: dir });
  expect(result.stderr).toBe('');
  const findings = (JSON.parse(result.stdout) as { diagnostics: Finding[] }[]).flatMap((r) => r.diagnostics);
  return findings.filter((f) => rules.includes(f.rule));
}

/** 1-based line and column of the first `needle` in `text` (after `after`, when given). */
function position(text: string, needle: string, after = ''): { line: number; column: number } {
  const offset = text.indexOf(needle, after ? text.indexOf(after) : 0);
  expect(offset).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** A child of the built-in starter: English only, with the facts a team fills in. */
/** The starter's own examples, as written. */
const starterExamples = () => (loadPlaybook(STARTER_PLAYBOOK).playbook!.data.examples ?? []);

/** A small playbook of its own to extend: praise with a reply quoting the support address, and one example. */
const BASE = `format: 1
id: base
name: Base
locale: en
brand:
  name: Base
  support: { email: help@base.test }
questions:
  - id: kind
    prompt: What is it?
    type: select
    choices: [{ value: praise, label: Praise }, { value: other, label: Other }]
situations:
  - id: praise
    title: Praise
    when: { kind: praise }
    template: thanks
    steps: [{ action: thank }]
  - id: other
    title: Other
    noReply: Not ours.
    steps: [{ action: monitor }]
templates:
  thanks:
    en:
      - "Thank you! Write to {{brand.support.email}} any time.\\n– {{agent}}"
      - "Many thanks! {{brand.support.email}} reaches us.\\n– {{agent}}"
examples:
  - id: thanks
    comment: Thanks!
    answers: { kind: praise }
    expect: { situation: praise, replyContains: [help@base.test] }
`;

const child = (rest: string, head = 'locales: [en]') => `format: 1
extends: starter
id: acme
name: Acme care
${head}
brand:
  name: Acme
  support: { email: care@acme.test, url: https://acme.test/help, dm: a direct message to @acme }
  links: { houseRules: https://acme.test/rules, facts: https://acme.test/facts }
${rest}`;

describe("diagnostics in the team's own coordinates", () => {
  it("a schema error in the child's first question and first situation says [0] and points into the child", async () => {
    const text = child(`questions:
  - id: refund_id
    after: our_fault
    prompt: Refund number
    type: txt
    when: { kind: complaint }
situations:
  - id: complaint
    respondWithin: [urgent]
`);
    const dir = folder({ 'playbook.yaml': text });
    const findings = await lint(dir, 'playbook.yaml', 'schema-value', 'schema-type');
    expect(findings).toEqual([
      { rule: 'schema-value', severity: 'error', file: 'playbook.yaml', ...position(text, 'txt'), message: 'questions[0].type must be one of: select, confirm, input' },
      { rule: 'schema-type', severity: 'error', file: 'playbook.yaml', ...position(text, '[urgent]'), message: 'situations[0].respondWithin must be text, not a list' },
    ]);
  });

  it("a rule error in the child's first question and first situation says [0] and points into the child", async () => {
    const text = child(`questions:
  - id: refund_id
    after: our_fault
    prompt: Refund number
    type: input
    when: { kind: complaint }
situations:
  - id: refund
    before: complaint-private
    title: Refund
    when: { kind: complaint, refund_id: { exists: true } }
    noReply: { en: Handled by the refund desk., nl: Dit doet de terugbetalingsbalie. }
    steps: [{ action: route, to: customer-service }]
`, 'name: { en: Acme care, nl: Acme klantenzorg }\nlocales: [en, nl]').replace('name: Acme care\n', '');
    const dir = folder({ 'playbook.yaml': text });
    const findings = await lint(dir, 'playbook.yaml', 'translation-missing');
    expect(findings).toEqual([
      { rule: 'translation-missing', severity: 'error', file: 'playbook.yaml', ...position(text, 'Refund number'), message: 'questions[0].prompt is in one language only; write it for en, nl ({ en: …, nl: … })' },
      { rule: 'translation-missing', severity: 'error', file: 'playbook.yaml', ...position(text, 'Refund\n'), message: 'situations[0].title is in one language only; write it for en, nl ({ en: …, nl: … })' },
      { rule: 'translation-missing', severity: 'error', file: 'playbook.yaml', ...position(text, 'a direct message'), message: 'brand.support.dm is in one language only; write it for en, nl ({ en: …, nl: … })' },
    ].sort((a, b) => a.line - b.line));
  });
});

describe('an inherited example that the team breaks is reported in the team file', () => {
  const refund = (more = '') => child(`questions:
  - id: refund_id
    after: our_fault
    prompt: Refund number
    type: input
    required: true
    when: { kind: complaint }
${more}`);

  it('a required question added under complaint: at the question, naming each example and the question', async () => {
    const text = refund();
    const dir = folder({ 'playbook.yaml': text });
    const findings = await lint(dir, 'playbook.yaml', 'example-failed');
    // Every inherited complaint example fails alike: said once, with how many and what to do.
    const complaints = starterExamples().filter((e) => e.answers.kind === 'complaint').length;
    expect(findings).toEqual([expect.objectContaining({ file: 'playbook.yaml', ...position(text, 'refund_id') })]);
    expect(findings[0].message).toMatch(new RegExp(`^${complaints} inherited examples \\(starter\\), "[a-z0-9-]+" among them, no longer pass: they do not answer "refund_id", added here; ask it under a narrower \`when\`, make it optional, or answer it in the examples$`));
    // In the team's language too.
    const nl = await runInProcess(['lint', 'playbook.yaml', '--locale', 'nl'], { cwd: dir });
    expect(nl.stdout).toMatch(new RegExp(`${complaints} overgenomen voorbeelden \\(starter\\), waaronder "[a-z0-9-]+", slagen niet meer: ze geven geen antwoord op "refund_id", die hier is toegevoegd`));
  });

  it('a few inherited examples broken alike are still named one by one', async () => {
    const base = `${BASE}${['a', 'b'].map((id) => `  - { id: ${id}, comment: Thanks!, answers: { kind: praise }, expect: { situation: praise } }\n`).join('')}`;
    const team = 'format: 1\nextends: base.yaml\nid: team\nquestions:\n  - id: staff\n    prompt: Who?\n    type: input\n    required: true\n    when: { kind: praise }\n';
    const findings = await lint(folder({ 'base.yaml': base, 'team.yaml': team }), 'team.yaml', 'example-failed');
    expect(findings.map((f) => [f.file, f.line, f.message])).toEqual(['thanks', 'a', 'b'].map((id) => ['team.yaml', 5, `inherited example "${id}" (base.yaml) no longer passes: it does not answer "staff", added here`]));
  });

  it('many broken alike by a change lint cannot point at: one finding at extends, in the plural', async () => {
    const base = `format: 1
id: base
name: Base
locale: en
brand: { name: Base, support: { email: help@base.test } }
questions:
  - { id: kind, prompt: What is it?, type: select, choices: [{ value: praise, label: Praise }, { value: other, label: Other }] }
  - { id: vip, prompt: A regular?, type: confirm, default: false }
  - { id: who, prompt: Who?, type: input, required: true, when: { vip: true } }
situations:
  - { id: regular, title: Regular, when: { kind: praise, who: { exists: true } }, noReply: Greet them by name., steps: [{ action: thank }] }
  - { id: praise, title: Praise, when: { kind: praise }, noReply: Thank them in person., steps: [{ action: thank }] }
  - { id: other, title: Other, noReply: Not ours., steps: [{ action: monitor }] }
examples:
${['a', 'b', 'c', 'd'].map((id) => `  - { id: ${id}, comment: Thanks!, answers: { kind: praise }, expect: { situation: praise } }\n`).join('')}`;
    // The team's new default asks "who", a question it did not write: nothing of its own to point at.
    const team = 'format: 1\nextends: base.yaml\nid: team\nquestions:\n  - id: vip\n    default: true\n';
    const findings = await lint(folder({ 'base.yaml': base, 'team.yaml': team }), 'team.yaml', 'example-failed');
    expect(findings.map((f) => [f.file, f.line, f.column, f.message])).toEqual([['team.yaml', 2, 1, '4 inherited examples (base.yaml), "a" among them, no longer pass: they do not answer "who"']]);
  });

  it('a confirm question without a default fails them the same way; with a default, the examples take it', async () => {
    const confirm = (extra: string) => child(`questions:
  - id: outage
    after: our_fault
    prompt: Is it about the outage?
    type: confirm
    when: { kind: complaint }${extra}
`);
    const without = folder({ 'playbook.yaml': confirm('') });
    const failing = await lint(without, 'playbook.yaml', 'example-failed');
    expect(failing).toHaveLength(1);
    expect(failing[0].message).toMatch(/ no longer pass: they do not answer "outage", added here; give the question a `default` \(the answer most comments have\), or answer it in the examples that need another$/);
    const withDefault = folder({ 'playbook.yaml': confirm('\n    default: false') });
    expect(await lint(withDefault, 'playbook.yaml', 'example-failed')).toEqual([]);
  });

  it("answering the new question in an inherited example's answers is enough: answers merge key by key", async () => {
    const ids = starterExamples().filter((e) => e.answers.kind === 'complaint').map((e) => e.id);
    const answered = refund(`examples:\n${ids.map((id, i) => `  - id: ${id}\n    answers: { refund_id: R${i} }\n`).join('')}`);
    expect(await lint(folder({ 'playbook.yaml': answered }), 'playbook.yaml', 'example-failed')).toEqual([]);
  });

  it('a situation the team adds that now matches first, and steps or a template it rewrote: at that change', async () => {
    const text = child(`situations:
  - id: cant-reach
    steps: [{ action: reply-publicly }]
  - id: vip
    before: question-unknown
    title: VIP
    when: { kind: question, topic: { exists: true } }
    noReply: Call them.
    steps: [{ action: route, to: management }]
`);
    const template = 'Thanks, friend!\n– {{agent}}\n---\nCheers, friend.\n– {{agent}}\n';
    const dir = folder({ 'playbook.yaml': text, 'templates/en/praise.hbs': template });
    const findings = await lint(dir, 'playbook.yaml', 'example-failed');
    const at = (f: Finding) => `${f.file}:${f.line}:${f.column}`;
    const steps = position(text, 'steps:');
    const vip = position(text, 'vip');
    const said = (f: Finding) => f.message.replace(/^(?:inherited example "[^"]+" \(starter\) no longer passes|\d+ inherited examples \(starter\), "[^"]+" among them, no longer pass): /, '');
    expect(findings.map((f) => [at(f), said(f)])).toEqual(expect.arrayContaining([
      [`playbook.yaml:${steps.line}:${steps.column}`, expect.stringMatching(/^steps are \[reply-publicly\], expected \[.*\]; the steps of situation "cant-reach" were changed here$/)],
      [`playbook.yaml:${vip.line}:${vip.column}`, 'situation "vip", added here, now matches first (expected "question-unknown")'],
      ['templates/en/praise.hbs:1:1', expect.stringMatching(/^variant 1 of template "praise" does not contain ".+"; template "praise" was changed here$/)],
    ]));
    // Nothing in the built-in file, and the wrong situation is said once, not once more per expectation.
    expect(findings.every((f) => !f.file.includes('starter'))).toBe(true);
    expect(findings.filter((f) => said(f).includes('(expected "question-unknown")'))).toHaveLength(1);
    expect(findings.filter((f) => at(f) === `playbook.yaml:${vip.line}:${vip.column}`)).toHaveLength(1);
  });

  it("a fact the reply should quote, rewritten by the team: at the fact; nothing to blame in the team's file: at extends", async () => {
    const mid = 'format: 1\nextends: base.yaml\nid: mid\nbrand:\n  support: { email: care@mid.test }\n';
    const leaf = 'format: 1\nextends: mid.yaml\nid: leaf\nname: Leaf\n';
    const dir = folder({ 'base.yaml': BASE, 'mid.yaml': mid, 'leaf.yaml': leaf });
    const fact = position(mid, 'care@mid.test');
    expect(await lint(dir, 'mid.yaml', 'example-failed')).toEqual([
      {
        rule: 'example-failed', severity: 'error', file: 'mid.yaml', ...fact,
        message: 'inherited example "thanks" (base.yaml) no longer passes: variant 1 of template "thanks" does not contain "help@base.test"; brand.support.email was changed here',
      },
      {
        rule: 'example-failed', severity: 'error', file: 'mid.yaml', ...fact,
        message: 'inherited example "thanks" (base.yaml) no longer passes: variant 2 of template "thanks" does not contain "help@base.test"; brand.support.email was changed here',
      },
    ]);
    // The leaf changed nothing the example depends on: the finding is at its `extends`.
    const findings = await lint(dir, 'leaf.yaml', 'example-failed');
    expect(findings.map((f) => [f.file, f.line, f.column])).toEqual([['leaf.yaml', 2, 1], ['leaf.yaml', 2, 1]]);
    expect(findings[0].message).toBe('inherited example "thanks" (base.yaml) no longer passes: variant 1 of template "thanks" does not contain "help@base.test"');
  });
});

describe('overriding an inherited example', () => {
  const base = `format: 1
id: base
name: Base
locale: en
brand: { name: Base }
questions:
  - id: kind
    prompt: What is it?
    type: select
    choices: [{ value: praise, label: Praise }, { value: troll, label: Troll }]
  - id: name
    prompt: Their name
    type: input
situations:
  - id: praise
    title: Praise
    when: { kind: praise }
    noReply: Later.
    steps: [{ action: thank }]
  - id: troll
    title: Troll
    noReply: Never.
    steps: [{ action: do-not-reply }]
examples:
  - id: thanks
    comment: Thanks!
    answers: { kind: praise, name: Kim }
    expect: { situation: praise, reply: false, steps: [thank] }
`;
  const example = (override: string) => {
    const dir = folder({ 'base.yaml': base, 'child.yaml': `format: 1\nextends: base.yaml\nid: child\nexamples:\n  - id: thanks\n${override}` });
    const { playbook, diagnostics } = loadPlaybook(join(dir, 'child.yaml'));
    expect(diagnostics).toEqual([]);
    return (playbook!.raw.examples as Record<string, unknown>[])[0];
  };

  it('answers merge key by key', () => {
    expect(example('    answers: { name: Lee }\n').answers).toEqual({ kind: 'praise', name: 'Lee' });
  });

  it('expect fields merge key by key, each replaced whole', () => {
    expect(example('    expect: { steps: [thank, thank] }\n').expect).toEqual({ situation: 'praise', reply: false, steps: ['thank', 'thank'] });
  });

  it('expecting another situation replaces expect whole: the old steps described the old situation', () => {
    expect(example('    answers: { kind: troll }\n    expect: { situation: troll }\n').expect).toEqual({ situation: 'troll' });
  });
});

describe('translation-missing: prose, not addresses', () => {
  it('a channel, addresses, links and a phone number serve every locale; a one-language prose value does not', async () => {
    const text = child(`policies:
  houseRules: { link: https://acme.test/rules }
contacts:
  customer-service: { name: Acme care desk, reach: "#acme-care on Slack" }
  spokesperson: { reach: press@acme.test }
  management: { reach: "+31 20 123 4567" }
  social-lead: { reach: "@lead" }
`, 'name: { en: Acme care, nl: Acme klantenzorg }\nlocales: [en, nl]').replace('name: Acme care\n', '').replace('dm: a direct message to @acme', 'dm: { en: a direct message to @acme, nl: een privébericht aan @acme }');
    const dir = folder({ 'playbook.yaml': text });
    expect(await lint(dir, 'playbook.yaml', 'translation-missing')).toEqual([
      { rule: 'translation-missing', severity: 'error', file: 'playbook.yaml', ...position(text, 'Acme care desk'), message: 'contacts.customer-service.name is in one language only; write it for en, nl ({ en: …, nl: … })' },
    ]);
  });

  it('what counts as an address', () => {
    for (const value of ['#acme-care', '#acme-care on Slack', 'care@acme.test', 'https://acme.test/help', '@acme', 'DM @acme', '+31 20 123 4567', 'mailto:care@acme.test']) expect([value, isAddress(value)]).toEqual([value, true]);
    for (const value of ['a direct message to @acme', 'the duty manager by phone', 'Customer care', '#care-escalations on Slack, or the care team lead by phone']) expect([value, isAddress(value)]).toEqual([value, false]);
  });
});

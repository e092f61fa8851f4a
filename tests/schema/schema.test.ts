// One truth for editors and lint: the JSON Schema that ships (schema/playbook.schema.json, which
// `replyguide init` writes beside a team's playbook) accepts every playbook lint accepts, a child that
// only writes what it changes included, and rejects what lint rejects for its shape.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';
import { playbookSchema, wholePlaybookSchema } from '../../src/playbook/schema.js';

const SHIPPED = JSON.parse(readFileSync(join(ROOT, 'schema/playbook.schema.json'), 'utf8'));
// As strict as the build (scripts/build-validator.mjs).
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(SHIPPED);

/** What the shipped schema says about some data: "path message" per error, none when valid. */
function schemaErrors(data: unknown): string[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).filter((e) => e.keyword !== 'if').map((e) => `${e.instancePath || '/'} ${e.message}`);
}

const readYaml = (file: string): unknown => parse(readFileSync(file, 'utf8'));

/** Every .yaml file under a folder of the repository, as a path relative to the root. */
const yamlFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true }).map(String).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f));

interface LintFinding { rule: string; severity: string; line: number; column: number; message: string }

async function lint(file: string): Promise<{ code: number; findings: LintFinding[] }> {
  const result = await runInProcess(['lint', file, '--format', 'json']);
  return { code: result.code, findings: JSON.parse(result.stdout).flatMap((r: { diagnostics: LintFinding[] }) => r.diagnostics) };
}
const shapeFindings = (findings: LintFinding[]) => findings.filter((d) => d.rule.startsWith('schema-')).map((d) => `${d.rule} ${d.line}:${d.column} ${d.message}`);

const tmp = mkdtempSync(join(tmpdir(), 'replyguide-schema-'));
let written = 0;
/** A playbook written to a file of its own (lint reads files). */
function writePlaybook(data: unknown): string {
  const file = join(tmp, `playbook-${++written}.yaml`);
  writeFileSync(file, stringify(data));
  return file;
}

// Good playbooks lint accepts: the built-in ones, the good fixtures, the brand that extends the starter.
const GOOD = [...yamlFiles('playbooks'), ...yamlFiles('tests/fixtures/good'), 'tests/fixtures/extends/acme/playbook.yaml'];
// Every child playbook among the fixtures, also those lint rejects for other reasons than their shape
// (a missing parent, a cycle, an anchor that is not there).
const CHILDREN = yamlFiles('tests/fixtures/extends');

describe('the shipped schema', () => {
  it('is the one in src/playbook/schema.ts, and `replyguide schema` prints it', async () => {
    expect(SHIPPED).toEqual(JSON.parse(JSON.stringify(playbookSchema)));
    expect(JSON.parse((await runInProcess(['schema'])).stdout)).toEqual(SHIPPED);
  });

  it('checks a playbook without `extends` in the whole form lint compiles, one with it in the extending form', () => {
    expect(SHIPPED.if).toEqual({ required: ['extends'] });
    const { $schema, $id, title, description, $defs, ...whole } = wholePlaybookSchema;
    expect(SHIPPED.$defs[SHIPPED.else.$ref.split('/').at(-1)]).toEqual(JSON.parse(JSON.stringify(whole)));
    for (const [name, def] of Object.entries($defs)) expect(SHIPPED.$defs[name], name).toEqual(JSON.parse(JSON.stringify(def)));
    expect([$schema, title, description]).toEqual([SHIPPED.$schema, SHIPPED.title, SHIPPED.description]);
    expect($id).not.toBe(SHIPPED.$id);
  });

  it('has the same keys, types, patterns and enums in both forms; the extending one requires only what matches an item', () => {
    // Drop what a child may inherit, and the forms' own names for their definitions: the rest is one shape.
    const INHERITABLE = new Set(['required', 'minItems', 'minProperties', 'oneOf', 'not', 'allOf']);
    const shape = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(shape);
      if (node === null || typeof node !== 'object') return typeof node === 'string' ? node.replace(/^#\/\$defs\/extending(\w)/, (_, c: string) => `#/$defs/${c.toLowerCase()}`) : node;
      return Object.fromEntries(Object.entries(node).filter(([k]) => !INHERITABLE.has(k)).map(([k, v]) => [k, shape(v)]));
    };
    for (const name of ['playbook', 'question', 'situation', 'example']) {
      const extending = SHIPPED.$defs[`extending${name[0].toUpperCase()}${name.slice(1)}`];
      expect(shape(extending), name).toEqual(shape(SHIPPED.$defs[name]));
      expect(extending.required, name).toEqual(name === 'playbook' ? ['format', 'extends'] : ['id']);
    }
  });
});

describe('the shipped schema accepts what lint accepts', () => {
  it.each(GOOD)('%s: valid for the schema and for lint', async (file) => {
    expect(schemaErrors(readYaml(join(ROOT, file)))).toEqual([]);
    const result = await lint(file);
    // The hostile fixture keeps a javascript: link on purpose (the guide tests show it stays text): the
    // schema takes any text there, lint refuses it, and nothing else.
    const hostile = file.endsWith('hostile.yaml');
    expect(result.findings.filter((d) => d.severity !== 'warning').map((d) => d.rule)).toEqual(hostile ? ['link-scheme'] : []);
    expect(result.code).toBe(hostile ? 1 : 0);
  });

  it.each(CHILDREN)('%s: a child playbook, valid for the schema, no shape problem for lint', async (file) => {
    expect(schemaErrors(readYaml(join(ROOT, file)))).toEqual([]);
    expect(shapeFindings((await lint(file)).findings)).toEqual([]);
  });

  it('the playbook `replyguide init` writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-schema-init-'));
    const init = await runInProcess(['init', dir, '--brand', 'Acme', '--no-input'], { cwd: dir });
    expect(init.code).toBe(0);
    const text = readFileSync(join(dir, 'playbook.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=playbook.schema.json');
    expect(JSON.parse(readFileSync(join(dir, 'playbook.schema.json'), 'utf8'))).toEqual(SHIPPED);
    expect(schemaErrors(parse(text))).toEqual([]);
  });

  // Each override form a child may use, on the built-in demo (whose ids these are): the schema takes
  // it, and lint applies it without a shape or extends problem.
  const OVERRIDES: Record<string, Record<string, unknown>> = {
    'only the fields that change of a mapping (review without interval, brand without name)': {
      brand: { support: { email: 'care@acme.test' } },
      policies: { review: { lastReviewed: '2026-11-01' }, houseRules: { link: 'https://acme.test/rules' } },
    },
    'a contact without name': { contacts: { legal: { reach: 'legal@acme.test' } } },
    'a contact added': { contacts: { press: { name: 'Press office', reach: 'press@acme.test' } } },
    'a contact removed': { contacts: { legal: { remove: true } } },
    'a situation removed': { situations: [{ id: 'spam', remove: true }] },
    'a question removed': { questions: [{ id: 'repeat_offender', remove: true }] },
    'an example removed': { examples: [{ id: 'late-delivery', remove: true }] },
    'a situation with some of its fields': { situations: [{ id: 'praise', respondWithin: 'urgent' }] },
    'a situation that answers with no reply instead': { situations: [{ id: 'praise', noReply: 'We let praise stand.' }] },
    'a question with only its prompt': { questions: [{ id: 'name', prompt: 'Their first name?' }] },
    'an example with some of its answers': { examples: [{ id: 'late-delivery', answers: { name: 'Kim' } }] },
    'an example with part of its expectations': { examples: [{ id: 'late-delivery', expect: { reply: true } }] },
    'new items placed with before and after': {
      situations: [{ id: 'outage', before: 'complaint', title: 'Outage', when: { kind: 'complaint', our_fault: true }, template: 'complaint' }],
      examples: [{ id: 'praise-again', after: 'late-delivery', comment: 'Great shop!', answers: { kind: 'praise' }, expect: { situation: 'praise' } }],
    },
    'empty lists (nothing changes)': { questions: [], situations: [], examples: [] },
  };
  it.each(Object.entries(OVERRIDES))('a child with %s', async (_, change) => {
    const child = { format: 1, extends: 'demo', id: 'acme', ...change };
    expect(schemaErrors(child)).toEqual([]);
    const findings = (await lint(writePlaybook(child))).findings;
    expect(findings.filter((d) => d.rule.startsWith('schema-') || d.rule.startsWith('extends'))).toEqual([]);
  });
});

describe('the shipped schema rejects what lint rejects for shape', () => {
  const minimal = readYaml(join(ROOT, 'tests/fixtures/good/minimal.yaml')) as Record<string, any>;
  /** The minimal good playbook, changed. */
  const whole = (change: (p: Record<string, any>) => void) => {
    const playbook = structuredClone(minimal);
    change(playbook);
    return playbook;
  };
  const child = (change: Record<string, unknown>) => ({ format: 1, extends: 'demo', id: 'acme', ...change });

  // [what, playbook, the rule lint reports]
  const BAD: [string, unknown, string][] = [
    ['child: a typo in a key', child({ situations: [{ id: 'praise', respondWithn: 'urgent' }] }), 'schema-unknown-key'],
    ['child: a typo at the top', child({ contact: { legal: { reach: 'legal@acme.test' } } }), 'schema-unknown-key'],
    ['child: a wrong type', child({ situations: [{ id: 'praise', respondWithin: 5 }] }), 'schema-type'],
    ['child: a wrong type in a mapping', child({ policies: { logComments: 'yes' } }), 'schema-type'],
    ['child: a bad id', child({ situations: [{ id: 'Outage!', title: 'Outage', template: 'complaint' }] }), 'schema-value'],
    ['child: a bad contact id', child({ situations: [{ id: 'praise', route: 'Customer Service' }] }), 'schema-value'],
    ['child: a bad duration', child({ policies: { responseTimes: { urgent: '1 hour' } } }), 'schema-value'],
    ['child: a bad review interval', child({ policies: { review: { interval: 'quarterly' } } }), 'schema-value'],
    ['child: remove: false', child({ contacts: { press: { name: 'Press office', remove: false } } }), 'schema-value'],
    ['child: an unknown action', child({ situations: [{ id: 'praise', steps: [{ action: 'shout' }] }] }), 'schema-value'],
    ['child: an unknown action expected', child({ examples: [{ id: 'late-delivery', expect: { steps: ['shout'] } }] }), 'schema-value'],
    ['child: both a template and noReply', child({ situations: [{ id: 'praise', template: 'praise', noReply: 'No.' }] }), 'schema-missing-key'],
    ['child: choices for a confirm question', child({ questions: [{ id: 'our_fault', type: 'confirm', choices: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] }] }), 'schema-value'],
    ['whole: a typo in a key', whole((p) => { p.situations[0].respondWithn = 'normal'; }), 'schema-unknown-key'],
    ['whole: a wrong type', whole((p) => { p.tone = { maxWords: 'many' }; }), 'schema-type'],
    ['whole: a bad id', whole((p) => { p.situations[0].id = 'Praise me'; }), 'schema-value'],
    ['whole: a bad duration', whole((p) => { p.policies.responseTimes.normal = '2 hours'; }), 'schema-value'],
    ['whole: remove: false', whole((p) => { p.contacts.care.remove = false; }), 'schema-value'],
    ['whole: an unknown action', whole((p) => { p.situations[0].steps[0].action = 'shout'; }), 'schema-value'],
    ['whole: a situation without title', whole((p) => { delete p.situations[0].title; }), 'schema-missing-key'],
    ['whole: a situation without template or noReply', whole((p) => { delete p.situations[0].template; }), 'schema-missing-key'],
    ['whole: a question without prompt', whole((p) => { delete p.questions[0].prompt; }), 'schema-missing-key'],
    ['whole: a contact without name', whole((p) => { delete p.contacts.care.name; }), 'schema-missing-key'],
    ['whole: an example without answers', whole((p) => { delete p.examples[0].answers; }), 'schema-missing-key'],
    ['whole: no review interval', whole((p) => { p.policies.review = { lastReviewed: '2026-11-01' }; }), 'schema-missing-key'],
    ['whole: no brand name', whole((p) => { delete p.brand.name; }), 'schema-missing-key'],
  ];
  it.each(BAD)('%s', async (_, playbook, rule) => {
    expect(schemaErrors(playbook)).not.toEqual([]);
    const result = await lint(writePlaybook(playbook));
    expect(result.code).toBe(1);
    expect(result.findings.map((d) => d.rule)).toContain(rule);
  });

  it('the playbooks above are good without the change (so each case tests its one change)', async () => {
    expect(schemaErrors(minimal)).toEqual([]);
    const base = child({});
    expect(schemaErrors(base)).toEqual([]);
    expect(shapeFindings((await lint(writePlaybook(base))).findings)).toEqual([]);
  });

  it('rejects remove: false on any item, and other directives of the wrong type (the schema and lint alike)', async () => {
    for (const change of [
      { situations: [{ id: 'praise', remove: false }] },
      { questions: [{ id: 'name', remove: false }] },
      { examples: [{ id: 'late-delivery', remove: false }] },
      { contacts: { legal: { remove: false } } },
      { situations: [{ id: 'praise', after: 42 }] },
      { situations: [{ id: 'praise', before: 'Not An Id' }] },
    ]) {
      expect(schemaErrors(child(change)), JSON.stringify(change)).not.toEqual([]);
      const result = await lint(writePlaybook(child(change)));
      expect([result.code, result.findings.map((d) => d.rule).filter((r) => r.startsWith('schema-') || r === 'extends-item').length > 0], JSON.stringify(change)).toEqual([1, true]);
    }
  });
});

// Your own playbook: init, extends (override, add, remove, positions in parent or child) and explain.
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary, runInProcess } from '../helpers/cli.js';
import { ALL_FACTS } from '../helpers/init-facts.js';

const ACME = 'tests/fixtures/extends/acme';
const triageJson = async (...answers: string[]) => {
  const args = ['triage', '--playbook', ACME, '--no-input', '-f', 'json', '--agent', 'Sam', '--variant', '1'];
  const result = await runInProcess([...args, ...answers.flatMap((a) => ['-a', a])]);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
};


describe('replyguide init', () => {
  it('writes a playbook that extends the starter; with every fact given it lints clean and replies as the brand', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-init-'));
    const init = await runInProcess(['init', 'acme', '--no-input', '--brand', 'Acme Care', '--locales', 'nl,en', ...ALL_FACTS], { cwd: dir });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(readdirSync(join(dir, 'acme')).sort()).toEqual(['README.md', 'playbook.schema.json', 'playbook.yaml']);
    // Not in a git repository: the workflow is printed, with the reason, instead of written where GitHub never reads it.
    expect(init.stdout).toContain('acme is not in a git repository, so no CI workflow was written.');
    expect(init.stdout).toContain('      - run: npx --yes replyguide@0.1.0 lint . --format github --max-warnings 0\n');
    const playbook = readFileSync(join(dir, 'acme/playbook.yaml'), 'utf8');
    expect(playbook.split('\n')[0]).toBe('# yaml-language-server: $schema=playbook.schema.json');
    expect(playbook).toContain('extends: starter\nid: acme-care\n');
    expect(playbook).toContain('  handles:\n    x: "@acme_care"\n');
    expect(playbook).toContain('    lastReviewed: "2026-11-21"\n');
    expect(playbook).toContain('  legal:\n    reach: legal@acme-care.test\n');
    expect(playbook).not.toContain('TODO');
    const lint = await runInProcess(['lint', 'acme'], { cwd: dir });
    expect([lint.code, lint.stdout]).toEqual([0, '✔ 1 playbook checked, no problems\n']);
    // The brand's facts replace the built-in brand's in replies, in the default language (nl).
    const triage = await runInProcess(['triage', '--playbook', 'acme', '--no-input', '-a', 'kind=complaint', '-a', 'our_fault=yes', '-a', 'private_data=yes', '-a', 'name=Lee', '--variant', '2', '-f', 'json'], { cwd: dir });
    const plan = JSON.parse(triage.stdout);
    expect(plan.locale).toBe('nl');
    expect(plan.reply.text).toContain('care@acme-care.test');
    expect(plan.reply.text).not.toMatch(/brightline/i);
    expect(plan.reply.text).toMatch(/– het Acme Care-team$/);
  });

  it('never overwrites: an existing playbook is exit 2 and every file stays as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-init-'));
    expect((await runInProcess(['init', '--no-input'], { cwd: dir })).code).toBe(0);
    const before = readdirSync(dir, { recursive: true }).map(String).sort().map((f) => [f, statSync(join(dir, f)).mtimeMs, statSync(join(dir, f)).isFile() ? readFileSync(join(dir, f), 'utf8') : '']);
    const again = await runInProcess(['init', '--no-input', '--brand', 'Other'], { cwd: dir });
    expect([again.code, again.stdout, again.stderr]).toEqual([2, '', 'replyguide: playbook.yaml already exists; nothing was written\n']);
    const after = readdirSync(dir, { recursive: true }).map(String).sort().map((f) => [f, statSync(join(dir, f)).mtimeMs, statSync(join(dir, f)).isFile() ? readFileSync(join(dir, f), 'utf8') : '']);
    expect(after).toEqual(before);
  });

  it('rejects bad flags with one line and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-init-'));
    for (const [flag, value, message] of [
      ['--locales', 'en,fr', '--locales takes en, nl, de, sv (the built-in playbook\'s languages), not "fr"'],
      ['--response-times', 'urgent=soon', '--response-times takes urgent=30m,normal=2h,low=1d (m, h, d or w), not "urgent=soon"'],
      ['--house-rules', 'rules.html', '--house-rules takes a web address (https://…), not "rules.html"'],
      ['--voice', 'casual', '--voice takes formal or informal, not "casual"'],
      ['--contact', 'lawyers=x@y.z', '--contact takes id=how to reach them, with id one of customer-service, social-lead, spokesperson, legal, management; not "lawyers=x@y.z"'],
      ['--facts-url', 'facts', '--facts-url takes a web address (https://…), not "facts"'],
    ]) {
      const result = await runInProcess(['init', '--no-input', flag, value], { cwd: dir });
      expect([result.code, result.stderr]).toEqual([2, `replyguide: ${message}\n`]);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--voice formal: lint shows each built-in reply that still says "je"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-init-'));
    await runInProcess(['init', '--no-input', '--locales', 'nl', '--voice', 'formal', ...ALL_FACTS], { cwd: dir });
    const lint = await runInProcess(['lint', '.', '--format', 'json'], { cwd: dir });
    const rules = new Set(JSON.parse(lint.stdout)[0].diagnostics.map((d: { rule: string }) => d.rule));
    expect([...rules]).toEqual(['tone-voice-formal']);
    expect(lint.code).toBe(0);
  });
});

describe('extends', () => {
  it('the acme playbook lints clean', async () => {
    const result = await runInProcess(['lint', ACME]);
    expect([result.code, result.stdout]).toEqual([0, '✔ 1 playbook checked, no problems\n']);
  });

  it('an overridden template and situation show in triage', async () => {
    const plan = await triageJson('kind=praise', 'from_staff=no', 'name=Tom');
    expect(plan.situation.id).toBe('praise');
    expect(plan.reply).toEqual({ text: 'Hi Tom, thank you from all of us at Acme. We will pass it on to the team.\n– Sam', template: 'praise', variant: 1, variants: 2 });
    expect([plan.respondWithinTarget, plan.respondWithin]).toEqual(['urgent', '30m']);
  });

  it('an added situation (with its own question) and an overridden contact show in triage', async () => {
    const plan = await triageJson('kind=complaint', 'our_fault=yes', 'private_data=no', 'outage=yes', 'name=Kim');
    expect(plan.situation).toEqual({ id: 'outage', title: 'Outage' });
    expect(plan.reply.text).toBe("Hi Kim, we know about the outage and are fixing it. We'll post here when it's solved.\n– Sam");
    expect(plan.route).toEqual({ id: 'customer-service', name: 'Customer care team', reach: '#acme-care on Slack' });
    const other = await triageJson('kind=complaint', 'our_fault=yes', 'private_data=no', 'outage=no', 'name=Kim');
    expect(other.situation.id).toBe('complaint');
  });

  it('a removed situation is gone: spam falls through to "unclear"', async () => {
    const plan = await triageJson('kind=spam');
    expect(plan.situation.id).toBe('unclear');
  });

  it('the guide shows the overrides and not the removed situation', async () => {
    const result = await runInProcess(['guide', '--playbook', ACME, '--format', 'md']);
    const headings = result.stdout.split('\n').filter((l) => /^## \d+\. /.test(l));
    expect(headings).toContain('## 9. Outage');
    expect(headings.some((h) => /spam/i.test(h))).toBe(false);
    expect(result.stdout).toContain('| **Customer care team** | Orders, deliveries, refunds and accounts | \\#acme-care on Slack |');
    expect(result.stdout).toContain('Hi Alex, thank you from all of us at Acme.');
  });

  it('a cycle names the chain, at the extends that closes it', async () => {
    const result = await runInProcess(['lint', 'tests/fixtures/extends/cycle/a.yaml']);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      'tests/fixtures/extends/cycle/b.yaml',
      '  2:10  error    the playbooks extend each other in a circle: a.yaml → b.yaml → a.yaml  extends',
    ]);
    expect(result.code).toBe(1);
  });

  it('a missing parent is a clear error at the extends line; triage refuses it with exit 2', async () => {
    const lint = await runInProcess(['lint', 'tests/fixtures/extends/local/missing-parent.yaml']);
    expect(lint.stdout).toContain('  2:10  error    cannot load "../nowhere/playbook.yaml", the playbook this one extends: file not found  extends');
    const triage = await runInProcess(['triage', '--playbook', 'tests/fixtures/extends/local/missing-parent.yaml', '--no-input', '-a', 'kind=praise']);
    expect(triage.code).toBe(2);
    expect(triage.stderr.split('\n')[0]).toBe('tests/fixtures/extends/local/missing-parent.yaml:2:10: cannot load "../nowhere/playbook.yaml", the playbook this one extends: file not found (extends)');
  });

  it('a problem the child causes in inherited items points into the parent file', async () => {
    const result = await runInProcess(['lint', 'tests/fixtures/extends/local/child.yaml']);
    expect(result.stdout).toBe([
      'tests/fixtures/good/minimal.yaml',
      '  35:12  error    no contact "care" (the playbook has no contacts)  ref-contact',
      '  38:9   error    situation "troll" can never match: "question" has no `when`, so it matches everything; move it up or narrow the earlier one  situation-shadowed',
      '',
      '✖ 2 problems (2 errors, 0 warnings) in 1 playbook',
      '',
    ].join('\n'));
  });

  it('before/after naming a missing item is an error in the child', async () => {
    const result = await runInProcess(['lint', 'tests/fixtures/extends/local/bad-anchor.yaml']);
    expect(result.stdout).toContain('tests/fixtures/extends/local/bad-anchor.yaml\n  10:12  error    there is no situation "nowhere" to place this one next to  extends-item\n');
  });

  it('a misspelt built-in parent or anchor gets a did-you-mean', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-typo-'));
    writeFileSync(join(dir, 'parent.yaml'), 'format: 1\nextends: startr\nid: acme\n');
    writeFileSync(join(dir, 'anchor.yaml'), 'format: 1\nextends: starter\nid: acme\nsituations:\n  - id: outage\n    before: complaint-privat\n    title: Outage\n    noReply: Not yet.\n');
    const parent = await runInProcess(['lint', 'parent.yaml', '-f', 'github'], { cwd: dir });
    expect(parent.stdout).toBe('::error file=parent.yaml,line=2,col=10,title=replyguide extends::cannot load "startr", the playbook this one extends: file not found; did you mean "starter"?\n');
    const anchor = await runInProcess(['lint', 'anchor.yaml', '-f', 'github'], { cwd: dir });
    expect(anchor.stdout).toContain('::error file=anchor.yaml,line=6,col=13,title=replyguide extends-item::there is no situation "complaint-privat" to place this one next to; did you mean "complaint-private"?\n');
  });
});

describe('replyguide explain', () => {
  it('prints the resolved playbook as YAML with where each item came from', async () => {
    const result = await runInProcess(['explain', '--playbook', ACME]);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`# The playbook as replyguide uses it, made of: ${ACME}/playbook.yaml ← starter (built-in)`);
    expect(result.stdout).toMatch(/# from tests\/fixtures\/extends\/acme\/playbook\.yaml:\d+:\d+\n  - id: outage\n/);
    expect(result.stdout).toMatch(/# from starter \(built-in\):\d+:\d+\n  - id: threat\n/);
    expect(result.stdout).not.toMatch(/- id: spam\n/);
    // The installed binary runs the bundle through vm.Script, where a package cannot be import()ed.
    const binary = runBinary(['explain', '--playbook', ACME]);
    expect([binary.code, binary.stderr, binary.stdout]).toEqual([0, '', result.stdout]);
  });

  it('--format json: the playbook and an origin per item, overridden fields included', async () => {
    const result = await runInProcess(['explain', '--playbook', ACME, '-f', 'json']);
    const out = JSON.parse(result.stdout);
    expect(out.files).toEqual([`${ACME}/playbook.yaml`, 'starter (built-in)']);
    const ids = out.playbook.situations.map((s: { id: string }) => s.id);
    const praise = ids.indexOf('praise');
    expect(ids.indexOf('outage')).toBe(ids.indexOf('complaint') - 1);
    expect(out.origins[`situations[${praise}]`]).toMatch(new RegExp(`^${ACME}/playbook.yaml:\\d+:\\d+$`));
    // Fields are listed where they come from another file than their item: the inherited ones.
    expect(out.origins[`situations[${praise}].respondWithin`]).toBeUndefined();
    expect(out.origins[`situations[${praise}].template`]).toMatch(/^starter \(built-in\):\d+:\d+$/);
  });
});

describe('replyguide init on a terminal', () => {
  it('asks, takes an answer or the default, re-asks after a bad one, and writes the playbook', async () => {
    const { startPty, KEY } = await import('../helpers/pty.js');
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-init-pty-'));
    const session = startPty(['init', join(dir, 'shop')]);
    await session.waitFor('Brand name');
    session.type('Fietsenwinkel' + KEY.enter);
    await session.waitFor('Accounts');
    session.type(KEY.enter);
    await session.waitFor('Support e-mail');
    session.type('hallo@fietsen' + KEY.enter);
    await session.waitFor(/not "hallo@fietsen"[\s\S]*Support e-mail/);
    session.type('hallo@fietsen.test' + KEY.enter);
    await session.waitFor('Support page');
    session.type(KEY.enter);
    await session.waitFor('house rules');
    session.type(KEY.enter);
    await session.waitFor('facts page');
    session.type(KEY.enter);
    await session.waitFor('How to reach the Customer care team');
    session.type('#klantenservice op Slack' + KEY.enter);
    for (const contact of ['Social media lead', 'Press and spokesperson', 'Legal team', 'Management team']) {
      await session.waitFor(`How to reach the ${contact}`);
      session.type(KEY.enter);
    }
    await session.waitFor('Languages');
    session.type('nl,fr' + KEY.enter);
    await session.waitFor(/not "fr"[\s\S]*Languages/);
    session.type('nl,en' + KEY.enter);
    await session.waitFor('Response times');
    session.type(KEY.enter);
    await session.waitFor('Voice');
    session.type(KEY.down + KEY.enter);
    expect(await session.exit()).toBe(0);
    const playbook = readFileSync(join(dir, 'shop/playbook.yaml'), 'utf8');
    expect(playbook).toContain('  name: Fietsenwinkel\n');
    expect(playbook).toContain('locales:\n  - nl\n  - en\n');
    expect(playbook).toContain('  voice: formal\n');
    expect(playbook).toContain('    email: hallo@fietsen.test\n');
    expect(playbook).toContain('  customer-service:\n    reach: "#klantenservice op Slack"\n');
    // What was left empty is a placeholder, named by lint in the team's own file.
    expect(playbook).toContain('  legal:\n    reach: "TODO: how to reach the legal team, and how for urgent cases"\n');
  }, 30_000);

  it('Ctrl-C: exit 130, one line, nothing written', async () => {
    const { startPty, KEY } = await import('../helpers/pty.js');
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-init-pty-'));
    const session = startPty(['init', join(dir, 'shop')]);
    await session.waitFor('Brand name');
    session.type(KEY.ctrlC);
    expect(await session.exit()).toBe(130);
    expect(session.screen()).toContain('replyguide: cancelled; nothing was written');
    expect(session.screen()).not.toMatch(/at .*\.js:\d+/);
    expect(readdirSync(dir)).toEqual([]);
  }, 30_000);
});

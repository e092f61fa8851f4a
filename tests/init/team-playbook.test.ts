// A team's own playbook from `init` to CI, tried as a new user would: in a git repository that already
// has a README, with the brand's facts given as flags and the rest left as placeholders.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, runBinary, runInProcess } from '../helpers/cli.js';

const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const INIT = ['init', 'acme', '--brand', 'Acme', '--handle', 'instagram=@acme', '--support-email', 'care@acme.test', '--support-url', 'https://acme.test/help', '--no-input'];
const DEMO_BRAND = /brightline|bike|\.example/i;

/** What lint says is still to fill in: "rule path" per finding. */
const findings = (lintJson: string) => JSON.parse(lintJson)[0].diagnostics.map((d: { rule: string; message: string }) => `${d.rule} ${d.message.split(' ')[0]}`);

function repoWithReadme(): string {
  const dir = mkdtempSync(join(tmpdir(), 'replyguide-repo-'));
  execFileSync('git', ['init', '-q', dir]);
  writeFileSync(join(dir, 'README.md'), '# Our repository\n');
  return dir;
}

/** The placeholders, filled in as a team would. */
function fillIn(file: string): void {
  const filled = readFileSync(file, 'utf8')
    .replace('"TODO: the link to your published house rules"', 'https://acme.test/house-rules')
    .replace('"TODO: the link to your published house rules"', 'https://acme.test/house-rules')
    .replace('"TODO: the link to your facts page (corrections and statements)"', 'https://acme.test/facts')
    .replace(/"TODO: how to reach the customer care team[^"]*"/, '"#acme-care on Slack"')
    .replace(/"TODO: how to reach the social media lead[^"]*"/, '"#acme-social on Slack"')
    .replace(/"TODO: how to reach your press contact[^"]*"/, 'press@acme.test')
    .replace(/"TODO: how to reach the legal team[^"]*"/, 'legal@acme.test')
    .replace(/"TODO: how to reach the manager on duty[^"]*"/, 'the manager on duty, +31 20 555 0100');
  writeFileSync(file, filled);
}

describe('init in a git repository that has a README', () => {
  it('writes the playbook folder and the workflow at the repository root, and keeps the README', async () => {
    const repo = repoWithReadme();
    const init = await runInProcess(INIT, { cwd: repo });
    expect([init.code, init.stderr]).toEqual([0, '']);
    expect(init.stdout).toBe([
      'Created acme/playbook.yaml, acme/playbook.schema.json, acme/README.md, .github/workflows/replyguide.yml',
      '8 placeholders (TODO:) to fill in: cd acme && replyguide lint lists them',
      'Next: cd acme && replyguide lint · replyguide triage · replyguide explain',
      '',
    ].join('\n'));
    expect(readFileSync(join(repo, 'README.md'), 'utf8')).toBe('# Our repository\n');
    expect(existsSync(join(repo, 'acme', '.github'))).toBe(false);

    const workflow = readFileSync(join(repo, '.github/workflows/replyguide.yml'), 'utf8');
    expect(workflow).toContain('    paths: ["acme/**", \'.github/workflows/replyguide.yml\']\n');
    expect(workflow).toContain('permissions:\n  contents: read\n');
    expect(workflow).toContain("          node-version: 'lts/*'");
    expect(workflow).toContain(`      - run: npx --yes replyguide@${VERSION} lint acme --format github --max-warnings 0\n`);
    expect(workflow).not.toMatch(/node-version: '?20/);
    // GitHub's workflow schema, checked by a maintained validator.
    const validator = spawnSync(join(ROOT, 'node_modules/.bin/action-validator'), [join(repo, '.github/workflows/replyguide.yml')], { encoding: 'utf8' });
    expect([validator.status, validator.stdout]).toEqual([0, '']);
  });

  it.each([
    ["care team's", "'care team'\\''s'", "care team's/**"],
    ['care #1', "'care #1'", 'care #1/**'],
    ['a: b', "'a: b'", 'a: b/**'],
    ['x*y', "'x*y'", 'x\\*y/**'],
  ])('a folder called %s stays one YAML string, one shell word and a literal path filter', async (folder, shellWord, filter) => {
    const repo = repoWithReadme();
    expect((await runInProcess(['init', folder, '--brand', 'Acme', '--no-input'], { cwd: repo })).code).toBe(0);
    const file = join(repo, '.github/workflows/replyguide.yml');
    const workflow = parse(readFileSync(file, 'utf8'));
    expect(workflow.on.push.paths).toEqual([filter, '.github/workflows/replyguide.yml']);
    expect(workflow.jobs.lint.steps[2].run).toBe(`npx --yes replyguide@${VERSION} lint ${shellWord} --format github --max-warnings 0`);
    const validator = spawnSync(join(ROOT, 'node_modules/.bin/action-validator'), [file], { encoding: 'utf8' });
    expect([validator.status, validator.stdout]).toEqual([0, '']);
  });

  it('a second init keeps what exists and says so; a second playbook in one folder is refused', async () => {
    const repo = repoWithReadme();
    await runInProcess(INIT, { cwd: repo });
    const root = await runInProcess(['init', '.', '--brand', 'Acme', '--no-input'], { cwd: repo });
    expect(root.code).toBe(0);
    expect(root.stdout).toContain('Created playbook.yaml, playbook.schema.json\n');
    expect(root.stdout).toContain('Kept README.md (it exists; nothing written over it)\n');
    expect(root.stdout).toContain('Kept .github/workflows/replyguide.yml (it exists; nothing written over it)\n');
    expect(root.stdout).toContain(`      - run: npx --yes replyguide@${VERSION} lint . --format github --max-warnings 0\n`);
    expect(readFileSync(join(repo, 'README.md'), 'utf8')).toBe('# Our repository\n');
    const again = await runInProcess(INIT, { cwd: repo });
    expect([again.code, again.stderr]).toEqual([2, 'replyguide: acme/playbook.yaml already exists; nothing was written\n']);
  });

  it('lint names each placeholder in the team file, and nothing else; filled in, it is clean', async () => {
    const repo = repoWithReadme();
    await runInProcess(INIT, { cwd: repo });
    const acme = join(repo, 'acme');
    const lint = await runInProcess(['lint', '--format', 'json'], { cwd: acme });
    expect(lint.code).toBe(1);
    expect(findings(lint.stdout)).toEqual([
      'placeholder brand.links.houseRules',
      'placeholder brand.links.facts',
      'placeholder policies.houseRules.link',
      'placeholder contacts.customer-service.reach',
      'placeholder contacts.social-lead.reach',
      'placeholder contacts.spokesperson.reach',
      'placeholder contacts.legal.reach',
      'placeholder contacts.management.reach',
    ]);
    const text = await runInProcess(['lint'], { cwd: acme });
    expect(text.stdout).toContain('  42:12  error    contacts.legal.reach is still a placeholder ("TODO: how to reach the legal team, and how for urgent cases"); fill it in  placeholder\n');
    // Triage works meanwhile, and says what is unfinished.
    const early = await runInProcess(['triage', '--comment', 'Is this true?', '-a', 'kind=misinformation', '-a', 'fact=It is not.', '-f', 'json', '--no-log'], { cwd: acme });
    expect(early.code).toBe(0);
    expect(early.stderr).toBe('replyguide: 8 values are still "TODO:" placeholders in playbook.yaml; replies may show them (run: replyguide lint)\n');
    expect(JSON.parse(early.stdout).reply.text).toContain('TODO: the link to your facts page');
    fillIn(join(acme, 'playbook.yaml'));
    const clean = await runInProcess(['lint'], { cwd: acme });
    expect([clean.code, clean.stdout]).toEqual([0, '✔ 1 playbook checked, no problems\n']);
  });

  it('a placeholder inherited from the starter is reported at the team file\'s extends', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-own-'));
    writeFileSync(join(dir, 'playbook.yaml'), 'format: 1\nextends: starter\nid: mine\nname: Mine\nlocales: [en]\nbrand: { name: Mine }\n');
    const lint = await runInProcess(['lint', '--format', 'json'], { cwd: dir });
    const diagnostics = JSON.parse(lint.stdout)[0].diagnostics as { rule: string; file: string; line: number; message: string }[];
    expect(new Set(diagnostics.map((d) => `${d.rule} ${d.file}:${d.line}`))).toEqual(new Set(['placeholder playbook.yaml:2']));
    expect(diagnostics.map((d) => d.message)).toContain('brand.support.email is not set: the starter playbook\'s placeholder ("TODO: the support e-mail address") is used; set it in this playbook');
  });

  it('filled in, triage there uses the team playbook, and nothing of the demo brand reaches any output', async () => {
    const repo = repoWithReadme();
    await runInProcess(INIT, { cwd: repo });
    const acme = join(repo, 'acme');
    fillIn(join(acme, 'playbook.yaml'));
    const outputs: string[] = [];
    const kinds = ['complaint', 'cant_reach', 'question', 'misinformation', 'accusation', 'abuse', 'hate', 'praise', 'spam', 'other'];
    for (const kind of kinds) {
      for (const yes of ['yes', 'no']) {
        const answers = ['our_fault', 'private_data', 'answer_known', 'spreading', 'threat', 'repeat_offender', 'from_staff', 'chatter'].flatMap((id) => ['-a', `${id}=${yes}`]);
        const triage = await runInProcess(['triage', '--comment', 'Where is my order?', '-a', `kind=${kind}`, ...answers, '-a', 'answer=We ship within two days.', '-a', 'fact=That is not true.', '-a', 'name=Kim', '-f', 'json', '--no-log'], { cwd: acme });
        expect(triage.code).toBe(0);
        expect(JSON.parse(triage.stdout).playbook).toEqual({ id: 'acme', file: join(acme, 'playbook.yaml') });
        outputs.push(triage.stdout, (await runInProcess(['triage', '--comment', 'x', '-a', `kind=${kind}`, ...answers, '-a', 'answer=A.', '-a', 'fact=B.', '--no-log'], { cwd: acme })).stdout);
      }
    }
    const explain = await runInProcess(['explain'], { cwd: acme });
    expect(explain.stdout.split('\n')[0]).toBe('# The playbook as replyguide uses it, made of: playbook.yaml ← starter (built-in)');
    outputs.push(explain.stdout, (await runInProcess(['explain', '--format', 'json'], { cwd: acme })).stdout);
    const html = await runInProcess(['guide'], { cwd: acme });
    const md = await runInProcess(['guide', '--format', 'md'], { cwd: acme });
    expect([html.code, md.code]).toEqual([0, 0]);
    expect(md.stdout).toContain('Acme');
    // No version the team never gave (the starter's is its own), and no sample of the demo's bike shop.
    expect(md.stdout).not.toMatch(/Version|quick repair/);
    expect(md.stdout).toContain('We\'re really glad you liked the quick help');
    outputs.push(html.stdout, md.stdout);
    // The PDF through real Chromium, read back as text (poppler's pdftotext).
    const pdf = join(acme, 'guide.pdf');
    expect(runBinary(['guide', '--format', 'pdf', '-o', pdf], { cwd: acme }).code).toBe(0);
    const pdfText = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('Acme');
    outputs.push(pdfText);
    for (const output of outputs) expect(output).not.toMatch(DEMO_BRAND);
    expect(outputs.join('\n')).not.toContain('TODO');
  }, 60_000);
});

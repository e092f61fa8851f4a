// The user's own situation, never an internal error (issue 16, findings 9 and 13): a full output
// device, a glob with an unclosed bracket, an impossible date. One line, exit 2, no stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, runEnv, runInProcess } from '../helpers/cli.js';

describe('faults that are the user\'s situation', () => {
  it.runIf(existsSync('/dev/full'))('stdout on a full device: one line naming it, exit 2', () => {
    for (const args of [['schema'], ['guide', '--playbook', 'demo', '--format', 'md']]) {
      const full = openSync('/dev/full', 'w');
      const r = spawnSync(process.execPath, [BIN, ...args], { env: runEnv(), stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      closeSync(full);
      expect([r.status, r.stderr]).toEqual([2, 'replyguide: cannot write to standard output (ENOSPC: no space left on device)\n']);
    }
  });

  it('a glob with an unclosed bracket is a name with a bracket; a class it cannot read is one line', async () => {
    const unclosed = await runInProcess(['lint', 'playbooks/[demo']);
    expect([unclosed.code, unclosed.stdout, unclosed.stderr]).toEqual([2, '', 'replyguide: no playbook found at "playbooks/[demo"\n']);
    const bad = await runInProcess(['lint', 'playbooks/[z-a]*.yaml']);
    expect([bad.code, bad.stderr]).toEqual([2, 'replyguide: "[z-a]*.yaml" is not a pattern replyguide can read (a class like [z-a]?)\n']);
    const classes = await runInProcess(['lint', 'playbooks/[sd]*.yaml']);
    expect([classes.code, classes.stdout]).toEqual([0, '✔ 2 playbooks checked, no problems\n']);
  });

  it('impossible dates are refused, not rolled over: --since, --posted, REPLYGUIDE_NOW', async () => {
    const since = await runInProcess(['log', '--since', '2026-02-30']);
    expect(since.code).toBe(2);
    expect(since.stderr).toContain('2026-02-30');
    const posted = await runInProcess(['triage', '--no-input', '-c', 'hi', '--posted', '2026-04-31T10:00:00Z', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=K', '-a', 'praised=']);
    expect([posted.code, posted.stderr]).toEqual([2, 'replyguide: --posted takes an ISO 8601 time such as 2026-11-21T09:30:00Z, not "2026-04-31T10:00:00Z"\n']);
    for (const value of ['0', '2026-13-01', '2026-11-21T25:00:00Z']) {
      const r = await runInProcess(['followups'], { env: { REPLYGUIDE_NOW: value } });
      expect([r.code, r.stderr], value).toEqual([2, `replyguide: REPLYGUIDE_NOW is not an ISO 8601 time: "${value}"\n`]);
    }
    const leap = await runInProcess(['log', '--since', '2028-02-29']);
    expect(leap.code).toBe(0);
  });
});

describe('links that are not web or mail addresses', () => {
  it('are a lint error at their line, and stay text in the guide', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-link-'));
    writeFileSync(join(dir, 'playbook.yaml'), 'extends: demo\nid: team\npolicies:\n  houseRules:\n    link: "javascript:alert(1)"\n');
    const lint = await runInProcess(['lint', '--format', 'github'], { cwd: dir });
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain('line=5,col=11');
    expect(lint.stdout).toContain('link-scheme');
    const md = await runInProcess(['guide', '--format', 'md'], { cwd: dir });
    expect(md.stdout).toContain('Published at javascript:alert(1)\n');
    expect(md.stdout).not.toContain('<javascript:');
  });
});

describe('lint guarantees what triage needs (issue 16, finding 7)', () => {
  const lintJson = async (yaml: string) => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-lint7-'));
    writeFileSync(join(dir, 'playbook.yaml'), yaml);
    const r = await runInProcess(['lint', '--format', 'github'], { cwd: dir });
    return { ...r, dir };
  };

  it('a response time past any calendar is an error at its position (triage failed on it with "Invalid time value")', async () => {
    const r = await lintJson('extends: demo\nid: team\npolicies:\n  responseTimes: { urgent: 99999999w }\n');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('line=4,col=28');
    expect(r.stdout).toContain('(at most four digits), not "99999999w"');
  });

  it('@-data a template cannot have is an unknown variable, with or without examples', async () => {
    const r = await lintJson('extends: demo\nid: team\nlocales: [en]\nexamples: []\ntemplates:\n  praise:\n    en: ["Hi {{@root.constructor}} and {{@index}}", "Thanks {{answers.name}}"]\n');
    expect(r.code).toBe(1);
    const unknown = r.stdout.split('\n').filter((l) => l.includes('template-unknown-variable'));
    expect(unknown.map((l) => /unknown variable \{\{[^}]+\}\}/.exec(l)?.[0])).toEqual(['unknown variable {{constructor}}', 'unknown variable {{@index}}']);
  });
});

describe('a team\'s templates folder stays inside its own folder (issue 16, finding 13)', () => {
  it('templatesDir out of it, absolute, or a templates/ link out of it: one template-path-escape, nothing read', async () => {
    const { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(join(tmpdir(), 'replyguide-tdir-'));
    const outside = join(root, 'outside');
    mkdirSync(join(outside, 'en'), { recursive: true });
    writeFileSync(join(outside, 'en', 'praise.hbs'), 'Hi {{answers.name}}, stolen\n---\nHello {{answers.name}}, stolen too\n');
    const team = join(root, 'team');
    mkdirSync(team);
    for (const [dir, line] of [['../outside', 3], [outside, 3]] as const) {
      writeFileSync(join(team, 'playbook.yaml'), `extends: demo\nid: team\ntemplatesDir: ${dir}\n`);
      const r = await runInProcess(['lint', '--format', 'github'], { cwd: team });
      const escapes = r.stdout.split('\n').filter((l) => l.includes('template-path-escape'));
      expect([r.code, escapes.length, escapes[0]?.includes(`line=${line},col=15`)], dir).toEqual([1, 1, true]);
    }
    writeFileSync(join(team, 'playbook.yaml'), 'extends: demo\nid: team\n');
    symlinkSync(outside, join(team, 'templates'));
    const linked = await runInProcess(['lint', '--format', 'github'], { cwd: team });
    expect(linked.stdout.split('\n').filter((l) => l.includes('template-path-escape')).length).toBe(1);
    const triage = await runInProcess(['triage', '--no-input', '-c', 'hi', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=K', '-a', 'praised='], { cwd: team });
    expect(triage.code).toBe(2);
    expect(triage.stdout).not.toContain('stolen');
  });
});

describe('templates nested past any real reply (issue 16, finding 12)', () => {
  it('5,000 nested subexpressions or blocks: one positioned template-syntax error, no rule crashes', async () => {
    const { mkdirSync, mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-deep-'));
    mkdirSync(join(dir, 'templates', 'en'), { recursive: true });
    writeFileSync(join(dir, 'playbook.yaml'), 'extends: demo\nid: team\nlocales: [en]\n');
    const subexpressions = `Hi {{fallback ${'(fallback\n'.repeat(5000)}answers.name${' "x")\n'.repeat(5000)} "y"}}\n---\nHello {{answers.name}}\n`;
    const blocks = `${'{{#if answers.name}}\n'.repeat(5000)}Hi\n${'{{/if}}\n'.repeat(5000)}\n---\nHello {{answers.name}}\n`;
    for (const text of [subexpressions, blocks]) {
      writeFileSync(join(dir, 'templates', 'en', 'praise.hbs'), text);
      const r = await runInProcess(['lint', '--format', 'github'], { cwd: dir });
      expect(r.stdout).not.toContain('internal-error');
      expect(r.stdout).toContain('file=templates/en/praise.hbs,line=65,col=1,title=replyguide template-syntax::template "praise" variant 1: expressions or blocks nested more than 64 deep');
      const triage = await runInProcess(['triage', '--no-input', '-c', 'hi', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=K', '-a', 'praised=', '--variant', '1'], { cwd: dir });
      expect([triage.code, triage.stderr]).toEqual([2, 'replyguide: template "praise" failed at templates/en/praise.hbs:65:1: expressions or blocks nested more than 64 deep\n']);
    }
  });
});

describe('a read-only folder (issue 16, finding 9)', () => {
  // A real read-only file system: a small tmpfs remounted read-only (root, as on CI; else skipped).
  const canMount = process.getuid?.() === 0 && spawnSync('which', ['mount']).status === 0;
  it.runIf(canMount)('-o, log prune and followups done: one line naming the file, exit 2', async () => {
    const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const mount = mkdtempSync(join(tmpdir(), 'replyguide-ro-'));
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mount]).status !== 0) return; // not allowed here
    try {
      const log = join(mount, 'log.jsonl');
      const env = { REPLYGUIDE_LOG: log, REPLYGUIDE_NOW: '2026-11-21T10:00:00Z' };
      const triage = await runInProcess(['triage', '--no-input', '-f', 'json', '-c', 'My order never came', '-a', 'kind=complaint', '-a', 'our_fault=yes', '-a', 'private_data=no', '-a', 'tried_before=no', '-a', 'own_details=no', '-a', 'name=Tom'], { env });
      expect(triage.code).toBe(0);
      const id = JSON.parse(readFileSync(log, 'utf8').trim()).followUps[0].id;
      expect(spawnSync('mount', ['-o', 'remount,ro', mount]).status).toBe(0);
      const guide = await runInProcess(['guide', '--format', 'md', '-o', join(mount, 'guide.md')], { env });
      expect([guide.code, guide.stderr]).toEqual([2, `replyguide: cannot write ${join(mount, 'guide.md')}: the file system is read-only\n`]);
      const prune = await runInProcess(['log', 'prune', '--before', '2030-01-01'], { env });
      expect([prune.code, prune.stderr]).toEqual([2, `replyguide: cannot prune the response log ${log} (EROFS)\n`]);
      const done = await runInProcess(['followups', 'done', id], { env });
      expect(done.code).toBe(2);
      expect(done.stderr).toBe(`replyguide: cannot write the response log ${log} (EROFS)\n`);
    } finally {
      spawnSync('umount', [mount]);
      rmSync(mount, { recursive: true, force: true });
    }
  });
});

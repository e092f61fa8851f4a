// Which playbook a command uses: --playbook, REPLYGUIDE_PLAYBOOK, the config's `playbook`, the nearest
// playbook.yaml from the working folder up, else the built-in demo. And a config that does not parse.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

const ACME = join(ROOT, 'tests/fixtures/extends/acme');
const triage = ['triage', '--no-input', '-f', 'json', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=Tom', '--no-log'];

/** A folder with its own playbook (a copy of the one-file minimal fixture) and a sub-folder. */
function project(): { dir: string; sub: string; config: string } {
  const dir = mkdtempSync(join(tmpdir(), 'replyguide-discover-'));
  const sub = join(dir, 'replies', 'drafts');
  mkdirSync(sub, { recursive: true });
  writeFileSync(join(dir, 'playbook.yaml'), [
    'format: 1', 'extends: starter', 'id: local-team', 'name: Local team', 'locales: [en]',
    'brand: { name: Local, support: { email: care@local.test, url: "https://local.test/help", dm: a direct message to @local } }',
  ].join('\n') + '\n');
  return { dir, sub, config: join(dir, 'config.json') };
}

async function usedPlaybook(cwd: string, env: Record<string, string> = {}, args: string[] = []): Promise<{ id: string; file: string }> {
  const result = await runInProcess([...triage, ...args], { cwd, env: { REPLYGUIDE_CONFIG: join(cwd, 'no-config.json'), ...env } });
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout).playbook;
}

describe('playbook discovery', () => {
  it('uses the nearest playbook.yaml, from the folder itself or any folder above', async () => {
    const { dir, sub } = project();
    expect(await usedPlaybook(dir)).toEqual({ id: 'local-team', file: join(dir, 'playbook.yaml') });
    expect(await usedPlaybook(sub)).toEqual({ id: 'local-team', file: join(dir, 'playbook.yaml') });
  });

  it('passes over a playbook.yml that is not ours (Ansible) on the way up', async () => {
    const { dir, sub } = project();
    const inner = join(sub, '..');
    writeFileSync(join(inner, 'playbook.yml'), '- hosts: all\n  tasks:\n    - name: ping\n      ping:\n');
    expect(await usedPlaybook(sub)).toEqual({ id: 'local-team', file: join(dir, 'playbook.yaml') });
  });

  it('without one anywhere up, the built-in demo', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'replyguide-none-'));
    expect(await usedPlaybook(empty)).toEqual({ id: 'demo', file: join(ROOT, 'playbooks/demo.yaml') });
  });

  it('a script that falls back to the demo is told so once, after its reply; one that names it, or fails, is not', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'replyguide-none-'));
    const env = { REPLYGUIDE_CONFIG: join(empty, 'no-config.json') };
    const notice = `replyguide: no playbook.yaml in ${empty} or a folder above it: using the built-in demo, whose replies sign as Brightline; run replyguide init for your own, or give --playbook\n`;
    const fallback = await runInProcess(triage, { cwd: empty, env });
    expect([fallback.code, fallback.stderr]).toEqual([0, notice]);
    expect(JSON.parse(fallback.stdout).playbook.id).toBe('demo');
    const named = await runInProcess([...triage, '--playbook', 'demo'], { cwd: empty, env });
    expect([named.code, named.stderr]).toEqual([0, '']);
    const failed = await runInProcess([...triage, '-a', 'kind=nonsense'], { cwd: empty, env });
    expect(failed.code).toBe(2);
    expect(failed.stderr).not.toContain('built-in demo');
    const guide = await runInProcess(['guide', '--format', 'md'], { cwd: empty, env });
    expect([guide.code, guide.stderr]).toEqual([0, notice]);
    // A queue: said once, before its summary, when a row was planned; a queue where none was is not told.
    writeFileSync(join(empty, 'q.csv'), 'comment\nThanks for the help!\n');
    writeFileSync(join(empty, 'none.csv'), 'comment,posted\nThanks!,yesterday\n');
    const queue = ['triage', '--queue', 'q.csv', '--no-input', '--no-log', '-a', 'kind=praise', '-a', 'from_staff=no'];
    expect((await runInProcess(queue, { cwd: empty, env })).stderr).toBe(`${notice}q.csv: 1 row(s): 1 planned, 0 failed, 0 already in the log\n`);
    expect((await runInProcess([...queue.slice(0, 2), 'none.csv', ...queue.slice(3)], { cwd: empty, env })).stderr).toBe('none.csv: 1 row(s): 0 planned, 1 failed, 0 already in the log\n');
    const dutch = await runInProcess(triage, { cwd: empty, env: { ...env, LANG: 'nl_NL.UTF-8' } });
    expect(dutch.stderr).toBe(`replyguide: geen playbook.yaml in ${empty} of een map erboven: de ingebouwde demo wordt gebruikt, met antwoorden namens Brightline; maak je eigen met replyguide init, of geef --playbook\n`);
  });

  it('the config beats the nearest file, REPLYGUIDE_PLAYBOOK beats the config, --playbook beats all', async () => {
    const { dir, sub, config } = project();
    writeFileSync(config, JSON.stringify({ playbook: join(ACME, 'playbook.yaml') }));
    expect((await usedPlaybook(sub, { REPLYGUIDE_CONFIG: config })).id).toBe('acme');
    expect((await usedPlaybook(sub, { REPLYGUIDE_CONFIG: config, REPLYGUIDE_PLAYBOOK: 'demo' })).id).toBe('demo');
    expect((await usedPlaybook(sub, { REPLYGUIDE_CONFIG: config, REPLYGUIDE_PLAYBOOK: 'demo' }, ['--playbook', dir])).id).toBe('local-team');
  });

  it("a relative path in the config is read from the config's folder", async () => {
    const { sub, config } = project();
    const elsewhere = mkdtempSync(join(tmpdir(), 'replyguide-config-'));
    writeFileSync(join(elsewhere, 'config.json'), JSON.stringify({ playbook: relative(elsewhere, ACME) }));
    writeFileSync(config, '{}');
    expect((await usedPlaybook(sub, { REPLYGUIDE_CONFIG: join(elsewhere, 'config.json') })).id).toBe('acme');
  });

  it('a configured playbook that does not exist is exit 2 naming where it came from', async () => {
    const { sub } = project();
    const result = await runInProcess(triage, { cwd: sub, env: { REPLYGUIDE_PLAYBOOK: join(sub, 'gone.yaml') } });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('replyguide: no playbook at gone.yaml (from REPLYGUIDE_PLAYBOOK): give a playbook.yaml, or a folder that holds one\n');
    // A folder without one says the same, in one line.
    const folder = await runInProcess(triage, { cwd: sub, env: { REPLYGUIDE_PLAYBOOK: mkdtempSync(join(tmpdir(), 'replyguide-empty-')) } });
    expect([folder.code, folder.stderr]).toEqual([2, expect.stringMatching(/^replyguide: no playbook at \S*replyguide-empty-\w+ \(from REPLYGUIDE_PLAYBOOK\): give a playbook\.yaml, or a folder that holds one\n$/)]);
  });

  it('explain, guide and check use the discovered playbook too', async () => {
    const { dir } = project();
    const env = { REPLYGUIDE_CONFIG: join(dir, 'none.json') };
    const explain = await runInProcess(['explain'], { cwd: dir, env });
    expect(explain.stdout.split('\n')[0]).toBe('# The playbook as replyguide uses it, made of: playbook.yaml ← starter (built-in)');
    const guide = await runInProcess(['guide', '--format', 'md'], { cwd: dir, env });
    expect(guide.stdout).toContain('Local');
    expect(guide.stdout).not.toMatch(/brightline/i);
    const draft = ['check', 'Hi Sam, POLYMERTEX is not in our products. Thanks for asking! – Kim'];
    expect((await runInProcess(draft, { cwd: mkdtempSync(join(tmpdir(), 'replyguide-none-')), env })).stdout).toContain('no-caps');
    writeFileSync(join(dir, 'playbook.yaml'), 'format: 1\nextends: demo\nid: chemists\nname: Chemists\nlocales: [en]\ntone: { allowCaps: [POLYMERTEX] }\n');
    const check = await runInProcess(draft, { cwd: dir, env });
    expect([check.code, check.stderr]).toEqual([0, '']);
    expect(check.stdout).not.toContain('no-caps');
  });
});

describe('names that are also built-in', () => {
  it('a folder called "demo" wins over the built-in demo; a name like "toString" is just a path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-names-'));
    expect((await runInProcess(['init', 'demo', '--brand', 'Acme', '--no-input'], { cwd: dir })).code).toBe(0);
    const explain = await runInProcess(['explain', '--playbook', 'demo', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(explain.stdout).files[0]).toBe('demo/playbook.yaml');
    const odd = await runInProcess(['explain', '--playbook', 'toString'], { cwd: dir });
    expect([odd.code, odd.stderr]).toEqual([2, 'replyguide: no playbook at toString: give a playbook.yaml, or a folder that holds one\n']);
  });
});

describe('the user config', () => {
  it('one written with a BOM (Notepad) is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-config-'));
    writeFileSync(join(dir, 'config.json'), '\uFEFF{"agent": "Bo"}');
    const r = await runInProcess(['triage', '--comment', 'Thanks!', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=Tom', '-f', 'json', '--no-log'], { env: { REPLYGUIDE_CONFIG: join(dir, 'config.json') } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).reply.text).toMatch(/– Bo$/);
  });

  it('one that does not parse is exit 2 with file:line:col, never ignored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-config-'));
    const config = join(dir, 'config.json');
    writeFileSync(config, '{"log": false,}');
    const log = join(dir, 'log.jsonl');
    const result = await runInProcess(['triage', '--comment', 'Thanks!', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=Tom'], { env: { REPLYGUIDE_CONFIG: config, REPLYGUIDE_LOG: log } });
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(`replyguide: ${config}:1:15: the config is not valid JSON (Expected double-quoted property name); fix or remove it\n`);
    expect(existsSync(log)).toBe(false);
  });

  it('a value of the wrong type is named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-config-'));
    writeFileSync(join(dir, 'config.json'), '{"log": "no"}');
    const result = await runInProcess(['triage', '--comment', 'Thanks!', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=Tom'], { env: { REPLYGUIDE_CONFIG: join(dir, 'config.json') } });
    expect([result.code, result.stderr]).toEqual([2, `replyguide: ${join(dir, 'config.json')}: "log" in the config must be a true or false\n`]);
  });
});

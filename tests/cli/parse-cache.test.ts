// The parse cache that triage uses: it speeds up, never changes an answer, and never holds a broken playbook.
import { mkdtempSync, readdirSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const triage = ['triage', '--no-input', '-f', 'json', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=Tom', '--variant', '2'];

// It read 0.50 confident from the model just learned and 0.51 from the same model cached, in bytes.
const DIFFERED = 'waarom is mijn pakket nog niet verstuurd';

describe('parse cache', () => {
  it('stores a valid playbook once and gives the same plan from the cache, even after a corrupt entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-cache-'));
    const env = { REPLYGUIDE_CACHE_DIR: dir };
    const first = await runInProcess(triage, { env });
    expect(first.code).toBe(0);
    const entries = readdirSync(dir);
    // The demo, the starter it extends, and the two merged once validated, each with its examples apart;
    // and that merged playbook localized to its default locale (its examples localized when read).
    expect(entries.filter((e) => e.endsWith('.json'))).toHaveLength(4);
    expect(entries.filter((e) => e.endsWith('.json.examples'))).toHaveLength(3);
    // The one reply variant rendered, parsed: the next triage does not load the template parser.
    expect(entries.filter((e) => e.startsWith('template-') && e.endsWith('.ast'))).toHaveLength(1);
    const second = await runInProcess(triage, { env });
    expect(second.stdout).toBe(first.stdout);
    for (const entry of entries) {
      writeFileSync(join(dir, entry), '{ not json');
      expect((await runInProcess(triage, { env })).stdout).toBe(first.stdout);
    }
  });

  it('examples kept apart in the cache teach the same model as the files: same suggestions after the model is dropped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-cache-'));
    const env = { REPLYGUIDE_CACHE_DIR: dir };
    const team = join(mkdtempSync(join(tmpdir(), 'replyguide-team-')), 'playbook.yaml');
    writeFileSync(team, [
      'format: 1', 'extends: starter', 'id: team', 'name: Team',
      'examples:',
      '  - { id: own-1, comment: "de bakfiets rammelt en de kettingkast zit los", answers: { kind: complaint, our_fault: true, private_data: false }, expect: { situation: complaint } }',
      '  - { id: own-2, comment: "bakfiets kapot, kettingkast eraf gevallen", answers: { kind: complaint, our_fault: true, private_data: false }, expect: { situation: complaint } }',
      '',
    ].join('\n'));
    const args = ['triage', '--playbook', team, '--no-input', '-f', 'json', '--comment', 'mijn bakfiets rammelt, kettingkast los'];
    const first = await runInProcess(args, { env });
    expect(first.code).toBe(2);
    expect(JSON.parse(first.stdout).suggestions.kind).toMatchObject({ value: 'complaint', confident: true });
    for (const entry of readdirSync(dir)) if (entry.startsWith('model-')) rmSync(join(dir, entry));
    const again = await runInProcess(args, { env });
    expect(again.stdout).toBe(first.stdout);
    expect(readdirSync(dir).filter((e) => e.startsWith('model-'))).toHaveLength(2); // kept by these files, and by what it learns from
    // The model read back from the cache suggests what the run that learned it did, to the last digit.
    for (const entry of readdirSync(dir)) if (entry.startsWith('model-')) rmSync(join(dir, entry));
    const learned = await runInProcess([...args.slice(0, -1), DIFFERED], { env });
    const cached = await runInProcess([...args.slice(0, -1), DIFFERED], { env });
    expect(cached.stdout).toBe(learned.stdout);
  }, 120_000); // three models learned from the starter's 6,400 examples

  it('sees an edit that keeps the file\'s size and modification time (a file is known by its change time too)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-cache-'));
    const env = { REPLYGUIDE_CACHE_DIR: dir };
    const team = join(mkdtempSync(join(tmpdir(), 'replyguide-team-')), 'playbook.yaml');
    const playbook = (name: string) => ['format: 1', 'extends: starter', 'id: team', 'name: Team', 'brand:', `  name: ${name}`, ''].join('\n');
    writeFileSync(team, playbook('Alder Bikes'));
    const { mtime } = statSync(team);
    const args = ['triage', '--playbook', team, '--no-input', '-f', 'json', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=Tom'];
    const digests = () => readdirSync(dir).filter((e) => e.endsWith('.digest'));
    // Just written, the team's file is read again each time (a coarse clock could hide a second edit); the starter is known.
    const first = await runInProcess(args, { env });
    expect(first.code).toBe(0);
    expect(digests()).toHaveLength(1);
    await new Promise((done) => setTimeout(done, 2100));
    expect((await runInProcess(args, { env })).stdout).toBe(first.stdout);
    expect(digests()).toHaveLength(2); // settled: now the team's file is known by its state too
    expect((await runInProcess(args, { env })).stdout).toBe(first.stdout);
    writeFileSync(team, playbook('Birch Bikes'));
    utimesSync(team, mtime, mtime);
    const edited = await runInProcess(args, { env });
    expect(edited.stdout).toBe(first.stdout.replaceAll('Alder Bikes', 'Birch Bikes'));
    expect(edited.stdout).toContain('Birch Bikes');
  });

  it('never caches a file that does not parse, and lint never uses the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-cache-'));
    const env = { REPLYGUIDE_CACHE_DIR: dir };
    expect((await runInProcess(['triage', '--playbook', 'tests/fixtures/broken/syntax-error.yaml', '-a', 'kind=praise'], { env })).code).toBe(2);
    expect((await runInProcess(['lint', 'playbooks'], { env })).code).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a cached playbook is validated every time: a schema error is reported from the cache too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-cache-'));
    const env = { REPLYGUIDE_CACHE_DIR: dir };
    const args = ['triage', '--playbook', 'tests/fixtures/broken/unknown-key.yaml', '-a', 'kind=praise'];
    const first = await runInProcess(args, { env });
    expect(readdirSync(dir).filter((e) => e.endsWith('.json'))).toHaveLength(1);
    const second = await runInProcess(args, { env });
    expect([second.code, second.stderr]).toEqual([2, first.stderr]);
    expect(second.stderr).toContain('unknown-key.yaml:33:5: unknown key "tempalte" in situations[0]; did you mean "template"? (schema-unknown-key)');
  });

  it('never grows past 64 MiB: a new entry pushes out the oldest ones, never itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-cache-'));
    // Five stale 15 MiB entries (sparse files) from earlier edits of a playbook, the oldest first.
    const stale = ['a', 'b', 'c', 'd', 'e'].map((name, i) => {
      const file = join(dir, `model-${name}.bin`);
      writeFileSync(file, '');
      truncateSync(file, 15 * 1024 * 1024);
      utimesSync(file, new Date(Date.UTC(2026, 0, 1 + i)), new Date(Date.UTC(2026, 0, 1 + i)));
      return `model-${name}.bin`;
    });
    const r = await runInProcess(triage, { env: { REPLYGUIDE_CACHE_DIR: dir } });
    expect(r.code).toBe(0);
    const left = readdirSync(dir);
    // The run stored its seven entries (a few MiB); with 75 MiB of stale ones, the oldest had to go.
    expect(stale.filter((name) => left.includes(name))).toEqual(['model-b.bin', 'model-c.bin', 'model-d.bin', 'model-e.bin']);
    expect(left.filter((e) => e.endsWith('.json') || e.endsWith('.json.examples'))).toHaveLength(7);
    expect(left.reduce((sum, name) => sum + statSync(join(dir, name)).size, 0)).toBeLessThanOrEqual(64 * 1024 * 1024);
    expect((await runInProcess(triage, { env: { REPLYGUIDE_CACHE_DIR: dir } })).stdout).toBe(r.stdout);
  });

  it('lives in the user cache folder by default, and REPLYGUIDE_CACHE_DIR=off turns it off', async () => {
    const home = mkdtempSync(join(tmpdir(), 'replyguide-home-'));
    expect((await runInProcess(triage, { env: { HOME: home, REPLYGUIDE_CACHE_DIR: 'off' } })).code).toBe(0);
    expect(readdirSync(home)).toEqual([]);
    expect((await runInProcess(triage, { env: { HOME: home, REPLYGUIDE_CACHE_DIR: '' } })).code).toBe(0);
    expect(readdirSync(join(home, '.cache', 'replyguide', 'playbooks')).filter((e) => e.endsWith('.json'))).toHaveLength(4);
  });
});

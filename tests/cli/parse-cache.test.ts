// The parse cache that triage uses: it speeds up, never changes an answer, and never holds a broken playbook.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const triage = ['triage', '--no-input', '-f', 'json', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=Tom', '--variant', '2'];

describe('parse cache', () => {
  it('stores a valid playbook once and gives the same plan from the cache, even after a corrupt entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-cache-'));
    const env = { REPLYGUIDE_CACHE_DIR: dir };
    const first = await runInProcess(triage, { env });
    expect(first.code).toBe(0);
    const entries = readdirSync(dir);
    expect(entries).toHaveLength(3); // the demo, the starter it extends, and the two merged once validated
    const second = await runInProcess(triage, { env });
    expect(second.stdout).toBe(first.stdout);
    for (const entry of entries) {
      writeFileSync(join(dir, entry), '{ not json');
      expect((await runInProcess(triage, { env })).stdout).toBe(first.stdout);
    }
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
    expect(readdirSync(dir)).toHaveLength(1);
    const second = await runInProcess(args, { env });
    expect([second.code, second.stderr]).toEqual([2, first.stderr]);
    expect(second.stderr).toContain('unknown-key.yaml:33:5: unknown key "tempalte" in situations[0]; did you mean "template"? (schema-unknown-key)');
  });

  it('lives in the user cache folder by default, and REPLYGUIDE_CACHE_DIR=off turns it off', async () => {
    const home = mkdtempSync(join(tmpdir(), 'replyguide-home-'));
    expect((await runInProcess(triage, { env: { HOME: home, REPLYGUIDE_CACHE_DIR: 'off' } })).code).toBe(0);
    expect(readdirSync(home)).toEqual([]);
    expect((await runInProcess(triage, { env: { HOME: home, REPLYGUIDE_CACHE_DIR: '' } })).code).toBe(0);
    expect(readdirSync(join(home, '.cache', 'replyguide', 'playbooks'))).toHaveLength(3);
  });
});

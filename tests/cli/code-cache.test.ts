// The V8 code cache bin/replyguide.js keeps for the bundle: one file per command (and per way of
// running a triage) in the cache folder, used as it is on the next run, and never a reason for a
// different answer: a damaged file is compiled afresh and replaced.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDir } from '../helpers/env.js';
import { ROOT, runBinary } from '../helpers/cli.js';

const check = ['check', 'Thanks for asking! We will look into it and reply here by Friday.'];
const triage = ['triage', '--no-input', '--no-log', '--format', 'json', '--comment', 'Ordered three weeks ago and still waiting for my refund', '-a', 'our_fault=yes', '-a', 'name=Sam'];

const files = (cache: string) => readdirSync(join(cache, 'code')).sort();
const kinds = (cache: string) => files(cache).map((name) => name.split('-')[0]);

describe('the code cache', () => {
  it('is written once per command and used as it is after that', () => {
    const cache = freshDir('cache-');
    const first = runBinary(check, { env: { REPLYGUIDE_CACHE_DIR: cache } });
    expect(kinds(cache)).toEqual(['check']);
    const [file] = files(cache);
    expect(file).toMatch(new RegExp(`^check-${process.version}-${process.arch}-\\d+-\\d+-\\d+\\.v8$`));
    const written = statSync(join(cache, 'code', file)).mtimeMs;
    const again = runBinary(check, { env: { REPLYGUIDE_CACHE_DIR: cache } });
    expect(again).toEqual(first);
    expect(statSync(join(cache, 'code', file)).mtimeMs).toBe(written);
  });

  it('is kept per command the CLI has; a mistyped one shares "other" (the shim\'s list is the CLI\'s)', () => {
    const cache = freshDir('cache-');
    expect(runBinary(['zzqq'], { env: { REPLYGUIDE_CACHE_DIR: cache } }).code).toBe(2);
    expect(runBinary(['trage'], { env: { REPLYGUIDE_CACHE_DIR: cache } }).code).toBe(2);
    expect(kinds(cache)).toEqual(['other']);
    const help = runBinary(['--help']).stdout;
    const commands = [...help.slice(help.indexOf('Commands:')).matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]).filter((c) => c !== 'help').sort();
    const shim = readFileSync(join(ROOT, 'bin/replyguide.js'), 'utf8').match(/const COMMANDS = (\[[^\]]*\])/)![1];
    expect(JSON.parse(shim.replace(/'/g, '"'))).toEqual(commands);
  });

  it('keeps a scripted triage and one that suggests apart: each holds the code its kind of run uses', () => {
    const cache = freshDir('cache-');
    const given = runBinary([...triage, '-a', 'kind=complaint', '-a', 'private_data=yes', '-a', 'own_details=no'], { env: { REPLYGUIDE_CACHE_DIR: cache } });
    const suggested = runBinary([...triage, '--use-suggestions'], { env: { REPLYGUIDE_CACHE_DIR: cache } });
    expect([given.code, suggested.code]).toEqual([0, 0]);
    expect(kinds(cache)).toEqual(['triage', 'triage.suggest']);
    expect(JSON.parse(suggested.stdout).situation.id).toBe(JSON.parse(given.stdout).situation.id);
  });

  it('from a run that filled the parse cache is kept as a cold one, given up by the next run for a lean one', () => {
    const cache = freshDir('cache-');
    const run = () => runBinary([...triage, '--playbook', 'demo', '-a', 'kind=complaint', '-a', 'private_data=yes', '-a', 'own_details=no'], { env: { REPLYGUIDE_CACHE_DIR: cache } });
    const first = run(); // parses the playbook: the code that does so is in this run's code cache
    expect(first.code).toBe(0);
    const [cold] = files(cache);
    expect(cold).toMatch(/^triage-.*\.cold\.v8$/);
    const coldSize = statSync(join(cache, 'code', cold)).size;
    expect(run()).toEqual(first); // uses it, found the playbook parsed, and lets it go
    expect(files(cache)).toEqual([]);
    expect(run()).toEqual(first); // compiled afresh: keeps only what a triage on a parsed playbook runs
    const [lean] = files(cache);
    expect(lean).toBe(cold.replace('.cold.v8', '.v8'));
    const written = statSync(join(cache, 'code', lean));
    // The cold one also holds the YAML parser's and the merge's code (the validator is a bundle apart).
    expect(written.size).toBeLessThan(coldSize * 0.9);
    expect(run()).toEqual(first);
    expect(statSync(join(cache, 'code', lean)).mtimeMs).toBe(written.mtimeMs);
  });

  it('compiles afresh past a damaged file, with the same output, and replaces it', () => {
    const cache = freshDir('cache-');
    const first = runBinary(check, { env: { REPLYGUIDE_CACHE_DIR: cache } });
    const file = join(cache, 'code', files(cache)[0]);
    const good = readFileSync(file);
    writeFileSync(file, Buffer.from('not a code cache at all'));
    expect(runBinary(check, { env: { REPLYGUIDE_CACHE_DIR: cache } })).toEqual(first);
    expect(readFileSync(file).length).toBeGreaterThan(good.length / 2);
  });

  it('is kept by an interactive triage once its plan is shown: a closed terminal (SIGHUP) runs no exit handler', async () => {
    const { startPty } = await import('../helpers/pty.js');
    const cache = freshDir('cache-');
    const session = async () => {
      const pty = startPty(['triage', '--agent', 'Sam', '--locale', 'en', '--no-log', '--comment', 'Thanks!', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=Tom', '-a', 'praised='], { REPLYGUIDE_CACHE_DIR: cache });
      await pty.waitFor('What next?');
      for (let waited = 0; !(existsSync(join(cache, 'code')) && files(cache).some((name) => name.endsWith('.v8'))) && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      pty.kill('SIGHUP');
      return pty.exit();
    };
    expect(await session()).toBe(128 + 1);
    expect(kinds(cache)).toEqual(['triage.ask']);
    const file = join(cache, 'code', files(cache)[0]);
    const written = statSync(file);
    expect(written.size).toBeGreaterThan(100_000);
    // The next session uses it as it is.
    expect(await session()).toBe(128 + 1);
    expect(statSync(file).mtimeMs).toBe(written.mtimeMs);
  }, 30_000);

  it('is not kept with REPLYGUIDE_CACHE_DIR=off', () => {
    const home = freshDir('home-');
    const off = runBinary(check, { env: { REPLYGUIDE_CACHE_DIR: 'off', HOME: home, XDG_CACHE_HOME: join(home, '.cache') } });
    expect(off.code).toBe(0);
    expect(existsSync(join(home, '.cache', 'replyguide'))).toBe(false);
  });
});

// The V8 code cache bin/replyguide.js keeps for the bundle: one file per command (and per way of
// running a triage) in the cache folder, used as it is on the next run, and never a reason for a
// different answer: a damaged file is compiled afresh and replaced.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDir } from '../helpers/env.js';
import { runBinary } from '../helpers/cli.js';

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

  it('keeps a scripted triage and one that suggests apart: each holds the code its kind of run uses', () => {
    const cache = freshDir('cache-');
    const given = runBinary([...triage, '-a', 'kind=complaint', '-a', 'private_data=yes', '-a', 'own_details=no'], { env: { REPLYGUIDE_CACHE_DIR: cache } });
    const suggested = runBinary([...triage, '--use-suggestions'], { env: { REPLYGUIDE_CACHE_DIR: cache } });
    expect([given.code, suggested.code]).toEqual([0, 0]);
    expect(kinds(cache)).toEqual(['triage', 'triage.suggest']);
    expect(JSON.parse(suggested.stdout).situation.id).toBe(JSON.parse(given.stdout).situation.id);
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

  it('is not kept with REPLYGUIDE_CACHE_DIR=off', () => {
    const home = freshDir('home-');
    const off = runBinary(check, { env: { REPLYGUIDE_CACHE_DIR: 'off', HOME: home, XDG_CACHE_HOME: join(home, '.cache') } });
    expect(off.code).toBe(0);
    expect(existsSync(join(home, '.cache', 'replyguide'))).toBe(false);
  });
});

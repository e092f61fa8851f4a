// Loading through the parse cache gives the very playbook the files give: the default-locale view read
// back from the cache is the one localized afresh, examples included.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_NAMES } from '../../src/playbook/builtin.js';
import { loadPlaybook } from '../../src/playbook/load.js';
import { runTimeErrors } from '../../src/lint/run-time-checks.js';
import { localize } from '../../src/playbook/localize.js';
import { cacheKey, sha1 } from '../../src/digest.js';

describe('loading through the parse cache', () => {
  it('gives the demo localized as the files do, its examples localized when read', () => {
    const cache = { dir: mkdtempSync(join(tmpdir(), 'replyguide-cache-')), version: 'test' };
    const fresh = loadPlaybook(BUILTIN_NAMES.demo, { cache, lazyTemplates: true, vet: runTimeErrors }).playbook!;
    const cached = loadPlaybook(BUILTIN_NAMES.demo, { cache, lazyTemplates: true, vet: runTimeErrors }).playbook!;
    expect(readdirSync(cache.dir).filter((e) => e.endsWith('.json'))).toHaveLength(4);
    const expected = localize(fresh.raw, 'en');
    expect(cached.data).toEqual(expected);
    expect(cached.data.examples!.length).toBeGreaterThan(1000);
    expect(cached.data.examples).toEqual(expected.examples);
    expect(cached.data).toEqual(fresh.data);
  });

  it('follows the demo to the starter by its head, and reads the starter when asked, even after its entry has gone', () => {
    const cache = { dir: mkdtempSync(join(tmpdir(), 'replyguide-cache-')), version: 'test' };
    const fresh = loadPlaybook(BUILTIN_NAMES.demo, { cache, vet: runTimeErrors }).playbook!;
    // The starter's parsed data leaves the cache (a trim); its digest, with its head, stays.
    const entry = join(cache.dir, `${cacheKey('test', sha1(readFileSync(BUILTIN_NAMES.starter, 'utf8')))}.json`);
    rmSync(entry);
    const cached = loadPlaybook(BUILTIN_NAMES.demo, { cache, vet: runTimeErrors }).playbook!;
    expect(cached.layers.map((layer) => [layer.file, layer.templatesDir, layer.digest])).toEqual(fresh.layers.map((layer) => [layer.file, layer.templatesDir, layer.digest]));
    expect(cached.data).toEqual(fresh.data);
    expect(existsSync(entry)).toBe(false); // not read yet
    expect(cached.layers[1].raw).toEqual(fresh.layers[1].raw);
    expect(cached.layers[1].raw.id).toBe('starter');
    // Parsed once more when asked for, and stored again for the runs after it.
    expect(existsSync(entry)).toBe(true);
    expect(loadPlaybook(BUILTIN_NAMES.demo, { cache, vet: runTimeErrors }).playbook!.layers[1].raw).toEqual(fresh.layers[1].raw);
  });
});

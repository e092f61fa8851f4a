// Loading through the parse cache gives the very playbook the files give: the default-locale view read
// back from the cache is the one localized afresh, examples included.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_NAMES } from '../../src/playbook/builtin.js';
import { loadPlaybook } from '../../src/playbook/load.js';
import { localize } from '../../src/playbook/localize.js';

describe('loading through the parse cache', () => {
  it('gives the demo localized as the files do, its examples localized when read', () => {
    const cache = { dir: mkdtempSync(join(tmpdir(), 'replyguide-cache-')), version: 'test' };
    const fresh = loadPlaybook(BUILTIN_NAMES.demo, { cache, lazyTemplates: true }).playbook!;
    const cached = loadPlaybook(BUILTIN_NAMES.demo, { cache, lazyTemplates: true }).playbook!;
    expect(readdirSync(cache.dir).filter((e) => e.endsWith('.json'))).toHaveLength(4);
    const expected = localize(fresh.raw, 'en');
    expect(cached.data).toEqual(expected);
    expect(cached.data.examples!.length).toBeGreaterThan(1000);
    expect(cached.data.examples).toEqual(expected.examples);
    expect(cached.data).toEqual(fresh.data);
  });
});

// A cache of playbook files that parsed cleanly, keyed by a hash of their text, so the commands
// people run many times a day (triage, check) skip YAML parsing; and, keyed by every file a playbook
// is made of, the merged playbook once it validated, so they skip merging and validating too (a
// playbook with errors is never stored, so it is checked every time). Lint never uses it. Any
// problem with the cache just means parsing again.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../write-file.js';

export interface ParseCache {
  dir: string;
  /** Part of the key, so a new replyguide (new schema) never trusts an old entry. */
  version: string;
}

const key = (cache: ParseCache, text: string) => createHash('sha1').update(cache.version).update('\0').update(text).digest('hex');

export function cachedData(cache: ParseCache, text: string): unknown {
  try {
    return JSON.parse(readFileSync(join(cache.dir, `${key(cache, text)}.json`), 'utf8'));
  } catch {
    return undefined;
  }
}

export function storeData(cache: ParseCache, text: string, data: unknown): void {
  try {
    mkdirSync(cache.dir, { recursive: true });
    writeFileAtomic(join(cache.dir, `${key(cache, text)}.json`), JSON.stringify(data));
  } catch {
    // A read-only home or a full disk only costs speed.
  }
}

// A cache of playbook files that parsed cleanly, keyed by a hash of their text, so the commands
// people run many times a day (triage, check) skip YAML parsing; and, keyed by every file a playbook
// is made of, the merged playbook once it validated and passed the run-time checks, so they skip all that (a
// playbook with errors is never stored, so it is checked every time). Lint never uses it. Any
// problem with the cache just means parsing again.
import { cacheKey } from '../digest.js';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../write-file.js';
import { examplesOnDemand } from './examples-apart.js';

export interface ParseCache {
  dir: string;
  /** Part of the key, so a new replyguide (new schema) never trusts an old entry. */
  version: string;
}

/** `name`: a file's digest, or what a merged playbook is made of (short either way: hashing it again is cheap). */
const key = (cache: ParseCache, name: string) => cacheKey(cache.version, name);

// A playbook's examples go to a file of their own beside it (see examples-apart.ts): both are read
// together, so the pair is consistent, but the examples are parsed only when something reads them.
const EXAMPLES_APART = '\u0000examples-apart';

/** An examples file whose playbook is dropped unread is closed then (a long test run loads thousands). */
const stillOpen = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed with the process's other files
  }
});

export function cachedData(cache: ParseCache, name: string): unknown {
  try {
    const file = join(cache.dir, `${key(cache, name)}.json`);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    if (data !== null && typeof data === 'object' && EXAMPLES_APART in data) {
      // Written whole or not at all (renamed into place); a file of another size is not the pair's.
      // Kept open, read on first use (most commands never do): trimming the folder meanwhile cannot take it away.
      const examples = openSync(`${file}.examples`, 'r');
      if (fstatSync(examples).size !== data[EXAMPLES_APART]) {
        closeSync(examples);
        return undefined;
      }
      delete data[EXAMPLES_APART];
      const token = {};
      stillOpen.register(data, examples, token);
      examplesOnDemand(data, () => {
        stillOpen.unregister(token);
        try {
          return JSON.parse(readFileSync(examples, 'utf8'));
        } finally {
          closeSync(examples);
        }
      });
    }
    return data;
  } catch {
    return undefined;
  }
}

/**
 * What stat says of a file (device, inode, size, modification and change times to the nanosecond): a
 * key for its digest, so a file hashed before in this very state need not be read again (the starter
 * is 1.4 MB: reading, checking and hashing it was ~10 ms of a triage). The change time cannot be set
 * back by a user (touch sets the other one), so an edited file never meets an old entry.
 */
export function fileState(file: string): { key: string; settled: boolean } | undefined {
  try {
    const stat = statSync(file, { bigint: true });
    if (!stat.isFile()) return undefined;
    // A file changed in the last seconds could change again within the same tick of a coarse clock
    // (FAT, some network shares: 1 to 2 s) and keep its size: it is not known by its state until it
    // has settled, as Git does with "racily clean" files.
    const settled = Date.now() - Number(stat.ctimeNs / 1_000_000n) > SETTLE_MS && Date.now() - Number(stat.mtimeNs / 1_000_000n) > SETTLE_MS;
    return { key: `${file}\0${stat.dev}\0${stat.ino}\0${stat.size}\0${stat.mtimeNs}\0${stat.ctimeNs}`, settled };
  } catch {
    return undefined;
  }
}

const SETTLE_MS = 2000;

/**
 * What a playbook file's chain of `extends` needs of it: the file it extends and its templates folder.
 * Kept with its digest, so a playbook the team's extends is not parsed to follow the chain (the starter's
 * data is most of a triage's reading); its data is read when something asks for it.
 */
export interface LayerHead {
  extends?: string;
  templatesDir?: string;
}

export function knownDigest(cache: ParseCache, state: string): { digest: string; head?: LayerHead } | undefined {
  try {
    const [digest, head] = readFileSync(join(cache.dir, `${key(cache, state)}.digest`), 'utf8').split('\n');
    if (!/^[0-9a-f]{40}$/.test(digest)) return undefined;
    return { digest, head: head ? headOf(JSON.parse(head)) : undefined };
  } catch {
    return undefined;
  }
}

export function rememberDigest(cache: ParseCache, state: string, digest: string, head?: LayerHead): void {
  storeInCache(cache, `${key(cache, state)}.digest`, head ? `${digest}\n${JSON.stringify(head)}` : digest);
}

/** A layer's head from its data (a mapping), or from a cache entry (anything else is no head). */
export function headOf(data: unknown): LayerHead | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const { extends: parent, templatesDir } = data as Record<string, unknown>;
  if (parent !== undefined && typeof parent !== 'string' || templatesDir !== undefined && typeof templatesDir !== 'string') return undefined;
  return { ...(parent !== undefined ? { extends: parent } : {}), ...(templatesDir !== undefined ? { templatesDir } : {}) };
}

export function storeData(cache: ParseCache, name: string, data: unknown): void {
  const file = `${key(cache, name)}.json`;
  const record = data as Record<string, unknown> | null;
  if (record !== null && typeof record === 'object' && Array.isArray(record.examples)) {
    // The examples first: the main entry, written last, is what says the pair is complete.
    const examples = JSON.stringify(record.examples);
    // `examples: null` keeps the key in its place (undefined would drop it): read back, the examples come
    // where they were, so `explain` prints the same document from the cache as from the files.
    if (storeInCache(cache, `${file}.examples`, examples)) storeInCache(cache, file, JSON.stringify({ ...record, examples: null, [EXAMPLES_APART]: Buffer.byteLength(examples) }));
  } else {
    storeInCache(cache, file, JSON.stringify(data));
  }
}

const FILLED_CACHES = Symbol.for('replyguide.filledCaches');

/** What the cache folder may hold: every edit of a playbook makes new entries (a model is ~3 MB). */
export const CACHE_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * The one writer of the cache folder (parsed playbooks, models, holidays): written whole or not at all,
 * then the folder is trimmed to CACHE_LIMIT_BYTES, oldest entries first, so it never grows without
 * end. Whether it was written; a read-only home or a full disk only costs speed.
 */
export function storeInCache(cache: ParseCache, name: string, content: string | Uint8Array): boolean {
  try {
    mkdirSync(cache.dir, { recursive: true });
    writeFileAtomic(join(cache.dir, name), content, { durable: false });
  } catch {
    return false;
  }
  // Tells bin/replyguide.js that this run did work the next one will not: its V8 code cache is kept as a cold one.
  (globalThis as Record<symbol, unknown>)[FILLED_CACHES] = true;
  trimCache(cache.dir, name);
  return true;
}

function trimCache(dir: string, keep: string): void {
  try {
    const entries = readdirSync(dir).flatMap((name) => {
      try {
        const stat = statSync(join(dir, name));
        return stat.isFile() ? [{ name, size: stat.size, time: stat.mtimeMs }] : [];
      } catch {
        return []; // removed meanwhile by another run
      }
    });
    let total = entries.reduce((sum, e) => sum + e.size, 0);
    for (const entry of entries.sort((a, b) => a.time - b.time)) {
      if (total <= CACHE_LIMIT_BYTES) break;
      if (entry.name === keep || entry.name === `${keep}.examples`) continue;
      rmSync(join(dir, entry.name), { force: true });
      total -= entry.size;
    }
  } catch {
    // Trimming is housekeeping: a failure costs disk space only.
  }
}

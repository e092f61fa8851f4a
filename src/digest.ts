// SHA-1 and SHA-256 digests of text (a playbook file's digest, a log entry's comment digest, a queue
// row's key), and the cheaper key a file in the cache folder is named by.
// node:crypto takes ~3.5 ms to load, more than a triage spends on all its hashing: short texts are
// hashed in JavaScript (@noble/hashes, audited, bundled), and node:crypto is loaded only for a long
// one (a playbook file's text), where its native code is many times faster, or once a run has hashed
// enough short ones (lint of many playbooks) for the load to pay for itself.
import { createRequire } from 'node:module';
import { sha1 as sha1InJs } from '@noble/hashes/legacy';
import { sha256 as sha256InJs } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';

/** Beyond this many characters node:crypto is worth loading (JavaScript hashes ~25 MB/s before it is optimised). */
const SHORT = 16 * 1024;
/** Characters hashed in JavaScript in this run, after which node:crypto is loaded for every digest. */
const ENOUGH_IN_JS = 64 * 1024;
let hashedInJs = 0;

let crypto: typeof import('node:crypto') | undefined;
const encoder = new TextEncoder();

function digest(algorithm: 'sha1' | 'sha256', parts: string[]): string {
  let length = 0;
  for (const part of parts) length += part.length;
  if (length > SHORT || hashedInJs > ENOUGH_IN_JS) {
    crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
    const hash = crypto.createHash(algorithm);
    for (const part of parts) hash.update(part);
    return hash.digest('hex');
  }
  hashedInJs += length;
  const hash = (algorithm === 'sha1' ? sha1InJs : sha256InJs).create();
  for (const part of parts) hash.update(encoder.encode(part));
  return bytesToHex(hash.digest());
}

/** The hex SHA-1 of the parts, each followed by a NUL (so ["ab", "c"] and ["a", "bc"] differ). */
export function sha1(...parts: string[]): string {
  return digest('sha1', parts.flatMap((part) => [part, '\0']));
}

/** The hex SHA-256 of a text (UTF-8), as node:crypto gives it. */
export function sha256(text: string): string {
  return digest('sha256', [text]);
}

/**
 * A 64-bit key for the parts (each followed by a NUL), as 16 hex digits: the names of files in the cache
 * folder, where only an accidental collision matters. SHA-1 in JavaScript, not yet optimised, took ~1 ms
 * of a triage's few short keys. (cyrb53's mixing, keeping both 32-bit halves.)
 */
export function cacheKey(...parts: string[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const part of parts) {
    for (let i = 0; i <= part.length; i++) {
      const code = i < part.length ? part.charCodeAt(i) : 0;
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

// Digests are stored (a log entry's commentHash, a queue row's key) and name cache files: the ones
// hashed in JavaScript must be node:crypto's, byte for byte, on either side of the length switch.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cacheKey, sha1, sha256 } from '../src/digest.js';
import { commentHash } from '../src/log/entry.js';

const native = (algorithm: string, text: string) => createHash(algorithm).update(text).digest('hex');
const texts = ['', 'Still waiting for my refund', 'Ärger über 🚚 Lieferung — “nie wieder”', 'x'.repeat(16 * 1024), 'y'.repeat(16 * 1024 + 1), 'ö'.repeat(40_000)];

describe('digests', () => {
  it('sha256 is node:crypto\'s for short, long and non-ASCII text', () => {
    for (const text of texts) expect(sha256(text), text.slice(0, 20)).toBe(native('sha256', text));
  });

  it('sha1 of parts is node:crypto\'s of each part followed by a NUL, so parts cannot run together', () => {
    for (const text of texts) expect(sha1('v1', text)).toBe(native('sha1', `v1\0${text}\0`));
    expect(sha1('ab', 'c')).not.toBe(sha1('a', 'bc'));
  });

  it('stays node:crypto\'s once a run has hashed enough short texts for node:crypto to take over', () => {
    for (let n = 0; n < 100; n++) {
      const text = `Reply ${n}: ${'thanks for writing to us, '.repeat(40)}`;
      expect(sha1('v1', text)).toBe(native('sha1', `v1\0${text}\0`));
      expect(sha256(text)).toBe(native('sha256', text));
    }
  });

  it('a comment digest is the first 16 hex digits of the SHA-256 of the comment, lower-cased, spaces folded', () => {
    expect(commentHash('  Still   WAITING\nfor my refund ')).toBe(native('sha256', 'still waiting for my refund').slice(0, 16));
  });

  it('cacheKey is 16 hex digits, the same every run, and keeps parts apart', () => {
    expect(cacheKey('v1', 'Still waiting for my refund')).toBe(cacheKey('v1', 'Still waiting for my refund'));
    expect(cacheKey('v1', 'Still waiting')).toMatch(/^[0-9a-f]{16}$/);
    expect(cacheKey('ab', 'c')).not.toBe(cacheKey('a', 'bc'));
    expect(cacheKey('a')).not.toBe(cacheKey('a', ''));
  });

  it('cacheKey gives 200,000 near-alike names (file states, digests, template texts) as many keys', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 100_000; i++) {
      keys.add(cacheKey('1.4.0-1795465932776', `/home/kim/acme/playbook.yaml\u00002049\u0000${i}\u00001795465932776000000`));
      keys.add(cacheKey('1.4.0-1795465932776', `Hi {{name}}, thanks for ${i}`));
    }
    expect(keys.size).toBe(200_000);
  });
});


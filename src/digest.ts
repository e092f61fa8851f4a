// A SHA-1 digest of some text, for cache keys. node:crypto takes ~3 ms to load: it is loaded on the
// first digest, so a command that makes none (check, the built-in playbook's lint) never pays for it.
import { createRequire } from 'node:module';

let crypto: typeof import('node:crypto') | undefined;

/** The hex SHA-1 of the parts, each followed by a NUL (so ["ab", "c"] and ["a", "bc"] differ). */
export function sha1(...parts: string[]): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const hash = crypto.createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

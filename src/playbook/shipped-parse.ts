// The built-in playbooks as parsed at build time (scripts/build-playbooks.mjs writes them). The starter
// is 1.4 MB of YAML, ~130 ms to parse, and every team's playbook extends it: every lint in CI, where no
// cache survives, parsed it again. Used only for the very text it was made from (its digest is
// checked), so an edited file is parsed as any other.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha1 } from '../digest.js';
import { builtinName, PACKAGE_ROOT } from './builtin.js';

/** Where the build puts them: dist/playbooks/<name>.json, { digest, data }. */
export const SHIPPED_PARSES = join(PACKAGE_ROOT, 'dist', 'playbooks');

/** A built-in playbook's data as parsed at build time, if `text` is what it was parsed from. */
export function shippedData(file: string, text: string): unknown {
  const name = builtinName(file);
  if (name === undefined) return undefined;
  try {
    const shipped = JSON.parse(readFileSync(join(SHIPPED_PARSES, `${name}.json`), 'utf8')) as { digest?: unknown; data?: unknown };
    return shipped.digest === sha1(text) ? shipped.data : undefined;
  } catch {
    return undefined; // not built (a source checkout): parsed
  }
}

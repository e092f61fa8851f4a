// Which playbook a command works on, found the way ESLint and Prettier find their config: the flag,
// else REPLYGUIDE_PLAYBOOK, else `playbook` in the user config, else the nearest playbook.yaml from
// the working folder up, else the built-in demo.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BUILTIN_NAMES, BUILTIN_PLAYBOOK } from './builtin.js';
import { PLAYBOOK_FILE_NAMES } from './load.js';

export type PlaybookOrigin = 'flag' | 'env' | 'config' | 'found' | 'builtin';

export interface ChosenPlaybook {
  /** A playbook file or folder (or a built-in playbook's file). */
  path: string;
  origin: PlaybookOrigin;
}

export interface PlaybookSettings {
  flag?: string;
  env?: string;
  /** From the user config, with the folder its relative paths are read from. */
  config?: { value: string; dir: string };
  cwd: string;
}

export function choosePlaybook({ flag, env, config, cwd }: PlaybookSettings): ChosenPlaybook {
  if (flag) return { path: named(flag, cwd), origin: 'flag' };
  if (env) return { path: named(env, cwd), origin: 'env' };
  if (config?.value) return { path: named(config.value, config.dir), origin: 'config' };
  const found = nearestPlaybook(cwd);
  return found ? { path: found, origin: 'found' } : { path: BUILTIN_PLAYBOOK, origin: 'builtin' };
}

/** A path, or a built-in name ("starter", "demo") when no file or folder of that name is there. */
function named(value: string, base: string): string {
  const path = resolve(base, value);
  return Object.hasOwn(BUILTIN_NAMES, value) && !existsSync(path) ? BUILTIN_NAMES[value] : path;
}

/**
 * playbook.yaml (or .yml) in the folder or the nearest folder above it that is a replyguide playbook:
 * an Ansible playbook.yml on the way up is passed over, not reported as a broken playbook.
 */
export function nearestPlaybook(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    for (const name of PLAYBOOK_FILE_NAMES) {
      const file = join(dir, name);
      try {
        if (statSync(file).isFile() && looksLikeOurs(file)) return file;
      } catch { /* not here */ }
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** A top-level `format:` or `extends:` key in the first 64 KiB. */
function looksLikeOurs(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(65_536);
    const text = head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8');
    return /^(?:\uFEFF)?(?:format|extends)\s*:/m.test(text);
  } finally {
    closeSync(fd);
  }
}

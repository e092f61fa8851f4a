// Turns `replyguide lint` arguments (files, folders, globs) into playbook files to check.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PLAYBOOK_FILE_NAMES } from '../playbook/load.js';
import { UsageError } from '../cli/io.js';

export interface Targets {
  files: string[];
  /** Arguments that matched nothing: a usage error. */
  unmatched: string[];
}

const YAML_FILE = /\.ya?ml$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', 'templates']);

export function expandTargets(args: readonly string[], cwd: string): Targets {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const arg of args) {
    const before = files.size;
    if (/[*?[]/.test(arg)) {
      for (const file of expandGlob(arg, cwd)) addPath(file, files, true);
    } else {
      const absolute = resolve(cwd, arg);
      let exists = true;
      try { statSync(absolute); } catch { exists = false; }
      if (exists) addPath(absolute, files, false);
    }
    if (files.size === before && !argAlreadyCovered(arg, cwd, files)) unmatched.push(arg);
  }
  return { files: [...files], unmatched };
}

function argAlreadyCovered(arg: string, cwd: string, files: Set<string>): boolean {
  return files.has(resolve(cwd, arg));
}

/** A file is a playbook as given; a folder contributes its playbook.yaml, or else its YAML files and subfolders. */
function addPath(path: string, files: Set<string>, fromGlob: boolean): void {
  let stat;
  try { stat = statSync(path); } catch { return; }
  if (!stat.isDirectory()) {
    if (!fromGlob || YAML_FILE.test(path)) files.add(path);
    return;
  }
  const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  const own = entries.find((e) => PLAYBOOK_FILE_NAMES.includes(e.name));
  if (own) { files.add(join(path, own.name)); return; }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const child = join(path, entry.name);
    if (entry.isDirectory()) { if (!SKIPPED_FOLDERS.has(entry.name)) addPath(child, files, fromGlob); }
    else if (YAML_FILE.test(entry.name)) files.add(child);
  }
}

/** Minimal globbing (*, ?, **) so quoted patterns work the same on every shell. */
export function expandGlob(pattern: string, cwd: string): string[] {
  const absolute = resolve(cwd, pattern).split(/[\\/]/);
  const firstMagic = absolute.findIndex((part) => /[*?[]/.test(part));
  const base = absolute.slice(0, firstMagic).join('/') || '/';
  const regex = globRegex(absolute.slice(firstMagic).join('/'));
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    let entries;
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      const full = join(dir, entry.name);
      if (regex.test(relPath)) out.push(full);
      if (entry.isDirectory()) walk(full, relPath);
    }
  };
  walk(base, '');
  return out;
}

function globRegex(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[' && glob.indexOf(']', i + 2) !== -1) {
      // A character class ("[ab]", "[!a]"); an unclosed "[" is just a bracket in a file name.
      const end = glob.indexOf(']', i + 2);
      const body = glob.slice(i + 1, end);
      source += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`.replace(/\\/g, '\\\\');
      i = end;
    } else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  try {
    return new RegExp(`^${source}$`);
  } catch {
    throw new UsageError(`"${glob}" is not a pattern replyguide can read (a class like [z-a]?)`);
  }
}

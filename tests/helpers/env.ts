// The environment of every replyguide run in the tests: a home of its own in a temporary folder, with
// its own XDG folders, and none of the user's settings. So no test reads or writes the real HOME, the
// user's config (~/.config/replyguide/config.json), cache or response log, whatever the machine has
// there, and no run sees what an earlier run saved.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Env = Record<string, string | undefined>;

/** Variables through which the user's own settings and folders reach replyguide. */
export const USER_VARIABLES = [
  'HOME',
  'XDG_CONFIG_HOME',
  'XDG_DATA_HOME',
  'XDG_CACHE_HOME',
  'XDG_STATE_HOME',
  'REPLYGUIDE_CONFIG',
  'REPLYGUIDE_AGENT',
  'REPLYGUIDE_PLAYBOOK',
  'REPLYGUIDE_LOG',
  'REPLYGUIDE_CACHE_DIR',
] as const;

let root: string | undefined;

/** A new empty folder for one run, under one temporary folder per test file (see removeFreshDirs). */
export function freshDir(prefix = 'run-'): string {
  root ??= mkdtempSync(join(tmpdir(), 'replyguide-test-'));
  return mkdtempSync(join(root, prefix));
}

/** Removes every folder freshDir made; the setup file calls it after each test file. */
export function removeFreshDirs(): void {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
}

/** The XDG folders of a home, where they are when the variables are not set. */
export function xdgFolders(home: string): Env {
  return {
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_STATE_HOME: join(home, '.local', 'state'),
  };
}

/**
 * The environment for one run: a fresh empty HOME (or the test's own HOME) and its XDG folders, and
 * every other user variable unset, then what the test sets. Nothing is taken from process.env: a run
 * that needs PATH (or anything else) gets it from its caller.
 */
export function isolatedEnv(overrides: Env = {}): Env {
  const home = overrides.HOME ?? join(freshDir(), 'home');
  if (overrides.HOME === undefined) mkdirSync(home);
  const unset = Object.fromEntries(USER_VARIABLES.map((name) => [name, undefined]));
  return { ...unset, HOME: home, ...xdgFolders(home), ...overrides };
}

// The playbook a command works on (--playbook, or the built-in one), ready for use: a broken one
// is a usage error naming its first problems, and parsed files are cached for quick start-up.
import { uiLocale } from '../i18n/index.js';
import { messageIn } from '../i18n/phrase.js';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { displayPath } from '../lint/formatters/paths.js';
import { BUILTIN_PLAYBOOK } from '../playbook/builtin.js';
import { loadPlaybook, type LoadedPlaybook } from '../playbook/load.js';
import type { ParseCache } from '../playbook/parse-cache.js';
import { UsageError, type Io } from './io.js';
import { version } from './version.js';

/** Loads --playbook (default: the built-in starter); `locale`, when given, must be one it is written in. */
export function usePlaybook(flag: string | undefined, io: Io, options: { locale?: string } = {}): LoadedPlaybook {
  const path = flag ? resolve(io.cwd, flag) : BUILTIN_PLAYBOOK;
  const loaded = loadPlaybook(path, { cache: parseCache(io.env) });
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (!loaded.playbook || errors.length > 0) {
    const ui = uiLocale(options.locale, io.env);
    for (const d of errors.slice(0, 5)) io.stderr.write(`${displayPath(d.file, io.cwd)}:${d.line}:${d.column}: ${messageIn(d, ui)} (${d.rule})\n`);
    const more = errors.length > 5 ? ` (${errors.length - 5} more)` : '';
    throw new UsageError(`the playbook has errors${more}; run: replyguide lint ${displayPath(path, io.cwd)}`);
  }
  const playbook = loaded.playbook;
  if (options.locale !== undefined && !playbook.locales.includes(options.locale)) {
    throw new UsageError(`--locale ${options.locale} is not available in this playbook; available: ${playbook.locales.join(', ')}`);
  }
  return playbook;
}

/** Where parsed playbook files are cached: REPLYGUIDE_CACHE_DIR, else the user's cache folder; "off" disables. */
function parseCache(env: Io['env']): ParseCache | undefined {
  if (env.REPLYGUIDE_CACHE_DIR === 'off') return undefined;
  const dir = env.REPLYGUIDE_CACHE_DIR || join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'replyguide', 'playbooks');
  return { dir, version: version() };
}

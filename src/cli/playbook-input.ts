// The playbook a command works on, ready for use: chosen by --playbook, REPLYGUIDE_PLAYBOOK, the user
// config, the nearest playbook.yaml, or the built-in demo (src/playbook/discover.ts). A broken one
// is a usage error naming its first problems, and parsed files are cached for quick start-up.
import { translator, uiLocale, type Translate } from '../i18n/index.js';
import { messageIn } from '../i18n/phrase.js';
import { existsSync, statSync } from 'node:fs';
import { userFolder } from './user-folders.js';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { displayPath } from '../lint/formatters/paths.js';
import { builtinName } from '../playbook/builtin.js';
import { choosePlaybook, type ChosenPlaybook } from '../playbook/discover.js';
import { loadPlaybook, playbookFile, type LoadedPlaybook } from '../playbook/load.js';
import { runTimeErrors } from '../lint/run-time-checks.js';
import { countPlaceholders } from '../playbook/placeholder.js';
import { withoutExamples } from '../playbook/examples-apart.js';
import type { ParseCache } from '../playbook/parse-cache.js';
import { useProgramStore } from '../render/environment.js';
import { configPath, readConfig } from './agent-config.js';
import { cachedPrograms } from './template-cache.js';
import { UsageError, type Io } from './io.js';
import { version } from './version.js';

/** Which playbook a command uses (without loading it). */
export function chosenPlaybook(flag: string | undefined, io: Io): ChosenPlaybook {
  const env = io.env.REPLYGUIDE_PLAYBOOK?.trim() || undefined;
  // The config is read only when it decides: a flag or the variable wins.
  const configured = flag || env ? undefined : readConfig(io.env).playbook?.trim();
  return choosePlaybook({ flag, env, config: configured ? { value: configured, dir: dirname(configPath(io.env)) } : undefined, cwd: io.cwd });
}

/** How a person is told which playbook is in use: "acme/playbook.yaml" or "demo (built-in)". */
export function playbookLabel(file: string, cwd: string, t: Translate = translator('en')): string {
  const builtin = builtinName(file);
  return builtin ? t('playbook.builtin', { name: builtin }) : displayPath(file, cwd);
}

/**
 * Loads the chosen playbook; `locale`, when given, must be one it is written in. Templates are read
 * when a command first uses one (triage reads its situation's only), unless `allTemplates` (the guide
 * shows them all, and a broken one is then a problem of the playbook).
 */
export function usePlaybook(flag: string | undefined, io: Io, options: { locale?: string; allTemplates?: boolean } = {}): LoadedPlaybook {
  const { path, origin } = chosenPlaybook(flag, io);
  const ui = uiLocale(options.locale, io.env);
  const t = translator(ui);
  const cache = parseCache(io.env);
  useProgramStore(cache && cachedPrograms(cache));
  const loaded = loadPlaybook(path, { cache, lazyTemplates: !options.allTemplates, vet: runTimeErrors });
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (!loaded.playbook || errors.length > 0) {
    const why = origin === 'env' ? t('playbook.fromEnv', { source: 'REPLYGUIDE_PLAYBOOK' }) : origin === 'config' ? t('playbook.fromEnv', { source: configPath(io.env) }) : '';
    // Nothing there at all (a folder without a playbook, a path mistyped): one line that says so.
    if (errors.length === 1 && errors[0].rule === 'file-unreadable' && errors[0].file === playbookFile(path) && !existsSync(errors[0].file)) {
      throw new UsageError(t('playbook.none', { path: displayPath(path, io.cwd), why }));
    }
    for (const d of errors.slice(0, 5)) io.stderr.write(`${displayPath(d.file, io.cwd)}:${d.line}:${d.column}: ${messageIn(d, ui)} (${d.rule})\n`);
    const more = errors.length > 5 ? t('playbook.more', { count: errors.length - 5 }) : '';
    throw new UsageError(t('playbook.hasErrors', { why, more, path: displayPath(path, io.cwd) }));
  }
  const playbook = loaded.playbook;
  origins.set(playbook, origin);
  // Placeholders are brand facts; the examples (many, and parsed only on demand) hold none of them.
  const placeholders = countPlaceholders(withoutExamples(playbook.raw));
  if (placeholders > 0) io.stderr.write(`replyguide: ${placeholders === 1 && ui === 'en' ? `1 value is still "TODO:" placeholder in ${playbookLabel(playbook.file, io.cwd, t)}; replies may show it (run: replyguide lint)` : t('playbook.placeholders', { count: placeholders, playbook: playbookLabel(playbook.file, io.cwd, t) })}\n`);
  if (options.locale !== undefined && !playbook.locales.includes(options.locale)) {
    throw new UsageError(t('playbook.noLocale', { locale: options.locale, list: playbook.locales.join(', ') }));
  }
  return playbook;
}

/** Where each loaded playbook came from (flag, variable, config, found, or the demo by default). */
const origins = new WeakMap<LoadedPlaybook, ChosenPlaybook['origin']>();

/**
 * Tells a run that found no playbook and used the demo so, once its replies or guide are written: a
 * script run in the wrong folder would otherwise answer as the demo brand without a word. Interactive
 * triage names the playbook in its banner instead.
 */
export function sayIfDemo(io: Io, playbook: LoadedPlaybook, t: Translate): void {
  if (origins.get(playbook) !== 'builtin') return;
  io.stderr.write(`replyguide: ${t('playbook.demoFallback', { cwd: resolve(io.cwd), brand: playbook.data.brand.name })}\n`);
}

/** When this code was built (its file's time): a new build never trusts an older build's cache. */
function buildStamp(): number {
  try {
    return Math.round(statSync(fileURLToPath(import.meta.url)).mtimeMs);
  } catch {
    return 0;
  }
}

/** Where parsed playbook files are cached: REPLYGUIDE_CACHE_DIR, else the user's cache folder; "off" disables. */
export function parseCache(env: Io['env']): ParseCache | undefined {
  if (env.REPLYGUIDE_CACHE_DIR === 'off') return undefined;
  const dir = env.REPLYGUIDE_CACHE_DIR || join(userFolder(env, 'cache'), 'playbooks');
  // The build, not only the version: someone running replyguide from git keeps 0.1.0 across changes.
  return { dir, version: `${version()}+${buildStamp()}` };
}

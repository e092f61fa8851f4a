// The user's config file: the agent's name for the sign-off, the log settings and the playbook to use.
// A file that is there but does not parse is an error (with file:line:col), never silently ignored:
// ignoring `"log": false` would keep a log the user said not to keep.
import { mkdirSync } from 'node:fs';
import { readBounded } from '../read-file.js';

const MAX_CONFIG_BYTES = 64 * 1024;
import { userFolder } from './user-folders.js';
import { dirname, join } from 'node:path';
import { jsonSyntaxError } from '../json-error.js';
import { UsageError, type Io } from './io.js';
import { writeFileAtomic } from '../write-file.js';

export interface UserConfig {
  agent?: string;
  /** false: triage keeps no response log. */
  log?: boolean;
  /** true: the log keeps the comments themselves, not only a hash. */
  logComments?: boolean;
  /** The playbook to use when no --playbook or REPLYGUIDE_PLAYBOOK is given (relative to this file). */
  playbook?: string;
}

const FIELDS: Record<keyof UserConfig, 'string' | 'boolean'> = { agent: 'string', log: 'boolean', logComments: 'boolean', playbook: 'string' };

export function configPath(env: Io['env']): string {
  if (env.REPLYGUIDE_CONFIG) return env.REPLYGUIDE_CONFIG;
  return join(userFolder(env, 'config'), 'config.json');
}

/** The config, or {} when there is none; a config that cannot be read or parsed is a usage error. */
export function readConfig(env: Io['env']): UserConfig {
  const path = configPath(env);
  let text: string;
  const read = readBounded(path, MAX_CONFIG_BYTES);
  if ('problem' in read) {
    if (read.problem === 'notFound') return {};
    const why = read.problem === 'tooLarge' ? `larger than ${MAX_CONFIG_BYTES / 1024} KiB` : read.problem === 'unreadable' ? read.code : read.problem === 'folder' ? 'a folder' : 'not a regular file';
    throw new UsageError(`${path}: cannot read the config (${why})`);
  }
  text = read.bytes.toString('utf8');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, '')); // Notepad writes a BOM
  } catch (error) {
    const { line, column, problem } = jsonSyntaxError(text, error);
    throw new UsageError(`${path}:${line}:${column}: the config is not valid JSON (${problem}); fix or remove it`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new UsageError(`${path}:1:1: the config must be a JSON object, e.g. {"agent": "Sam"}`);
  for (const [key, type] of Object.entries(FIELDS)) {
    const value = (data as Record<string, unknown>)[key];
    if (value !== undefined && typeof value !== type) throw new UsageError(`${path}: "${key}" in the config must be a ${type === 'boolean' ? 'true or false' : 'text'}`);
  }
  return data as UserConfig;
}

export function saveConfig(env: Io['env'], config: UserConfig): string {
  const path = configPath(env);
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, JSON.stringify(config, null, 2) + '\n');
  return path;
}

/** --agent, then REPLYGUIDE_AGENT, then the config file. */
export function configuredAgent(flag: string | undefined, env: Io['env']): string | undefined {
  return flag?.trim() || env.REPLYGUIDE_AGENT?.trim() || readConfig(env).agent?.trim() || undefined;
}

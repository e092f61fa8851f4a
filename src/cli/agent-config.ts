// The agent's name for the sign-off, remembered in a small user config file.
import { mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Io } from './io.js';
import { writeFileAtomic } from '../write-file.js';

export interface UserConfig {
  agent?: string;
  /** false: triage keeps no response log. */
  log?: boolean;
  /** true: the log keeps the comments themselves, not only a hash. */
  logComments?: boolean;
}

export function configPath(env: Io['env']): string {
  if (env.REPLYGUIDE_CONFIG) return env.REPLYGUIDE_CONFIG;
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  return join(base, 'replyguide', 'config.json');
}

export function readConfig(env: Io['env']): UserConfig {
  try {
    const data = JSON.parse(readFileSync(configPath(env), 'utf8')) as unknown;
    return data && typeof data === 'object' ? (data as UserConfig) : {};
  } catch {
    return {}; // no config yet, or unreadable: behave as without one
  }
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

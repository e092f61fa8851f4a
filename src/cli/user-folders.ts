// The user's own folders, as the XDG base directory specification places them: its variable when set,
// else under the home folder ($HOME; node:os is asked only when that is not set either).
import { join } from 'node:path';
import { nodeOs } from '../node-os.js';
import type { Io } from './io.js';

const XDG = {
  config: { variable: 'XDG_CONFIG_HOME', inHome: ['.config'] },
  cache: { variable: 'XDG_CACHE_HOME', inHome: ['.cache'] },
  data: { variable: 'XDG_DATA_HOME', inHome: ['.local', 'share'] },
} as const;

/** replyguide's folder of that kind: ~/.config/replyguide, ~/.cache/replyguide, ~/.local/share/replyguide. */
export function userFolder(env: Io['env'], kind: keyof typeof XDG): string {
  const { variable, inHome } = XDG[kind];
  return join(env[variable] || join(env.HOME || nodeOs().homedir(), ...inHome), 'replyguide');
}

// Copies text with whatever clipboard tool the system has; says so plainly when there is none.
import { spawnSync } from 'node:child_process';
import type { Io } from './io.js';

const TOOLS: { command: string; args: string[]; when?: (env: Io['env']) => boolean }[] = [
  { command: 'pbcopy', args: [] },
  { command: 'wl-copy', args: [], when: (env) => Boolean(env.WAYLAND_DISPLAY) },
  { command: 'xclip', args: ['-selection', 'clipboard'], when: (env) => Boolean(env.DISPLAY) },
  { command: 'xsel', args: ['--clipboard', '--input'], when: (env) => Boolean(env.DISPLAY) },
  { command: 'clip.exe', args: [] },
];

export function copyToClipboard(text: string, env: Io['env']): { ok: true; tool: string } | { ok: false; message: string } {
  for (const tool of TOOLS) {
    if (tool.when && !tool.when(env)) continue;
    const result = spawnSync(tool.command, tool.args, { input: text, stdio: ['pipe', 'ignore', 'ignore'], timeout: 3000 });
    if (!result.error && result.status === 0) return { ok: true, tool: tool.command };
  }
  return { ok: false, message: 'No clipboard on this system (no pbcopy, wl-copy, xclip or xsel found): select the reply above to copy it.' };
}

// Copies text with whatever clipboard tool the system has.
import { spawnSync } from 'node:child_process';
import type { Io } from './io.js';

const TOOLS: { command: string; args: string[]; when?: (env: Io['env']) => boolean }[] = [
  { command: 'pbcopy', args: [] },
  { command: 'wl-copy', args: [], when: (env) => Boolean(env.WAYLAND_DISPLAY) },
  { command: 'xclip', args: ['-selection', 'clipboard'], when: (env) => Boolean(env.DISPLAY) },
  { command: 'xsel', args: ['--clipboard', '--input'], when: (env) => Boolean(env.DISPLAY) },
  { command: 'clip.exe', args: [] },
];

/** Which tool copied the text, or undefined when the system has none. */
export function copyToClipboard(text: string, env: Io['env']): string | undefined {
  for (const tool of TOOLS) {
    if (tool.when && !tool.when(env)) continue;
    const result = spawnSync(tool.command, tool.args, { input: text, stdio: ['pipe', 'ignore', 'ignore'], timeout: 3000 });
    if (!result.error && result.status === 0) return tool.command;
  }
  return undefined;
}

/**
 * The OSC 52 escape that asks the terminal itself to put text on the clipboard: it travels with the
 * output, so it works over SSH and in tmux (set-clipboard on or external, its default), where no
 * clipboard tool can reach the agent's machine. Terminals cap its size (~100 kB); replies are far shorter.
 * Inside GNU screen it is wrapped in screen's pass-through.
 */
export function osc52(text: string, env: Io['env']): string {
  const sequence = `\u001b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
  return env.STY ? `\u001bP${sequence}\u001b\\` : sequence;
}

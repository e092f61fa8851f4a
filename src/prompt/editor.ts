// Editing a draft reply in the person's own editor ($VISUAL, else $EDITOR, else vi). The draft (it
// holds a customer's name) sits in a private temporary folder, 0700 with the file 0600, removed on
// every way out. A missing or failing editor is one line and leaves the reply as it was; Ctrl-C while
// the editor runs ends it and the session (exit 130), with the terminal as it was.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { nodeOs } from '../node-os.js';
import { join } from 'node:path';
import type { InputStream } from '../cli/io.js';

/** The editor could not be started or did not finish well: the draft is unchanged. */
export class EditorFailed extends Error {}

/** Ctrl-C while the editor ran. */
export class EditorInterrupted extends Error {}

export async function editInEditor(text: string, env: Record<string, string | undefined>, input: InputStream): Promise<string> {
  const command = (env.VISUAL || env.EDITOR || 'vi').trim();
  // "code --wait" and the like: the editor's own words, then the file.
  const [program, ...args] = command.split(/\s+/);
  const dir = mkdtempSync(join(nodeOs().tmpdir(), 'replyguide-draft-'));
  const file = join(dir, 'reply.txt');
  const tty = input as InputStream & { isRaw?: boolean; setRawMode?: (raw: boolean) => void };
  const wasRaw = tty.isRaw === true;
  let interrupted = false;
  let child: ReturnType<typeof spawn> | undefined;
  const onInterrupt = () => {
    interrupted = true;
    if (child?.exitCode === null) child.kill('SIGTERM');
  };
  try {
    writeFileSync(file, `${text}\n`, { mode: 0o600 });
    tty.setRawMode?.(false); // the editor owns the terminal now, and Ctrl-C is a signal again
    process.on('SIGINT', onInterrupt);
    const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
      child = spawn(program, [...args, file], { stdio: 'inherit' });
      child.on('error', (error: NodeJS.ErrnoException) => reject(new EditorFailed(`cannot start the editor "${program}" (${error.code ?? error.message}); set $EDITOR to one you have`)));
      child.on('exit', (code, signal) => resolve({ code, signal }));
    });
    if (interrupted || exit.signal === 'SIGINT') throw new EditorInterrupted('interrupted');
    if (exit.code !== 0) throw new EditorFailed(`the editor "${program}" ${exit.signal ? `was stopped (${exit.signal})` : `exited with ${exit.code}`}; the reply is unchanged`);
    return readFileSync(file, 'utf8').replace(/\n$/, '');
  } finally {
    process.off('SIGINT', onInterrupt);
    rmSync(dir, { recursive: true, force: true });
    if (wasRaw) tty.setRawMode?.(true);
  }
}

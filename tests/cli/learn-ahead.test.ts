// Learning ahead: an interactive session on a playbook whose suggestions are not learned yet (a team
// just added examples) learns them on another thread while the first comment is pasted, so the
// comment's questions come without the few seconds' wait; the model is the one learning in process gives.
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { freshDir } from '../helpers/env.js';
import { KEY, startPty } from '../helpers/pty.js';

const models = (cache: string) => readdirSync(cache).filter((f) => f.startsWith('model-')).sort();

/** Waits for a condition (no time is asserted: the limit only keeps a broken run from hanging). */
async function until(condition: () => boolean, limitMs: number): Promise<void> {
  for (const start = Date.now(); !condition(); await new Promise((resolve) => setTimeout(resolve, 100))) {
    if (Date.now() - start > limitMs) throw new Error(`not so after ${limitMs} ms`);
  }
}

describe('an interactive session learns suggestions ahead', () => {
  it('while the first comment is pasted: its questions come without "learning…", from the model learning in process gives', async () => {
    const team = freshDir('team-');
    expect((await runInProcess(['init', team, '--brand', 'Woolly'])).code).toBe(0);
    appendFileSync(join(team, 'playbook.yaml'), [
      'examples:',
      '  - id: tangled',
      '    comment: The wool arrived all tangled and the colour is wrong',
      '    answers: { kind: complaint, our_fault: yes }',
      '    expect: { situation: complaint }',
      '',
    ].join('\n'));
    const cache = freshDir('cache-');
    const pty = startPty(['triage', '--playbook', team, '--agent', 'Sam', '--no-log'], { REPLYGUIDE_CACHE_DIR: cache });
    await pty.waitFor('Paste the comment');
    // Kept in the cache once learned: under what it learns from, and under the playbook's files.
    await until(() => models(cache).length === 2, 120_000);
    pty.type(`My wool arrived tangled${KEY.enter}${KEY.enter}`);
    await pty.waitFor('suggested');
    expect(pty.screen()).not.toContain('learning suggestions');
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);

    const inProcess = freshDir('cache-');
    const scripted = await runInProcess(['triage', '--playbook', team, '--no-input', '--no-log', '--use-suggestions', '--comment', 'My wool arrived tangled', '--format', 'json'], { env: { REPLYGUIDE_CACHE_DIR: inProcess } });
    expect(scripted.stderr).not.toContain('Error');
    // (Named with the cache's version, which differs between the built binary and the source run.)
    const bytes = (dir: string) => [...new Set(models(dir).map((name) => readFileSync(join(dir, name)).toString('base64')))];
    expect(bytes(cache)).toHaveLength(1);
    expect(bytes(inProcess)).toEqual(bytes(cache));
  }, 180_000);
});

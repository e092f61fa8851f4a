// A team playbook that removes a situation: the answer that only led to it is no longer offered when
// triaging, and lint does not ask for examples of it (acme removes the starter's spam situation).
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { KEY, startPty } from '../helpers/pty.js';

const ACME = 'tests/fixtures/extends/acme/playbook.yaml';

describe('a removed situation takes its answer with it', () => {
  it('interactive triage does not offer "Spam or advertising"', async () => {
    const pty = startPty(['triage', '-p', ACME, '--agent', 'Sam', '--locale', 'en', '--comment', 'hmm']);
    // Acme has its own examples, so this first run learns its model (seconds, more on a busy machine).
    await pty.waitFor('What is this comment mainly?', 80_000);
    await pty.waitFor('Something else');
    const screen = pty.screen();
    expect(screen).toContain('Praise or thanks');
    expect(screen).not.toContain('Spam or advertising');
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);
  }, 90_000);

  it('lint asks for no examples of it', async () => {
    const r = await runInProcess(['lint', ACME, '--format', 'json']);
    const [report] = JSON.parse(r.stdout);
    expect(report.diagnostics.filter((d: { message: string }) => d.message.includes('"spam"'))).toEqual([]);
  });
});

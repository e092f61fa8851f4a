// The tests hold on any machine: nothing of the user's home or settings reaches the test process
// (tests/setup/isolate-home.ts) or a run of replyguide (tests/helpers/env.ts), however the helpers
// start it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBinary, runEnv, runInProcess } from '../helpers/cli.js';
import { KEY, startPty } from '../helpers/pty.js';

const triage = ['triage', '--playbook', 'demo', '--locale', 'en', '--comment', 'Thanks!', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=Tom', '-a', 'praised=', '--variant', '1'];
const saved = { ...process.env };

afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
});

/** What a user of replyguide may have: a saved name, a playbook and a log setting, in the config and the environment. */
function userSettings(config: string) {
  const file = join(process.env.XDG_CONFIG_HOME!, 'replyguide', 'config.json');
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, config);
  Object.assign(process.env, { REPLYGUIDE_AGENT: 'Zed', REPLYGUIDE_PLAYBOOK: '/nonexistent', REPLYGUIDE_CONFIG: file, REPLYGUIDE_LOG: '/nonexistent/log.jsonl' });
}

describe('test isolation', () => {
  it('the test process has a temporary home and none of the user\'s settings', () => {
    // The setup file's own temporary folder (tests/helpers/env.ts freshDir), nothing else.
    expect(homedir().startsWith(join(tmpdir(), 'replyguide-test-'))).toBe(true);
    expect(process.env.HOME).toBe(homedir());
    for (const name of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'XDG_STATE_HOME']) expect(process.env[name]!.startsWith(homedir())).toBe(true);
    expect(Object.keys(saved).filter((name) => name.startsWith('REPLYGUIDE_'))).toEqual([]);
  });

  it('each run has a fresh home of its own, and the test\'s variables win', () => {
    const [a, b] = [runEnv(), runEnv({ REPLYGUIDE_AGENT: 'Kim' })];
    expect(a.HOME).not.toBe(b.HOME);
    expect(a.HOME).not.toBe(homedir());
    expect(a.XDG_CONFIG_HOME).toBe(join(a.HOME!, '.config'));
    expect([a.REPLYGUIDE_AGENT, b.REPLYGUIDE_AGENT]).toEqual([undefined, 'Kim']);
    expect(runEnv({ HOME: '/somewhere' }).XDG_DATA_HOME).toBe('/somewhere/.local/share');
  });

  for (const [what, config] of [['a saved name', '{"agent":"Zed","log":false,"logComments":true,"playbook":"/nonexistent"}'], ['a config that does not parse', '{"agent": "Zed",']]) {
    it(`in-process and binary runs never see the user's settings (${what})`, async () => {
      userSettings(config);
      for (const r of [await runInProcess([...triage, '-f', 'json']), runBinary([...triage, '-f', 'json'])]) {
        expect([r.code, r.stderr]).toEqual([0, '']);
        expect(JSON.parse(r.stdout).reply.text).not.toContain('Zed');
      }
    });
  }

  it('a run in a terminal never sees the user\'s settings', async () => {
    userSettings('{"agent":"Zed"');
    const pty = startPty(triage);
    await pty.waitFor('Your first name, for the sign-off'); // asked: no name from the user's config or REPLYGUIDE_AGENT
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);
    expect(pty.screen()).not.toContain('Zed');
  });
});

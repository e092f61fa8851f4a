// Shell completion: the candidates replyguide gives for a command line, and the bash script using them for real.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runEnv, runInProcess } from '../helpers/cli.js';

const complete = async (...words: string[]) => {
  const r = await runInProcess(['completion', '--complete', '--', ...words]);
  expect([r.code, r.stderr]).toEqual([0, '']);
  return r.stdout.split('\n').filter(Boolean);
};

describe('replyguide completion', () => {
  it('completes commands, flags and --format values from the program itself', async () => {
    expect(await complete('tr')).toEqual(['triage']);
    expect(await complete('')).toEqual(['triage', 'check', 'lint', 'guide', 'init', 'explain', 'log', 'followups', 'stats', 'schema', 'actions', 'completion']);
    expect(await complete('triage', '--use')).toEqual(['--use-suggestions']);
    expect(await complete('lint', '--format', '')).toEqual(['stylish', 'json', 'github', 'sarif']);
    expect(await complete('log', 'pr')).toEqual(['prune']);
  });

  it('completes situation and question ids, and answers, from the playbook in use', async () => {
    expect(await complete('check', '--situation', 'thr')).toEqual(['threat']);
    expect(await complete('triage', '--answer', 'thr')).toEqual(['threat=']);
    expect(await complete('triage', '-a', 'kind=c')).toEqual(['kind=complaint', 'kind=cant_reach']);
    expect(await complete('triage', '-a', 'threat=')).toEqual(['threat=yes', 'threat=no']);
    expect(await complete('triage', '--playbook', 'play')).toEqual([]); // a path: the shell's own file completion
  });

  it('prints a script per shell, and names the shells it knows', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const r = await runInProcess(['completion', shell]);
      expect([r.code, r.stdout]).toEqual([0, expect.stringContaining('replyguide completion --complete --')]);
    }
    const r = await runInProcess(['completion', 'tcsh']);
    expect([r.code, r.stderr]).toEqual([2, 'replyguide: completion needs a shell: bash, zsh, fish (not "tcsh")\n']);
  });

  it('the bash script completes in a real bash', () => {
    const bin = mkdtempSync(join(tmpdir(), 'replyguide-bin-'));
    writeFileSync(join(bin, 'replyguide'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(bin, 'replyguide'), 0o755);
    const env = { ...runEnv(), PATH: `${bin}:${process.env.PATH}` };
    const script = 'source <(replyguide completion bash); COMP_WORDS=(replyguide triage --format j); COMP_CWORD=3; _replyguide; printf "%s\\n" "${COMPREPLY[@]}"';
    expect(execFileSync('bash', ['-c', script], { env, encoding: 'utf8' })).toBe('json\n');
    // Bash splits "kind=pr" at the "=" (COMP_WORDBREAKS); readline replaces only what follows it.
    const answer = (words: string, cword: number) => execFileSync('bash', ['-c', `source <(replyguide completion bash); COMP_WORDS=(${words}); COMP_CWORD=${cword}; _replyguide; printf "%s\\n" "\${COMPREPLY[@]}"`], { env, encoding: 'utf8' });
    expect(answer('replyguide triage --answer kind = pr', 5)).toBe('praise\n');
    expect(answer('replyguide triage --answer kind =', 4).split('\n')).toContain('complaint');
    expect(answer('replyguide triage --answer ki', 3)).toBe('kind=\n');
  });
});

// The CLI scenario table: arguments in, exact output and exit code out. Every row runs in-process;
// rows marked `binary` also run against the real bin/replyguide.js in a child process.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBinary, runInProcess, type RunOptions } from '../helpers/cli.js';
import { freshDir } from '../helpers/env.js';

interface Scenario extends RunOptions {
  name: string;
  args: string[];
  code: number;
  stdout?: string | RegExp;
  stderr?: string | RegExp;
  binary?: boolean;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

const SCENARIOS: Scenario[] = [
  { name: 'version', args: ['--version'], code: 0, stdout: `${pkg.version}\n`, stderr: '', binary: true },
  { name: 'help lists every command with an example', args: ['--help'], code: 0, stdout: /Commands:[\s\S]*lint[\s\S]*schema[\s\S]*actions[\s\S]*Examples:\n {2}\$ replyguide/, binary: true },
  { name: 'help of a command', args: ['lint', '--help'], code: 0, stdout: /Usage: replyguide lint \[options\] \[paths\.\.\.\][\s\S]*--max-warnings <n>[\s\S]*Example:/ },
  { name: 'unknown command', args: ['frobnicate'], code: 2, stdout: '', stderr: /^replyguide: unknown command 'frobnicate'; run with --help for usage\n$/, binary: true },
  { name: 'unknown option', args: ['lint', '--frob'], code: 2, stdout: '', stderr: /^replyguide: unknown option '--frob'; run with --help for usage\n$/ },
  { name: 'a mistyped option', args: ['triage', '--frmat', 'json'], code: 2, stdout: '', stderr: /^replyguide: unknown option '--frmat' \(did you mean --format\?\); run with --help for usage\n$/ },
  { name: 'help as the value of an option', args: ['triage', '--comment', '-h'], code: 2, stdout: '', stderr: /^replyguide: --comment needs a value, and "-h" is an option; give the value right after --comment\n$/ },
  { name: 'an option as the value of another', args: ['triage', '--comment', '--no-log'], code: 2, stdout: '', stderr: /^replyguide: --comment needs a value, and "--no-log" is an option; give the value right after --comment\n$/ },
  { name: 'an option without its value', args: ['triage', '--comment'], code: 2, stdout: '', stderr: /^replyguide: option '-c, --comment <text>' argument missing; run with --help for usage\n$/ },
  { name: 'bad format', args: ['lint', '--format', 'xml'], code: 2, stderr: /option '-f, --format <name>' argument 'xml' is invalid\. Allowed choices are stylish, json, github, sarif/ },
  { name: 'bad --max-warnings', args: ['lint', 'playbooks', '--max-warnings', 'lots'], code: 2, stdout: '', stderr: 'replyguide: --max-warnings takes a whole number, not "lots"\n' },
  { name: 'lint the built-in playbooks', args: ['lint', 'playbooks'], code: 0, stdout: '✔ 2 playbooks checked, no problems\n', stderr: '', binary: true },
  { name: 'lint a path that does not exist', args: ['lint', 'nowhere/'], code: 2, stdout: '', stderr: 'replyguide: no playbook found at "nowhere/"\n', binary: true },
  { name: 'lint in a folder with no playbook: said once, no success line', args: ['lint'], cwd: freshDir('empty-'), code: 2, stdout: '', stderr: 'replyguide: no playbook found at "."\n', binary: true },
  { name: 'lint a glob', args: ['lint', 'tests/fixtures/good/[bm]*.yaml', '--format', 'json'], code: 0, stdout: /"file": "tests\/fixtures\/good\/bom-crlf\.yaml"[\s\S]*"file": "tests\/fixtures\/good\/minimal\.yaml"/ },
  {
    name: 'lint errors exit 1 with file:line:col',
    args: ['lint', 'tests/fixtures/broken/unknown-key.yaml'],
    code: 1,
    stdout: 'tests/fixtures/broken/unknown-key.yaml\n  33:5  error    unknown key "tempalte" in situations[0]; did you mean "template"?  schema-unknown-key\n\n✖ 1 problem (1 error, 0 warnings) in 1 playbook\n',
    stderr: '',
    binary: true,
  },
  { name: 'warnings alone exit 0', args: ['lint', 'tests/fixtures/broken/stale.yaml'], code: 0, stdout: /1 warning/ },
  { name: '--max-warnings 0 turns warnings into failure', args: ['lint', 'tests/fixtures/broken/stale.yaml', '--max-warnings', '0'], code: 1, stderr: 'replyguide: 1 warnings, more than --max-warnings 0\n' },
  { name: '--quiet hides warnings', args: ['lint', 'tests/fixtures/broken/stale.yaml', '--quiet'], code: 0, stdout: '✔ 1 playbook checked, no problems\n' },
  { name: 'unreadable input exits 2', args: ['lint', 'tests/fixtures/broken/folder-as-file'], code: 2, stdout: /is a folder where a file was expected {2}file-unreadable/ },
  { name: 'no colour without a TTY even with --format stylish', args: ['lint', 'tests/fixtures/broken/tabs.yaml'], code: 1, stdout: /^[^\u001b]*$/ },
  { name: 'FORCE_COLOR colours', args: ['lint', 'tests/fixtures/broken/tabs.yaml'], env: { NO_COLOR: undefined, FORCE_COLOR: '1' }, code: 1, stdout: /\u001b\[31merror/ },
  { name: '--no-color beats FORCE_COLOR', args: ['lint', 'tests/fixtures/broken/tabs.yaml', '--no-color'], env: { NO_COLOR: undefined, FORCE_COLOR: '1' }, code: 1, stdout: /^[^\u001b]*$/ },
  { name: 'staleness follows the clock', args: ['lint', 'playbooks'], env: { REPLYGUIDE_NOW: '2027-06-01' }, code: 0, stdout: /playbooks\/demo\.yaml\n  43:19  warning  last reviewed 2026-11-21; the 26w review was due 10 days ago {2}playbook-stale/ },
  { name: 'actions lists the vocabulary', args: ['actions'], code: 0, stdout: /^reply-publicly +Answer in the same thread/ },
  { name: 'actions as json', args: ['actions', '--format', 'json'], code: 0, stdout: /"action": "move-to-private"/ },
];

describe('CLI scenarios (in-process)', () => {
  for (const s of SCENARIOS) {
    it(s.name, async () => check(s, await runInProcess(s.args, s)));
  }
});

describe('CLI scenarios (built binary)', () => {
  for (const s of SCENARIOS.filter((x) => x.binary)) {
    it(s.name, () => check(s, runBinary(s.args, s)));
  }
});

describe('schema', () => {
  it('prints the JSON Schema that editors use, identical to schema/playbook.schema.json', async () => {
    const result = await runInProcess(['schema']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync('schema/playbook.schema.json', 'utf8'));
    const schema = JSON.parse(result.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$defs.playbook.required).toContain('situations');
    expect(schema.$defs.playbook.properties.extends.type).toBe('string');
  });

  it('every playbook in the repo points editors at the schema', () => {
    expect(readFileSync('playbooks/starter.yaml', 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/playbook.schema.json');
  });
});

describe('lint --output', () => {
  it('writes the whole report to the file and nothing to stdout', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/replyguide-out-`);
    const result = await runInProcess(['lint', `${process.cwd()}/tests/fixtures/broken/tabs.yaml`, '-f', 'sarif', '-o', 'report.sarif'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const log = JSON.parse(readFileSync(`${dir}/report.sarif`, 'utf8'));
    expect(log.runs[0].results[0].ruleId).toBe('yaml-tab-indent');
  });

  it('writes no report when there is no playbook to check', async () => {
    const { existsSync } = await import('node:fs');
    const dir = freshDir('empty-');
    const result = await runInProcess(['lint', '-f', 'sarif', '-o', 'report.sarif'], { cwd: dir });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'replyguide: no playbook found at "."\n' });
    expect(existsSync(`${dir}/report.sarif`)).toBe(false);
  });
});

function check(s: Scenario, result: { code: number; stdout: string; stderr: string }) {
  const match = (actual: string, expected: string | RegExp | undefined) => {
    if (expected === undefined) return;
    if (typeof expected === 'string') expect(actual).toBe(expected);
    else expect(actual).toMatch(expected);
  };
  match(result.stdout, s.stdout);
  match(result.stderr, s.stderr);
  expect(result.code).toBe(s.code);
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // never a stack trace
}

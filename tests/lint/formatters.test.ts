import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { github } from '../../src/lint/formatters/github.js';
import { json } from '../../src/lint/formatters/json.js';
import { sarif } from '../../src/lint/formatters/sarif.js';
import { stylish } from '../../src/lint/formatters/stylish.js';
import { ruleCatalog } from '../../src/lint/rule-catalog.js';
import { painter, plain } from '../../src/paint.js';
import { runInProcess } from '../helpers/cli.js';

const cwd = '/repo';
const d = (over: Partial<Diagnostic>): Diagnostic => ({
  rule: 'ref-contact', severity: 'error', file: '/repo/playbooks/a.yaml', line: 3, column: 7, message: 'no contact "x"', ...over,
});
const results = [
  { file: '/repo/playbooks/a.yaml', diagnostics: [d({}), d({ rule: 'playbook-stale', severity: 'warning', line: 9, column: 1, message: 'last reviewed 2020-01-01' })] },
  { file: '/repo/playbooks/b.yaml', diagnostics: [] },
];
const context = { cwd, paint: plain, version: '9.9.9' };

describe('stylish', () => {
  it('groups by file, aligns positions and sums up', () => {
    expect(stylish(results, context)).toBe(
      'playbooks/a.yaml\n' +
      '  3:7  error    no contact "x"  ref-contact\n' +
      '  9:1  warning  last reviewed 2020-01-01  playbook-stale\n' +
      '\n' +
      '✖ 2 problems (1 error, 1 warning) in 2 playbooks\n',
    );
  });

  it('says so when all is clean', () => {
    expect(stylish([{ file: '/repo/a.yaml', diagnostics: [] }], context)).toBe('✔ 1 playbook checked, no problems\n');
  });

  it('colours only when asked, and shows control characters from user text as escapes', async () => {
    const hostile = [{ file: '/repo/a.yaml', diagnostics: [d({ message: 'key "\u001b[31mred" is odd' })] }];
    expect(stylish(hostile, context)).toContain('key "\\x1b[31mred" is odd');
    expect(stylish(hostile, context)).not.toContain('\u001b');
    expect(stylish(hostile, { ...context, paint: await painter(true) })).toContain('\u001b[31merror');
  });
});

describe('json', () => {
  it('prints one entry per playbook with counts and relative paths', () => {
    const out = JSON.parse(json(results, context));
    expect(out).toEqual([
      {
        file: 'playbooks/a.yaml', errorCount: 1, warningCount: 1,
        diagnostics: [
          { rule: 'ref-contact', severity: 'error', file: 'playbooks/a.yaml', line: 3, column: 7, message: 'no contact "x"' },
          { rule: 'playbook-stale', severity: 'warning', file: 'playbooks/a.yaml', line: 9, column: 1, message: 'last reviewed 2020-01-01' },
        ],
      },
      { file: 'playbooks/b.yaml', errorCount: 0, warningCount: 0, diagnostics: [] },
    ]);
  });
});

describe('github', () => {
  it('prints one escaped workflow command per problem', () => {
    const tricky = [{ file: '/repo/play,books/a:b.yaml', diagnostics: [d({ file: '/repo/play,books/a:b.yaml', message: '100% wrong\nsecond line\r' })] }];
    expect(github(tricky, context)).toBe('::error file=play%2Cbooks/a%3Ab.yaml,line=3,col=7,title=replyguide ref-contact::100%25 wrong%0Asecond line%0D\n');
    expect(github(results, context).split('\n')[1]).toBe('::warning file=playbooks/a.yaml,line=9,col=1,title=replyguide playbook-stale::last reviewed 2020-01-01');
  });

  it('prints nothing when clean', () => {
    expect(github([{ file: '/repo/a.yaml', diagnostics: [] }], context)).toBe('');
  });
});

describe('sarif', () => {
  it('is a valid SARIF 2.1.0 log with rules and locations', () => {
    const log = JSON.parse(sarif(results, context));
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('replyguide');
    expect(run.tool.driver.version).toBe('9.9.9');
    const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ruleIds).toEqual(ruleCatalog().map((r) => r.id));
    expect(run.results).toHaveLength(2);
    const [first, second] = run.results;
    expect(first).toEqual({
      ruleId: 'ref-contact',
      ruleIndex: ruleIds.indexOf('ref-contact'),
      level: 'error',
      message: { text: 'no contact "x"' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'playbooks/a.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 7 } } }],
    });
    expect(second.level).toBe('warning');
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe('ref-contact');
    for (const rule of run.tool.driver.rules) expect(rule.shortDescription.text.length).toBeGreaterThan(10);
  });

  it('names a file outside the working folder by its file: URI, a relative one against the source root', () => {
    const far = [{ file: '/elsewhere/my playbook.yaml', diagnostics: [d({ file: '/elsewhere/my playbook.yaml' })] }];
    const near = [{ file: '/repo/playbooks/ä b#2?.yaml', diagnostics: [d({ file: '/repo/playbooks/ä b#2?.yaml' })] }];
    const location = (r: typeof far) => JSON.parse(sarif(r, context)).runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(location(far)).toEqual({ uri: 'file:///elsewhere/my%20playbook.yaml' });
    expect(location(near)).toEqual({ uri: 'playbooks/%C3%A4%20b%232%3F.yaml', uriBaseId: '%SRCROOT%' });
  });

  it('every rule a real lint run reports is in the catalog', async () => {
    const result = await runInProcess(['lint', 'tests/fixtures/broken', '--format', 'sarif']);
    const log = JSON.parse(result.stdout);
    const ids = new Set(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id));
    expect(log.runs[0].results.length).toBeGreaterThan(40);
    for (const r of log.runs[0].results) {
      expect(ids.has(r.ruleId)).toBe(true);
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
  });
});

// Names from a playbook or the command line are looked up among our own entries only: "constructor",
// "toString" or "__proto__" find nothing inherited from Object.prototype (issue 16, finding 8).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { freshDir } from '../helpers/env.js';

const PRAISE = ['triage', '--no-input', '-f', 'json', '--no-log', '-c', 'Great shop!', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=Kim', '-a', 'praised='];

describe('names that every object has', () => {
  it('a route or response time named "constructor" is no contact and no target: triage refuses it, as lint reports it', async () => {
    const dir = freshDir('own-');
    writeFileSync(join(dir, 'playbook.yaml'), 'extends: demo\nid: team\nsituations:\n  - id: praise\n    route: constructor\n    respondWithin: constructor\n');
    const r = await runInProcess(PRAISE, { cwd: dir });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe([
      'playbook.yaml:5:12: no contact "constructor" (contacts: customer-service, social-lead, spokesperson, legal, management) (ref-contact)',
      'playbook.yaml:6:20: no response-time target "constructor" (targets: urgent, normal, low) (ref-response-time)',
      'replyguide: the playbook has errors; run: replyguide lint playbook.yaml',
      '',
    ].join('\n'));
    const lint = await runInProcess(['lint', 'playbook.yaml', '-f', 'json'], { cwd: dir });
    const rules = JSON.parse(lint.stdout).flatMap((f: { messages?: { ruleId: string }[]; diagnostics?: { rule: string }[] }) => (f.messages ?? []).map((m) => m.ruleId).concat((f.diagnostics ?? []).map((d) => d.rule)));
    expect(lint.code).toBe(1);
    expect(rules).toEqual(expect.arrayContaining(['ref-contact', 'ref-response-time']));
  });

  it('--answer __proto__=x names the unknown question; check --locale __proto__ is an unknown locale', async () => {
    const answer = await runInProcess([...PRAISE, '-a', '__proto__=x']);
    expect(answer.code).toBe(2);
    expect(answer.stderr).toContain('there is no question "__proto__"');
    const check = await runInProcess(['check', '--locale', '__proto__', 'Hi there, thanks!']);
    expect([check.code, check.stderr]).toEqual([2, 'replyguide: no word lists for --locale __proto__; available: en, nl, de, sv\n']);
  });
});

// A playbook lint rejects for a reason that would make a run silently wrong (a `when` naming no question,
// an answer its question cannot have, a removed contact, an unknown response time, a situation that can
// never match) is refused by triage, check and guide in lint's words, cached or not.
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { ALL_FACTS } from '../helpers/init-facts.js';


const OUTAGE = `situations:
  - id: outage
    before: complaint
    title: Webshop outage
    when: { kind: complaint, webshop_down: true }
    template: praise
    respondWithin: urgent
questions:
  - id: webshop_down
    after: kind
    prompt: Is the webshop down?
    type: confirm
    default: false
    when: { kind: complaint }
`;

describe('a playbook lint rejects', () => {
  let clean: string;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'replyguide-refuse-'));
    const init = await runInProcess(['init', 'acme', '--no-input', '--brand', 'Acme Care', '--locales', 'en', ...ALL_FACTS], { cwd: root });
    expect(init.code).toBe(0);
    clean = join(root, 'acme', 'playbook.yaml');
    appendFileSync(clean, OUTAGE);
    expect((await runInProcess(['lint', clean])).code).toBe(0);
  });

  /** The playbook with one edit, in a folder of its own. */
  const broken = (from: string, to: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'replyguide-refuse-')), 'playbook.yaml');
    const text = readFileSync(clean, 'utf8');
    expect(text).toContain(from);
    writeFileSync(file, text.replace(from, to));
    return file;
  };

  const line = (file: string, text: string) => readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;

  it('a typo in a `when` id: refused at its place by triage, check and guide, and again from the cache', async () => {
    const file = broken('webshop_down: true }', 'webshopdown: true }');
    const at = `${file}:${line(file, 'webshopdown: true')}:30`;
    const expected = `${at}: no question "webshopdown"; did you mean "webshop_down"? (ref-question)\nreplyguide: the playbook has errors; run: replyguide lint ${file}\n`;
    for (const args of [['triage', '-c', 'checkout broken', '-a', 'kind=complaint', '--no-input', '--no-log'], ['triage', '-c', 'checkout broken', '-a', 'kind=complaint', '--no-input', '--no-log'], ['check', 'Hi, sorry about that.'], ['guide', '--format', 'md']]) {
      const r = await runInProcess([...args, '-p', file]);
      expect([r.code, r.stderr, r.stdout]).toEqual([2, expected, '']);
    }
    // The place lint gives.
    const lint = await runInProcess(['lint', file, '--format', 'github']);
    expect(lint.stdout).toContain(`,line=${line(file, 'webshopdown: true')},col=30,title=replyguide ref-question::no question "webshopdown"; did you mean "webshop_down"?`);
  });

  it('"yes" for true, an unknown response time, a removed contact, a situation that shadows others: each refused', async () => {
    const cases: [string, string, RegExp][] = [
      ['webshop_down: true }', 'webshop_down: yes }', /:44: question "webshop_down" is a yes\/no question: use true or false, not "yes" \(ref-choice\)\n/],
      ['respondWithin: urgent\nquestions', 'respondWithin: asap\nquestions', /:20: no response-time target "asap" \(targets: urgent, normal, low\) \(ref-response-time\)\n/],
      ['  legal:\n    reach: legal@acme-care.test', '  legal:\n    remove: true', /in the built-in starter playbook at situations\[\d+\]\.route: contact "legal" does not exist; removed here \(ref-contact\)\n/],
      ['when: { kind: complaint, webshop_down: true }', 'when: { kind: complaint }', /situation "complaint" can never match: "outage" matches first every time; situation "outage" was added here \(situation-shadowed\)\n/],
    ];
    for (const [from, to, message] of cases) {
      const file = broken(from, to);
      const r = await runInProcess(['triage', '-p', file, '-c', 'checkout broken', '-a', 'kind=complaint', '--no-input', '--no-log']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/\nreplyguide: the playbook has errors; run: replyguide lint .*playbook\.yaml\n$/);
    }
  });

  it('the same playbook without the error runs', async () => {
    const r = await runInProcess(['triage', '-p', clean, '-c', 'checkout broken', '-a', 'kind=complaint', '-a', 'webshop_down=yes', '-a', 'our_fault=no', '-a', 'private_data=no', '--no-input', '--no-log']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^Webshop outage \(outage\)\n/);
  });
});

// Scripted triage: flags and files in, exact output and exit codes out; never a prompt.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Example } from '../../src/playbook/types.js';
import { ROOT, runBinary, runEnv, runInProcess } from '../helpers/cli.js';

const env = { TZ: 'UTC' };

describe('scripted triage', () => {
  it('prints the plan as text', async () => {
    const r = await runInProcess(['triage', '--playbook', 'demo', '--comment', 'Thanks, love the bike!', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=Tom', '--agent', 'Sam', '--variant', '1'], { env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe([
      'Praise or thanks (praise)',
      '',
      `── Reply ${'─'.repeat(44)} praise · 1 of 3 ──`,
      'Thank you so much, Tom! This made our day, and I\'ll pass your kind words on to the team.',
      '– Sam',
      '────────────────────────────────────────────────────────────────────────',
      '',
      'Next steps',
      '  [ ] Thank them by name, for what they liked.',
      '  [ ] Pass it on to the team who earned it. → Social media lead',
      '',
      'Reply within 1 day (by Mon 23 Nov, 12:00 UTC) · low', // one staffed day (the starter's hours leave out Sunday); the team's zone is Amsterdam, so the agent's is named
      '',
    ].join('\n'));
  });

  it('prints one JSON object with --format json', async () => {
    const r = await runInProcess(['triage', '--comment', 'Bunch of clowns', '-a', 'kind=accusation', '-a', 'spreading=no', '-a', 'repeat_offender=no', '-f', 'json'], { env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      playbook: { id: 'demo', file: join(ROOT, 'playbooks', 'demo.yaml') },
      locale: 'en',
      commentLanguage: 'en',
      answers: { kind: 'accusation', spreading: false, repeat_offender: false },
      inferred: {},
      situation: { id: 'accusation', title: 'Baseless accusation or troll' },
      reply: null,
      holdingReply: null,
      noReplyReason: "Don't feed the troll. Answering gives it reach; keep it visible and keep watching.",
      steps: [
        { action: 'do-not-reply', text: 'Leave it unanswered on purpose.' },
        { action: 'keep-visible', text: "Don't delete it; deleting looks like hiding something." },
        { action: 'monitor', text: 'Look again in a few hours; if others start reacting, triage it again.' },
      ],
      route: null,
      respondWithin: '2h',
      respondWithinTarget: 'normal',
      respondBy: '2026-11-21T14:00:00.000Z',
      hours: { staffedTime: true, outsideHours: false, opens: '2026-11-21T12:00:00.000Z', onCall: null },
    });
  });

  it('without a terminal it never prompts: exit 2 naming every missing answer and its values', async () => {
    const r = await runInProcess(['triage', '-a', 'kind=misinformation']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe([
      'replyguide: missing answers (give them with --answer id=value):',
      '  fact: The correct fact, in one sentence (any text)',
      '',
    ].join('\n'));
  });

  it('--no-input on the real binary fails at once', () => {
    const r = runBinary(['triage', '--no-input']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^replyguide: missing answers[^\n]*\n {2}kind: What is this comment mainly\? \(complaint, cant_reach, question, misinformation, accusation, abuse, hate, praise, spam, other\)\n$/);
  });

  it('an invalid value lists the valid ones', async () => {
    const r = await runInProcess(['triage', '-a', 'kind=prase']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('replyguide: "prase" is not a valid answer to kind; did you mean "praise"?; valid: complaint, cant_reach, question, misinformation, accusation, abuse, hate, praise, spam, other\n');
  });

  it('reads the comment from stdin with --comment -', async () => {
    const r = await runInProcess(['triage', '--comment', '-', '-a', 'kind=question', '-a', 'answer_known=no', '-a', 'topic=', '-f', 'json'], { stdin: 'Do you deliver to Norway?\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).reply.text).toMatch(/^Hi there, .*the details|^Hi there, good question.* into it/s);
  });

  it('refuses --comment - when standard input is a terminal', async () => {
    const { PassThrough } = await import('node:stream');
    const { main } = await import('../../src/cli/main.js');
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    let stderr = '';
    const code = await main({ argv: ['triage', '--comment', '-'], env: runEnv({ REPLYGUIDE_CACHE_DIR: 'off' }), cwd: process.cwd(), stdin, stdout: { write: () => true }, stderr: { write: (s: string | Uint8Array) => { stderr += String(s); return true; } } });
    expect(stderr).toBe('replyguide: --comment - reads the comment from standard input, but that is a terminal; pipe the comment in\n');
    expect(code).toBe(2);
  });

  it('takes answers from a YAML file, with flags winning', async () => {
    const r = await runInProcess(['triage', '--answers', 'tests/fixtures/answers/complaint.yaml', '-a', 'name=Ann', '-f', 'json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.situation.id).toBe('complaint');
    expect(plan.answers).toEqual({ kind: 'complaint', our_fault: true, private_data: false, tried_before: false, own_details: false, name: 'Ann' });
  });

  it.each([
    ['tests/fixtures/answers/not-scalar.json', 'replyguide: tests/fixtures/answers/not-scalar.json:3:10: the answer to "name" must be a single value\n'],
    ['tests/fixtures/answers/duplicate.yaml', 'replyguide: tests/fixtures/answers/duplicate.yaml:2:1: Map keys must be unique\n'],
    ['tests/fixtures/answers/missing.yaml', 'replyguide: tests/fixtures/answers/missing.yaml:1:1: file not found\n'],
  ])('a bad answers file %s is a one-line error with its position', async (file, message) => {
    const r = await runInProcess(['triage', '--answers', file]);
    expect(r.stderr).toBe(message);
    expect(r.code).toBe(2);
  });

  it('a broken playbook names its problems and exits 2', async () => {
    const r = await runInProcess(['triage', '--playbook', 'tests/fixtures/broken/unknown-key.yaml', '-a', 'kind=praise']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'tests/fixtures/broken/unknown-key.yaml:33:5: unknown key "tempalte" in situations[0]; did you mean "template"? (schema-unknown-key)\n' +
      'replyguide: the playbook has errors; run: replyguide lint tests/fixtures/broken/unknown-key.yaml\n',
    );
  });

  it.each([
    [['--variant', '9', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name='], 'replyguide: --variant must be between 1 and 3\n'],
    [['--variant', 'two'], 'replyguide: --variant takes a number from 1, not "two"\n'],
    [['--locale', 'xx'], 'replyguide: --locale xx is not available in this playbook; available: en, nl, de, sv\n'],
    [['--answer', 'kind'], 'replyguide: --answer takes id=value, e.g. --answer kind=praise (got "kind")\n'],
  ])('bad flags %j exit 2 with one line', async (args, message) => {
    const r = await runInProcess(['triage', ...args]);
    expect(r.stderr).toBe(message);
    expect(r.code).toBe(2);
  });

  it('a template that fails at run time names the template and position', async () => {
    // Lint reports this template (template-unknown-variable); triage must still fail cleanly.
    const r = await runInProcess(['triage', '--playbook', 'tests/fixtures/broken/unknown-variable.yaml', '-a', 'kind=praise', '-a', 'name=Kim', '--variant', '1']);
    expect(r.stderr).toBe('replyguide: template "thanks" failed at tests/fixtures/broken/unknown-variable.yaml:47:55: "phone" is not defined\n');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('the built-in examples pass through scripted triage (the real binary)', () => {
  // Lint runs every example through the engine; here the first ones of each situation go through the
  // binary too (one process each, so not all 300).
  const all = (parse(readFileSync('playbooks/starter.yaml', 'utf8')) as { examples: Example[] }).examples;
  const examples = all.filter((e, i) => all.findIndex((o) => o.expect.situation === e.expect.situation) === i);
  it.each(examples.map((e) => [e.id, e] as const))('%s', (_id, example) => {
    const args = ['triage', '--playbook', 'demo', '--no-input', '--format', 'json', '--comment', example.comment, '--agent', 'Sam', '--locale', 'en'];
    for (const [id, value] of Object.entries(example.answers)) args.push('--answer', `${id}=${value === true ? 'yes' : value === false ? 'no' : value}`);
    const r = runBinary(args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    if (example.expect.situation) expect(plan.situation.id).toBe(example.expect.situation);
    if (example.expect.steps) expect(plan.steps.map((s: { action: string }) => s.action)).toEqual(example.expect.steps);
    if (example.expect.reply !== undefined) expect(plan.reply !== null).toBe(example.expect.reply);
    const contains = example.expect.replyContains as string[] | Record<string, string[]> | undefined;
    for (const text of (Array.isArray(contains) ? contains : contains?.en) ?? []) expect(plan.reply.text).toContain(text);
  });
});

// The response log: what triage records, concurrent appends, corrupt lines, follow-ups, stats, prune.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runEnv, runInProcess } from '../helpers/cli.js';

const complaint = ['triage', '--playbook', 'demo', '--no-input', '-f', 'json', '-a', 'kind=complaint', '-a', 'our_fault=yes', '-a', 'private_data=no', '-a', 'name=Tom', '--variant', '1', '--agent', 'Sam'];
const praise = ['triage', '--playbook', 'demo', '--no-input', '-f', 'json', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=Kim', '--variant', '2', '--agent', 'Sam'];
const freshLog = () => join(mkdtempSync(join(tmpdir(), 'replyguide-log-')), 'data', 'log.jsonl');
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('triage writes the response log', () => {
  it('appends one entry per plan, 0600, the comment only as a hash by default', async () => {
    const log = freshLog();
    const result = await runInProcess([...complaint, '-c', 'My bike broke after a week'], { env: { REPLYGUIDE_LOG: log } });
    expect(result.code).toBe(0);
    expect(statSync(log).mode & 0o777).toBe(0o600);
    const [entry] = lines(log);
    expect(entry).toEqual({
      type: 'triage', outcome: 'scripted', id: expect.stringMatching(/^[0-9a-f]{16}$/), time: '2026-11-21T12:00:00.000Z', playbook: 'demo', locale: 'en',
      situation: 'complaint', answers: { kind: 'complaint', our_fault: true, private_data: false, tried_before: false, own_details: false, name: 'Tom' },
      // Read in the comment, not given: nothing there says they tried before or posted their own details.
      inferred: { tried_before: { from: 'comment' }, own_details: { from: 'comment' } },
      commentHash: expect.stringMatching(/^[0-9a-f]{16}$/),
      reply: { text: JSON.parse(result.stdout).reply.text, template: 'complaint-public', variant: 1 },
      steps: ['cool-down', 'check-other-channels', 'apologize', 'reply-publicly', 'route', 'fix-root-cause', 'follow-up-publicly'],
      respondWithin: '30m', replyBy: '2026-11-21T12:30:00.000Z',
      followUps: [{ id: `${entry.id}-1`, action: 'follow-up-publicly', text: 'Once solved, ask in the thread whether they are satisfied.', due: '2026-11-23T12:00:00.000Z' }], // one staffed day after Saturday 12:00Z: Monday (the starter's hours leave out Sunday)
    });
    expect(readFileSync(log, 'utf8')).not.toContain('My bike');
  });

  it('keeps the comment where the user config allows it; --no-log and "log": false keep nothing; --log picks the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-log-'));
    const config = join(dir, 'config.json');
    const log = join(dir, 'log.jsonl');
    writeFileSync(config, JSON.stringify({ logComments: true }));
    await runInProcess([...praise, '-c', 'love the new bike'], { env: { REPLYGUIDE_LOG: log, REPLYGUIDE_CONFIG: config } });
    expect(lines(log)[0].comment).toBe('love the new bike');
    await runInProcess([...praise, '--no-log'], { env: { REPLYGUIDE_LOG: log } });
    writeFileSync(config, JSON.stringify({ log: false }));
    await runInProcess(praise, { env: { REPLYGUIDE_LOG: log, REPLYGUIDE_CONFIG: config } });
    expect(lines(log)).toHaveLength(1);
    const other = join(dir, 'other.jsonl');
    await runInProcess([...praise, '--log', other], { env: { REPLYGUIDE_LOG: log } });
    expect(lines(other)).toHaveLength(1);
  });

  it('lives in the XDG data folder by default', async () => {
    const home = mkdtempSync(join(tmpdir(), 'replyguide-home-'));
    await runInProcess(praise, { env: { REPLYGUIDE_LOG: '', HOME: home, REPLYGUIDE_CONFIG: join(home, 'none.json') } });
    expect(lines(join(home, '.local/share/replyguide/log.jsonl'))).toHaveLength(1);
  });

  it('eight processes appending at once lose nothing and interleave no lines', async () => {
    const log = freshLog();
    const helper = join(ROOT, 'tests/log/append-many.mjs');
    const run = (args: string[]) => new Promise<number>((resolve) => spawn(process.execPath, args, { env: { PATH: process.env.PATH, ...runEnv({ REPLYGUIDE_LOG: log, REPLYGUIDE_CACHE_DIR: 'off' }) }, stdio: 'ignore' }).on('exit', (code) => resolve(code ?? -1)));
    // Eight writers of large (9 KB) entries through the store, and eight real triage processes.
    const codes = await Promise.all([
      ...Array.from({ length: 8 }, (_, w) => run([helper, log, String(w), '50'])),
      ...Array.from({ length: 8 }, () => run([BIN, ...praise])),
    ]);
    expect(codes).toEqual(Array(16).fill(0));
    const raw = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    expect(raw).toHaveLength(8 * 50 + 8);
    const entries = raw.map((l) => JSON.parse(l));
    for (let w = 0; w < 8; w++) {
      const mine = entries.filter((e) => e.id.startsWith(`w${w}-`));
      expect(mine.map((e) => e.id)).toEqual(Array.from({ length: 50 }, (_, i) => `w${w}-${i}`));
      expect(mine.every((e) => e.reply.text === String(w).repeat(3000))).toBe(true);
    }
    expect(entries.filter((e) => e.situation === 'praise')).toHaveLength(8);
  }, 60_000);
});

/** A log with known entries: two complaints (one followed up), a praise, and a corrupt line. */
function sampleLog(): string {
  const log = freshLog();
  const entry = (id: string, time: string, situation: string, template: string | null, variant: number, followUpDue?: string) => JSON.stringify({
    type: 'triage', id, time, playbook: 'demo', locale: 'en', situation, answers: {}, commentHash: 'h', comment: `comment ${id}`,
    reply: template ? { text: `Hi, reply ${id}.\n– Sam`, template, variant } : null, steps: [], respondWithin: '30m',
    replyBy: new Date(Date.parse(time) + 30 * 60_000).toISOString(),
    followUps: followUpDue ? [{ id: `${id}-1`, action: 'follow-up-publicly', text: 'Once solved, ask in the thread whether they are satisfied.', due: followUpDue }] : [],
  });
  mkdirSync(join(log, '..'), { recursive: true });
  writeFileSync(log, [
    entry('aaaa0001', '2026-11-10T09:00:00.000Z', 'complaint', 'complaint-public', 1, '2026-11-11T09:00:00.000Z'),
    '{"type":"triage","id":"broken',
    entry('aaaa0002', '2026-11-12T10:00:00.000Z', 'praise', 'praise', 2),
    entry('aaaa0003', '2026-11-20T08:00:00.000Z', 'complaint', 'complaint-public', 2, '2026-11-21T08:00:00.000Z'),
    entry('aaaa0004', '2026-11-21T11:00:00.000Z', 'complaint', 'complaint-public', 2, '2026-11-22T11:00:00.000Z'),
    JSON.stringify({ type: 'done', followUp: 'aaaa0003-1', time: '2026-11-21T09:00:00.000Z' }),
    '',
  ].join('\n'));
  return log;
}

describe('replyguide log', () => {
  it('lists how we answered, skipping a corrupt line with its line number', async () => {
    const log = sampleLog();
    const result = await runInProcess(['log', '--situation', 'complaint', '--since', '2026-11-15'], { env: { REPLYGUIDE_LOG: log, TZ: 'UTC' } });
    expect(result.stderr).toBe(`replyguide: ${log}:2: not valid JSON; skipped\n`);
    expect(result.stdout).toBe([
      '20 Nov 2026, 08:00 · complaint · complaint-public #2 · en',
      '  Comment: "comment aaaa0003"',
      '  Reply:   Hi, reply aaaa0003.',
      '21 Nov 2026, 11:00 · complaint · complaint-public #2 · en',
      '  Comment: "comment aaaa0004"',
      '  Reply:   Hi, reply aaaa0004.',
      '',
    ].join('\n'));
    expect(result.code).toBe(0);
    const grep = await runInProcess(['log', '--grep', 'AAAA0002', '-f', 'json'], { env: { REPLYGUIDE_LOG: log } });
    expect(JSON.parse(grep.stdout).map((e: { id: string }) => e.id)).toEqual(['aaaa0002']);
    expect((await runInProcess(['log', '--since', 'last week'], { env: { REPLYGUIDE_LOG: log } })).stderr).toContain('--since takes a date like 2026-11-01, not "last week"');
  });

  it('a --situation no entry has names the logged one it resembles; one logged but not matched by the other filters does not', async () => {
    const log = sampleLog();
    const env = { REPLYGUIDE_LOG: log };
    const typo = await runInProcess(['log', '--situation', 'complaitn'], { env });
    expect([typo.code, typo.stdout]).toEqual([0, `No answers in ${log} have situation "complaitn"; did you mean "complaint"?\n`]);
    const json = await runInProcess(['log', '--situation', 'Praise', '-f', 'json'], { env });
    expect([json.code, json.stdout, json.stderr.split('\n').at(-2)]).toEqual([0, '[]\n', `replyguide: No answers in ${log} have situation "Praise"; did you mean "praise"?`]);
    const dutch = await runInProcess(['log', '--situation', 'complaitn'], { env: { ...env, LANG: 'nl_NL.UTF-8' } });
    expect(dutch.stdout).toBe(`Er zijn geen antwoorden in ${log} met situatie "complaitn"; bedoelde je "complaint"?\n`);
    // Logged, only not since then; and a name like none of them: the plain "no answers".
    expect((await runInProcess(['log', '--situation', 'praise', '--since', '2026-11-15'], { env })).stdout).toBe(`No answers in ${log} match.\n`);
    expect((await runInProcess(['log', '--situation', 'spam'], { env })).stdout).toBe(`No answers in ${log} match.\n`);
  });

  it('prune writes a new file without the older entries (corrupt lines stay, the mode is kept) and nothing else rewrites it', async () => {
    const log = sampleLog();
    chmodSync(log, 0o640);
    const before = readFileSync(log, 'utf8');
    await runInProcess(['log'], { env: { REPLYGUIDE_LOG: log } });
    await runInProcess(['followups'], { env: { REPLYGUIDE_LOG: log } });
    expect(readFileSync(log, 'utf8')).toBe(before);
    const result = await runInProcess(['log', 'prune', '--before', '2026-11-15'], { env: { REPLYGUIDE_LOG: log } });
    expect(result.stdout).toBe(`Removed 2 line(s) from before 2026-11-15; 4 kept in ${log}.\n`);
    expect(readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => l.slice(0, 30))).toEqual([
      '{"type":"triage","id":"broken', '{"type":"triage","id":"aaaa000', '{"type":"triage","id":"aaaa000', '{"type":"done","followUp":"aaa',
    ]);
    expect(statSync(log).mode & 0o777).toBe(0o640);
  });
});

describe('replyguide followups', () => {
  it('lists open follow-ups oldest first, --due only the ones due now, and done marks one', async () => {
    const log = sampleLog();
    const env = { REPLYGUIDE_LOG: log, TZ: 'UTC' };
    const all = JSON.parse((await runInProcess(['followups', '-f', 'json'], { env })).stdout);
    expect(all.map((f: { id: string }) => f.id)).toEqual(['aaaa0001-1', 'aaaa0004-1']);
    expect(all[0]).toEqual({ id: 'aaaa0001-1', action: 'follow-up-publicly', text: 'Once solved, ask in the thread whether they are satisfied.', due: '2026-11-11T09:00:00.000Z', status: 'overdue', situation: 'complaint', triaged: '2026-11-10T09:00:00.000Z', link: null, platform: null, posted: null, comment: 'comment aaaa0001', commentHash: 'h', reply: 'Hi, reply aaaa0001.\n– Sam' });
    const due = await runInProcess(['followups', '--due'], { env });
    expect(due.stdout).toBe([
      'overdue since 11 Nov 2026, 09:00 · aaaa0001-1 · complaint',
      '  Comment: "comment aaaa0001"',
      '  We said: Hi, reply aaaa0001.',
      '  Now:     Once solved, ask in the thread whether they are satisfied.',
      'Mark one done: replyguide followups done <id>',
      '',
    ].join('\n'));
    expect((await runInProcess(['followups', 'done', 'aaaa0001-1'], { env })).stdout).toBe('Follow-up aaaa0001-1 done.\n');
    expect((await runInProcess(['followups', '--due'], { env })).stdout).toBe('No follow-ups due.\n');
    const again = await runInProcess(['followups', 'done', 'aaaa0001-1'], { env });
    expect([again.code, again.stdout]).toEqual([0, 'Follow-up aaaa0001-1 was already done.\n']);
    expect(readFileSync(log, 'utf8').match(/"type":"done"/g)).toHaveLength(2);
    const unknown = await runInProcess(['followups', 'done', 'zzz'], { env });
    expect([unknown.code, unknown.stderr.split('\n').at(-2)]).toEqual([2, `replyguide: no follow-up "zzz" in ${log}; run: replyguide followups`]);
  });
});

describe('follow-up ids', () => {
  const entry = (id: string) => JSON.stringify({
    type: 'triage', id, time: '2026-11-20T08:00:00.000Z', playbook: 'demo', locale: 'en', situation: 'complaint', answers: {}, commentHash: 'h',
    reply: null, steps: [], respondWithin: '30m', replyBy: null,
    followUps: [{ id: `${id}-1`, action: 'follow-up-publicly', text: 'Once solved, ask in the thread whether they are satisfied.', due: '2026-11-21T08:00:00.000Z' }],
  });

  it('are sixteen digits; the first eight and the -n name one, and the done event carries the whole id', async () => {
    const log = freshLog();
    const env = { REPLYGUIDE_LOG: log };
    await runInProcess([...complaint, '-c', 'broken'], { env });
    const [{ id }] = JSON.parse((await runInProcess(['followups', '-f', 'json'], { env })).stdout);
    expect(id).toMatch(/^[0-9a-f]{16}-1$/);
    const done = await runInProcess(['followups', 'done', `${id.slice(0, 8)}-1`], { env });
    expect(done).toMatchObject({ code: 0, stdout: `Follow-up ${id} done.\n`, stderr: '' });
    expect(lines(log)[1]).toEqual({ type: 'done', followUp: id, time: '2026-11-21T12:00:00.000Z' });
    expect((await runInProcess(['followups', 'done', `${id.slice(0, 10)}-1`], { env })).stdout).toBe(`Follow-up ${id} was already done.\n`);
    // Pasted with spaces, in capitals, without the -n: still the one follow-up.
    expect((await runInProcess(['followups', 'done', ` ${id.slice(0, 8).toUpperCase()} `], { env })).stdout).toBe(`Follow-up ${id} was already done.\n`);
    // Fewer than eight digits name nothing, and are told so; another -n is no such follow-up.
    for (const typed of [`${id.slice(0, 7)}-1`, id.slice(0, 7)]) {
      const short = await runInProcess(['followups', 'done', typed], { env });
      expect([short.code, short.stderr]).toEqual([2, `replyguide: "${typed}" is too short to name a follow-up: give at least the first 8 characters of its id (replyguide followups lists them)\n`]);
    }
    const unknown = await runInProcess(['followups', 'done', `${id.slice(0, 8)}-2`], { env });
    expect([unknown.code, unknown.stderr]).toEqual([2, `replyguide: no follow-up "${id.slice(0, 8)}-2" in ${log}; run: replyguide followups\n`]);
  });

  it('a start two follow-ups share is refused with both; the whole id closes only its own', async () => {
    const log = freshLog();
    mkdirSync(join(log, '..'), { recursive: true });
    // An old eight-digit id, and a new one that starts with it.
    writeFileSync(log, `${entry('3f9a01c2')}\n${entry('3f9a01c2d4e5f601')}\n`);
    const env = { REPLYGUIDE_LOG: log };
    const before = readFileSync(log, 'utf8');
    for (const command of ['done', 'take']) {
      const both = await runInProcess(['followups', command, '3f9a01c2-1'], { env });
      expect((await runInProcess(['followups', command, '3f9a01c2'], { env })).code).toBe(2);
      expect([both.code, both.stdout, both.stderr]).toEqual([2, '', `replyguide: "3f9a01c2-1" names more than one follow-up in ${log} (3f9a01c2-1, 3f9a01c2d4e5f601-1); type more of its digits\n`]);
    }
    const short = await runInProcess(['followups', 'done', '3f9a'], { env });
    expect([short.code, short.stderr]).toEqual([2, 'replyguide: "3f9a" is too short to name a follow-up: give at least the first 8 characters of its id (replyguide followups lists them)\n']);
    expect(readFileSync(log, 'utf8')).toBe(before);
    expect((await runInProcess(['followups', 'done', '3f9a01c2d4-1'], { env })).stdout).toBe('Follow-up 3f9a01c2d4e5f601-1 done.\n');
    expect(JSON.parse((await runInProcess(['followups', '-f', 'json'], { env })).stdout).map((f: { id: string }) => f.id)).toEqual(['3f9a01c2-1']);
  });
});

describe('replyguide stats', () => {
  it('counts situations and replies, names templates never used, and the share answered in time', async () => {
    const log = sampleLog();
    const result = await runInProcess(['stats', '-f', 'json'], { env: { REPLYGUIDE_LOG: log } });
    const out = JSON.parse(result.stdout);
    expect(out.comments).toBe(4);
    expect(out.bySituation).toEqual([['complaint', 3], ['praise', 1]]);
    expect(out.byTemplate).toEqual([
      { template: 'complaint-public', uses: 3, variants: [[1, 1], [2, 2]] },
      { template: 'praise', uses: 1, variants: [[2, 1]] },
    ]);
    expect(out.neverUsed).toEqual(['cant-reach', 'complaint-private', 'hate-speech', 'holding-reply', 'house-rules', 'misinformation', 'question-answer', 'troll-audience']);
    expect(out.inTime).toEqual({ within: 4, of: 4, scripted: 0 });
    expect(out.inTimeBySituation).toEqual([['complaint', { within: 3, of: 3 }], ['praise', { within: 1, of: 1 }]]);
    const since = JSON.parse((await runInProcess(['stats', '--since', '2026-11-20', '-f', 'json'], { env: { REPLYGUIDE_LOG: log } })).stdout);
    expect(since.comments).toBe(2);
    const text = await runInProcess(['stats', '--since', '2026-11-20'], { env: { REPLYGUIDE_LOG: log } });
    expect(text.stdout).toBe([
      '2 comment(s) answered with "demo" since 2026-11-20',
      '',
      'Outcomes: 0 copied, 0 done, 0 started over, 0 skipped, 2 without an outcome (logged before outcomes were)',
      '',
      'By situation:',
      '  complaint         2  · in time 2 of 2 (100%)',
      '',
      'Replies used:',
      '  complaint-public  2  (variant 2: 2)',
      '',
      'Never used: cant-reach, complaint-private, hate-speech, holding-reply, house-rules, misinformation, praise, question-answer, troll-audience',
      'Answered within the response time (in staffed hours, when the playbook has them): 2 of 2 (100%)',
      '',
    ].join('\n'));
  });

  it('does not time a script\'s plans: a plan made at once is not a reply in time (nor one late)', async () => {
    const log = freshLog();
    const scripted = ['triage', '--playbook', 'demo', '--no-input', '-a', 'kind=complaint', '-a', 'our_fault=yes', '-a', 'private_data=no', '-a', 'name=Tom'];
    await runInProcess([...scripted, '-c', 'My bike broke after a week', '--posted', '2026-11-21T08:00:00Z'], { env: { REPLYGUIDE_LOG: log } }); // 4 hours late
    await runInProcess([...scripted, '-c', 'Still waiting for my refund'], { env: { REPLYGUIDE_LOG: log } });
    // Chatter gets no reply, so no reply-by time: a plan that would not have been timed anyway is not "not counted".
    await runInProcess(['triage', '--playbook', 'demo', '--no-input', '-a', 'kind=other', '-a', 'chatter=yes', '-c', '@anna haha first!'], { env: { REPLYGUIDE_LOG: log } });
    const json = JSON.parse((await runInProcess(['stats', '-f', 'json'], { env: { REPLYGUIDE_LOG: log } })).stdout);
    expect([json.comments, json.outcomes.scripted, json.inTime]).toEqual([3, 3, { within: 0, of: 0, scripted: 2 }]);
    const text = (await runInProcess(['stats'], { env: { REPLYGUIDE_LOG: log } })).stdout;
    expect(text).toContain('\nAnswered within the response time (in staffed hours, when the playbook has them): no replies with a response time yet (2 scripted plan(s) not counted: a script makes a plan, not a reply)\n');
  });
});

describe('interactive triage and the log', () => {
  it('mentions the last similar answer, and logs the accepted reply', async () => {
    const { startPty, KEY } = await import('../helpers/pty.js');
    const log = freshLog();
    mkdirSync(join(log, '..'), { recursive: true });
    writeFileSync(log, JSON.stringify({
      type: 'triage', id: 'bbbb0001', time: '2026-11-12T10:00:00.000Z', playbook: 'demo', locale: 'en', situation: 'praise', answers: {}, commentHash: 'h',
      reply: { text: 'Hi Jo, thanks so much for the kind words.\n– Sam', template: 'praise', variant: 1 }, steps: [], respondWithin: '1d', replyBy: null, followUps: [],
    }) + '\n');
    const pty = startPty(['triage', '--agent', 'Sam', '--locale', 'en', '--comment', 'Thanks!', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=Tom', '-a', 'praised='], { REPLYGUIDE_LOG: log });
    await pty.waitFor('What next?');
    expect(pty.screen()).toContain('You answered a comment like this on 12 Nov: “Hi Jo, thanks so much for the kind words.”');
    pty.type(KEY.up);
    pty.type(KEY.enter); // Done
    expect(await pty.exit()).toBe(0);
    const entries = lines(log);
    expect(entries).toHaveLength(2);
    expect([entries[1].situation, entries[1].reply.template]).toEqual(['praise', 'praise']);
  }, 30_000);
});

describe('followups take on the file log', () => {
  it('records who took a follow-up over; followups shows the new owner, done still closes it', async () => {
    const log = freshLog();
    const env = { REPLYGUIDE_LOG: log };
    await runInProcess([...complaint, '-c', 'broken'], { env });
    const [{ id }] = JSON.parse((await runInProcess(['followups', '-f', 'json'], { env })).stdout);
    expect((await runInProcess(['followups', 'take', 'nope-1'], { env })).code).toBe(2);
    const take = await runInProcess(['followups', 'take', id], { env: { ...env, REPLYGUIDE_AGENT: 'Kim' } });
    expect(take).toMatchObject({ code: 0, stdout: `Kim now owns follow-up ${id}.\n`, stderr: '' });
    expect(lines(log)[1]).toEqual({ type: 'take', followUp: id, agent: 'Kim', time: '2026-11-21T12:00:00.000Z' });
    expect(JSON.parse((await runInProcess(['followups', '-f', 'json'], { env })).stdout)[0].owner).toBe('Kim');
    expect((await runInProcess(['followups'], { env })).stdout.split('\n')[0]).toBe(`due 23 Nov 2026, 12:00 · ${id} · complaint · Kim`);
    await runInProcess(['followups', 'done', id], { env });
    expect((await runInProcess(['followups', '-f', 'json'], { env })).stdout).toBe('[]\n');
  });
});

describe('the PostgreSQL client costs a file log nothing', () => {
  it('is loaded for a postgres:// log only', async () => {
    const { runBinary } = await import('../helpers/cli.js');
    const trace = { NODE_OPTIONS: `--require ${join(ROOT, 'tests/log/trace-pg.cjs')}` };
    const file = runBinary([...praise, '-c', 'love it'], { env: { ...trace, REPLYGUIDE_LOG: freshLog() } });
    expect(file).toMatchObject({ code: 0, stderr: '' });
    // Port 1 refuses at once: the log command fails in one line, after loading pg.
    const database = runBinary(['log'], { env: { ...trace, REPLYGUIDE_LOG: 'postgres://sam:pw@127.0.0.1:1/team' } });
    expect(database).toMatchObject({ code: 2, stderr: 'loaded pg\nreplyguide: cannot reach the response log database postgres://sam:***@127.0.0.1:1/team (ECONNREFUSED)\n' });
  });
});

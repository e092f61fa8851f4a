// Reply-by times in the playbook's staffed hours (the demo extends the starter: Monday to Saturday,
// 08:00-20:00, Europe/Amsterdam, Dutch public holidays), with a fixed clock.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInProcess } from '../helpers/cli.js';
import { freshDir } from '../helpers/env.js';

const COMPLAINT = ['-a', 'kind=complaint', '-a', 'our_fault=no', '-a', 'private_data=no', '-a', 'own_details=no'];
const THREAT = ['-a', 'kind=abuse', '-a', 'threat=yes'];
const lastLines = (text: string, n: number) => text.trimEnd().split('\n').slice(-n);

describe('reply-by in staffed time', () => {
  it('a comment posted Friday 19:55 with a 30-minute target, read at 20:10: due Saturday 08:25, outside hours now', async () => {
    const env = { TZ: 'Europe/Amsterdam', REPLYGUIDE_NOW: '2026-11-20T19:10:00Z' };
    const args = ['triage', '--playbook', 'demo', '--comment', 'My order never arrived', ...COMPLAINT, '--posted', '2026-11-20T18:55:00Z', '--variant', '1'];
    const text = await runInProcess(args, { env });
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(lastLines(text.stdout, 2)).toEqual([
      'Reply within 30 minutes (by Sat 21 Nov, 08:25) · urgent — outside hours now; we open Sat 21 Nov, 08:00',
      'Notify: Customer care team · #care-escalations on Slack, or the care team lead by phone',
    ]);
    const json = JSON.parse((await runInProcess([...args, '-f', 'json'], { env })).stdout);
    expect(json.respondBy).toBe('2026-11-21T07:25:00.000Z');
    expect(json.hours).toEqual({ staffedTime: true, outsideHours: true, opens: '2026-11-21T07:00:00.000Z', onCall: null });
  });

  it('an agent in another zone than the team sees the zone named, so "we open 07:00 GMT" is not read against the reply\'s "08:00"', async () => {
    const env = { TZ: 'Europe/London', REPLYGUIDE_NOW: '2026-11-20T20:10:00Z' };
    const r = await runInProcess(['triage', '--playbook', 'demo', '--comment', 'My order never arrived', ...COMPLAINT, '--variant', '1', '--no-log'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("we're back tomorrow at 08:00"); // the holding reply: the team's hours, for the customer
    expect(lastLines(r.stdout, 2)[0]).toBe('Reply within 30 minutes (by Sat 21 Nov, 07:30 GMT) · urgent — outside hours now; we open Sat 21 Nov, 07:00 GMT');
  });

  it('in the agent\'s language: Dutch', async () => {
    const env = { TZ: 'Europe/Amsterdam', REPLYGUIDE_NOW: '2026-11-20T19:10:00Z', LANG: 'nl_NL.UTF-8' };
    const r = await runInProcess(['triage', '--comment', 'My order never arrived', ...COMPLAINT, '--posted', '2026-11-20T18:55:00Z', '--variant', '1', '--locale', 'nl'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(' — nu buiten kantooruren; we openen ');
  });

  it('during hours the reply-by time is plain', async () => {
    const env = { TZ: 'Europe/Amsterdam', REPLYGUIDE_NOW: '2026-11-21T12:00:00Z' };
    const r = await runInProcess(['triage', '--comment', 'My order never arrived', ...COMPLAINT, '--variant', '1', '-f', 'json'], { env });
    const json = JSON.parse(r.stdout);
    expect(json.respondBy).toBe('2026-11-21T12:30:00.000Z');
    expect(json.hours).toEqual({ staffedTime: true, outsideHours: false, opens: '2026-11-21T12:00:00.000Z', onCall: null });
  });

  it('Christmas: posted on Thursday 24 December at 19:50, due on Monday 28 December at 08:20', async () => {
    const env = { TZ: 'Europe/Amsterdam', REPLYGUIDE_NOW: '2026-12-25T10:00:00Z' };
    const r = await runInProcess(['triage', '--comment', 'My order never arrived', ...COMPLAINT, '--posted', '2026-12-24T18:50:00Z', '-f', 'json'], { env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).respondBy).toBe('2026-12-28T07:20:00.000Z');
  });

  it('a threat at 03:00 on a Sunday: act now, whatever the hour, and the on-call contact is named', async () => {
    const env = { TZ: 'Europe/Amsterdam', REPLYGUIDE_NOW: '2026-11-22T02:00:00Z' };
    const args = ['triage', '--comment', 'I know where you live', ...THREAT, '--posted', '2026-11-22T02:00:00Z'];
    const text = await runInProcess(args, { env });
    expect(text.code).toBe(0);
    expect(lastLines(text.stdout, 3)).toEqual([
      'Act now, whatever the hour (by 03:30) · urgent — outside hours now',
      'On call: Legal team · legal@brightline.example, urgent cases by phone',
      'Notify: Legal team · legal@brightline.example, urgent cases by phone',
    ]);
    const json = JSON.parse((await runInProcess([...args, '-f', 'json'], { env })).stdout);
    expect(json.respondBy).toBe('2026-11-22T02:30:00.000Z');
    expect(json.hours).toEqual({ staffedTime: false, outsideHours: true, opens: '2026-11-23T07:00:00.000Z', onCall: { id: 'legal', name: 'Legal team', reach: 'legal@brightline.example, urgent cases by phone' } });
  });
});

describe('followups in staffed time', () => {
  const logWith = (dues: string[]) => {
    const log = join(freshDir('log-'), 'log.jsonl');
    writeFileSync(log, dues.map((due, i) => JSON.stringify({
      type: 'triage', id: `f${i}`, time: '2026-11-19T10:00:00.000Z', playbook: 'demo', locale: 'en', situation: 'complaint', answers: {}, commentHash: 'h', comment: `comment ${i}`,
      reply: null, steps: ['follow-up-publicly'], respondWithin: '30m', replyBy: '2026-11-19T10:30:00.000Z',
      followUps: [{ id: `f${i}-1`, action: 'follow-up-publicly', text: 'Ask whether it is solved.', due }],
    })).join('\n') + '\n');
    return log;
  };

  it('lists an overdue follow-up before one due soon and one due later, with their status in JSON', async () => {
    // Saturday 13:00 in Amsterdam: due soon is up to 15:00.
    const log = logWith(['2026-11-23T12:00:00.000Z', '2026-11-21T13:30:00.000Z', '2026-11-21T11:00:00.000Z']);
    const env = { REPLYGUIDE_LOG: log, TZ: 'Europe/Amsterdam', REPLYGUIDE_NOW: '2026-11-21T12:00:00Z' };
    const json = JSON.parse((await runInProcess(['followups', '--format', 'json'], { env })).stdout);
    expect(json.map((f: { id: string; status: string }) => [f.id, f.status])).toEqual([['f2-1', 'overdue'], ['f1-1', 'due-soon'], ['f0-1', 'due']]);
    const text = await runInProcess(['followups'], { env });
    expect(text.stdout.split('\n').filter((l) => !l.startsWith(' '))).toEqual([
      'overdue since 21 Nov 2026, 12:00 · f2-1 · complaint',
      'due soon, 21 Nov 2026, 14:30 · f1-1 · complaint',
      'due 23 Nov 2026, 13:00 · f0-1 · complaint',
      'Mark one done: replyguide followups done <id>',
      '',
    ]);
  });

  it('"due soon" counts staffed time: at Saturday 19:30, Monday 08:30 is soon (30 minutes on Saturday, an hour on Monday)', async () => {
    const log = logWith(['2026-11-23T07:30:00.000Z', '2026-11-23T09:00:00.000Z']);
    const env = { REPLYGUIDE_LOG: log, TZ: 'Europe/Amsterdam', REPLYGUIDE_NOW: '2026-11-21T18:30:00Z' };
    const json = JSON.parse((await runInProcess(['followups', '-f', 'json'], { env })).stdout);
    expect(json.map((f: { status: string }) => f.status)).toEqual(['due-soon', 'due']);
  });

  it('a discovered playbook that cannot be read costs only the staffed hours: one line, clock time, exit 0', async () => {
    const log = logWith(['2026-11-21T11:00:00.000Z']);
    const dir = freshDir('broken-');
    writeFileSync(join(dir, 'playbook.yaml'), 'extends: starter\nid: team\nsituations: 5\n');
    const env = { REPLYGUIDE_LOG: log, TZ: 'Europe/Amsterdam', REPLYGUIDE_NOW: '2026-11-21T12:00:00Z' };
    const r = await runInProcess(['followups'], { env, cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^replyguide: the playbook could not be read \(the playbook has errors; run: replyguide lint playbook\.yaml\); due times are counted in clock time, not staffed hours\n$/);
    expect(r.stdout.split('\n')[0]).toBe('overdue since 21 Nov 2026, 12:00 · f0-1 · complaint');
    // Named with --playbook, it must load.
    const named = await runInProcess(['followups', '--playbook', join(dir, 'playbook.yaml')], { env, cwd: dir });
    expect(named.code).toBe(2);
  });

  it('a follow-up promised on Saturday afternoon is due one staffed day later: Monday', async () => {
    const log = join(freshDir('log-'), 'log.jsonl');
    const env = { REPLYGUIDE_LOG: log, TZ: 'Europe/Amsterdam', REPLYGUIDE_NOW: '2026-11-21T12:00:00Z' };
    const r = await runInProcess(['triage', '--comment', 'My order never arrived', ...COMPLAINT], { env });
    expect(r.code).toBe(0);
    const json = JSON.parse((await runInProcess(['followups', '-f', 'json'], { env })).stdout);
    expect(json.map((f: { due: string; status: string }) => [f.due, f.status])).toEqual([['2026-11-23T12:00:00.000Z', 'due']]);
  });
});

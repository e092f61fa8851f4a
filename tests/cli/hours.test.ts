// Reply-by times in the playbook's staffed hours (the demo extends the starter: Monday to Saturday,
// 08:00-20:00, Europe/Amsterdam, Dutch public holidays), with a fixed clock.
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const COMPLAINT = ['-a', 'kind=complaint', '-a', 'our_fault=no', '-a', 'private_data=no', '-a', 'own_details=no'];
const THREAT = ['-a', 'kind=abuse', '-a', 'threat=yes'];
const lastLines = (text: string, n: number) => text.trimEnd().split('\n').slice(-n);

describe('reply-by in staffed time', () => {
  it('a comment posted Friday 19:55 with a 30-minute target, read at 20:10: due Saturday 08:25, outside hours now', async () => {
    const env = { TZ: 'Europe/Amsterdam', REPLYGUIDE_NOW: '2026-11-20T19:10:00Z' };
    const args = ['triage', '--comment', 'My order never arrived', ...COMPLAINT, '--posted', '2026-11-20T18:55:00Z', '--variant', '1'];
    const text = await runInProcess(args, { env });
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(lastLines(text.stdout, 2)).toEqual([
      'Reply within 30m (by Sat 21 Nov, 08:25) · urgent — outside hours now; we open Sat 21 Nov, 08:00',
      'Notify: Customer care team · #care-escalations on Slack, or the care team lead by phone',
    ]);
    const json = JSON.parse((await runInProcess([...args, '-f', 'json'], { env })).stdout);
    expect(json.respondBy).toBe('2026-11-21T07:25:00.000Z');
    expect(json.hours).toEqual({ staffedTime: true, outsideHours: true, opens: '2026-11-21T07:00:00.000Z', onCall: null });
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

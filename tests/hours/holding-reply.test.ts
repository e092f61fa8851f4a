// Outside staffed hours a situation that waits for the team gets a holding reply now, saying when we
// are back ({{reopens}}), with a fixed clock. The demo extends the starter: Monday to Saturday,
// 08:00-20:00, Europe/Amsterdam, Dutch public holidays; complaints carry `holdingReply: outside-hours`.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reopensWords } from '../../src/hours/reopens.js';
import { runInProcess } from '../helpers/cli.js';
import { freshDir } from '../helpers/env.js';

const COMPLAINT = ['-a', 'kind=complaint', '-a', 'our_fault=no', '-a', 'private_data=no', '-a', 'own_details=no'];
const AMSTERDAM = 'Europe/Amsterdam';

describe('{{reopens}}: when we are back, in the reply\'s language', () => {
  // Friday 20 November 2026, 21:00 in Amsterdam.
  const now = new Date('2026-11-20T20:00:00Z');
  it.each([
    ['en', '2026-11-21T07:00:00Z', 'tomorrow at 08:00'],
    ['en', '2026-11-23T07:00:00Z', 'on Monday at 08:00'],
    ['en', '2026-12-04T07:00:00Z', 'on Friday 4 December at 08:00'],
    ['nl', '2026-11-21T07:00:00Z', 'morgen om 08.00 uur'],
    ['nl', '2026-11-23T08:30:00Z', 'maandag om 09.30 uur'],
    ['de', '2026-11-23T07:00:00Z', 'am Montag um 08:00 Uhr'],
    ['de', '2026-12-04T07:00:00Z', 'am Freitag, dem 4. Dezember, um 08:00 Uhr'],
    ['sv', '2026-11-21T07:00:00Z', 'i morgon kl. 08.00'],
    ['sv', '2026-11-23T07:00:00Z', 'på måndag kl. 08.00'],
  ])('%s, opening at %s: "%s"', (locale, opens, words) => {
    expect(reopensWords(new Date(opens), now, AMSTERDAM, locale)).toBe(words);
  });

  it('counts calendar days in the playbook\'s zone, not UTC: at 00:30 local on Saturday, 08:00 that day is "today"', () => {
    // 23:30 UTC on Friday is already Saturday in Amsterdam.
    expect(reopensWords(new Date('2026-11-21T07:00:00Z'), new Date('2026-11-20T23:30:00Z'), AMSTERDAM, 'en')).toBe('today at 08:00');
  });

  it('across the change to summer time the local opening hour stays 08:00', () => {
    // Saturday 28 March 2026 21:00 CET; Monday 30 March 08:00 CEST is 06:00 UTC.
    expect(reopensWords(new Date('2026-03-30T06:00:00Z'), new Date('2026-03-28T20:00:00Z'), AMSTERDAM, 'en')).toBe('on Monday at 08:00');
  });

  it('a language it has no words for reads in English', () => {
    expect(reopensWords(new Date('2026-11-21T07:00:00Z'), now, AMSTERDAM, 'fr')).toBe('tomorrow at 08:00');
  });
});

describe('the holding reply in triage', () => {
  it('Friday 21:10: the holding reply comes first, says "tomorrow at 08:00", and the reply follows', async () => {
    const env = { TZ: AMSTERDAM, REPLYGUIDE_NOW: '2026-11-20T20:10:00Z' };
    const r = await runInProcess(['triage', '--playbook', 'demo', '--comment', 'My order never arrived', ...COMPLAINT, '--variant', '1', '--no-log'], { env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 10)).toEqual([
      'Angry customer with a bad experience (complaint)',
      '',
      'Not confirmed by a person: tried_before=no (nothing in the comment shows it)',
      '',
      '── Holding reply, post it now ──────────────── outside-hours · 1 of 2 ──',
      "Hi there, thanks for letting us know. Our team is off right now; we're back tomorrow at 08:00 and this is the first thing we'll pick up.",
      '– the Brightline team',
      '────────────────────────────────────────────────────────────────────────',
      '',
      '── Reply ────────────────────────────────── complaint-public · 1 of 3 ──',
    ]);
  });

  it('in JSON: the holding reply beside the reply; null during hours and for a threat at any hour', async () => {
    const night = { TZ: AMSTERDAM, REPLYGUIDE_NOW: '2026-11-21T20:00:00Z' }; // Saturday 21:00: back on Monday
    const json = JSON.parse((await runInProcess(['triage', '--comment', 'My parcel never arrived', ...COMPLAINT, '-f', 'json', '--no-log'], { env: night })).stdout);
    expect(json.holdingReply).toEqual({
      text: "Hi there, we've seen your message. Our care team is back on Monday at 08:00, and we'll come back to you here then.\n– the Brightline team",
      template: 'outside-hours', variant: 2, variants: 2,
    });
    expect(json.reply.template).toBe('complaint-public');
    const day = { TZ: AMSTERDAM, REPLYGUIDE_NOW: '2026-11-21T12:00:00Z' };
    expect(JSON.parse((await runInProcess(['triage', '--comment', 'My order never arrived', ...COMPLAINT, '-f', 'json', '--no-log'], { env: day })).stdout).holdingReply).toBeNull();
    const threat = JSON.parse((await runInProcess(['triage', '--comment', 'I know where you live', '-a', 'kind=abuse', '-a', 'threat=yes', '-f', 'json', '--no-log'], { env: night })).stdout);
    expect(threat.holdingReply).toBeNull();
  });

  it('Christmas Eve at 21:00, in Dutch: back on Monday after the two Christmas days and the Sunday', async () => {
    const env = { TZ: AMSTERDAM, REPLYGUIDE_NOW: '2026-12-24T20:00:00Z' };
    const json = JSON.parse((await runInProcess(['triage', '--comment', 'Mijn bestelling is nooit aangekomen', ...COMPLAINT, '--locale', 'nl', '-f', 'json', '--no-log'], { env })).stdout);
    expect(json.holdingReply.text).toContain('Onze klantenservice is er weer maandag om 08.00 uur en komt dan hier bij je terug.');
    expect(json.hours.opens).toBe('2026-12-28T07:00:00.000Z');
  });
});

describe('a team\'s own holding reply', () => {
  const team = (extra: string) => {
    const dir = freshDir('holding-');
    writeFileSync(join(dir, 'playbook.yaml'), `extends: starter\nid: team\nbrand: { name: Acme }\n${extra}`);
    return dir;
  };

  it('its own template in one place (policies.hours.holdingReply), inline; a situation opting out with false', async () => {
    const dir = team([
      'policies:',
      '  hours: { holdingReply: we-are-back }',
      'situations:',
      '  - { id: complaint, holdingReply: false }',
      'templates:',
      '  we-are-back:',
      '    en: ["{{greeting answers.name}}, thanks. Acme is back {{reopens}}.\\n– {{agent}}"]',
      '    nl: ["Bedankt. Acme is er weer {{reopens}}.\\n– {{agent}}"]',
      '    de: ["Danke. Acme ist {{reopens}} wieder da.\\n– {{agent}}"]',
      '    sv: ["Tack. Acme är tillbaka {{reopens}}.\\n– {{agent}}"]',
      '',
    ].join('\n'));
    const env = { TZ: AMSTERDAM, REPLYGUIDE_NOW: '2026-11-21T20:00:00Z' };
    const unreached = JSON.parse((await runInProcess(['triage', '--comment', 'Nobody answers my e-mails', '-a', 'kind=cant_reach', '-a', 'our_fault=yes', '-a', 'own_details=no', '-a', 'name=Sam', '-f', 'json', '--no-log'], { env, cwd: dir })).stdout);
    expect(unreached.holdingReply.text).toBe('Hi Sam, thanks. Acme is back on Monday at 08:00.\n– the Acme team');
    const complaint = JSON.parse((await runInProcess(['triage', '--comment', 'My order never arrived', ...COMPLAINT, '-f', 'json', '--no-log'], { env, cwd: dir })).stdout);
    expect(complaint.holdingReply).toBeNull();
  });

  it('lint: a holding reply with no template is an error at the key that names it', async () => {
    const dir = team('policies:\n  hours:\n    holdingReply: not-written\n');
    const r = await runInProcess(['lint', 'playbook.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('6:19  error    no template "not-written" for locale en: expected templates/en/not-written.hbs or templates.not-written.en in the playbook  ref-template');
  });

  it('lint: {{reopens}} in a playbook without staffed hours is an unknown variable', async () => {
    const dir = freshDir('no-hours-');
    writeFileSync(join(dir, 'playbook.yaml'), [
      'format: 1', 'id: plain', 'name: Plain', 'locale: en', 'brand: { name: Plain }',
      'questions:', '  - { id: kind, prompt: What is it?, type: select, choices: [{ value: question, label: Question }, { value: other, label: Other }] }',
      'situations:', '  - { id: question, title: Question, when: { kind: question }, template: answer }', '  - { id: other, title: Other, noReply: Nothing to say. }',
      'templates:', '  answer:', '    en: ["Thanks for asking. We are back {{reopens}}.\\n– {{agent}}"]', '',
    ].join('\n'));
    const r = await runInProcess(['lint', 'playbook.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/13:\d+ +error +.*\{\{reopens\}\} says when the team is back, and needs staffed hours \(policies\.hours\)/);
  });

  it('lint: holdingReply: true with no playbook holding reply to use', async () => {
    const dir = freshDir('no-holding-');
    writeFileSync(join(dir, 'playbook.yaml'), [
      'format: 1', 'id: plain', 'name: Plain', 'locale: en', 'brand: { name: Plain }',
      'policies:', '  responseTimes: { normal: 2h }', '  hours: { timeZone: Europe/Berlin, week: { mon: ["09:00-17:00"] } }',
      'questions:', '  - { id: kind, prompt: What is it?, type: select, choices: [{ value: question, label: Question }, { value: other, label: Other }] }',
      'situations:', '  - { id: question, title: Question, when: { kind: question }, template: answer, respondWithin: normal, holdingReply: true }', '  - { id: other, title: Other, noReply: Nothing to say. }',
      'templates:', '  answer:', '    en: ["Thanks for asking; here is the answer.\\n– {{agent}}"]', '',
    ].join('\n'));
    const r = await runInProcess(['lint', 'playbook.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("12:119  error    holdingReply: true uses the playbook's holding reply, but policies.hours has no holdingReply template  ref-template");
  });
});

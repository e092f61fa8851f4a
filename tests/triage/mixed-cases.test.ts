// Mixed cases from issue 15, triaged on the demo playbook as an agent would script them: what the
// plan and the reply say, read as the seeds advise (002, 003, 004).
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

async function plan(comment: string, answers: string[], extra: string[] = []) {
  const r = await runInProcess(['triage', '--no-input', '--playbook', 'demo', '--comment', comment, '-f', 'json', ...answers.flatMap((a) => ['-a', a]), ...extra]);
  expect([r.code, r.stderr]).toEqual([0, '']);
  return JSON.parse(r.stdout) as { situation: { id: string }; reply: { text: string } | null; steps: { action: string; text: string }[]; route: { id: string } | null };
}

describe('mixed cases', () => {
  it('a complaint by someone who could not reach us: taken over personally, escalated, not sent back to e-mail', async () => {
    for (const variant of ['1', '2']) {
      const p = await plan('Nobody answers my e-mails and my bike is still broken.', ['kind=complaint', 'our_fault=yes', 'private_data=yes', 'tried_before=yes', 'own_details=no', 'name=Sam'], ['--variant', variant]);
      expect(p.situation.id).toBe('complaint-unreached');
      expect(p.steps.map((s) => s.action)).toEqual(['apologize', 'move-to-private', 'route', 'escalate', 'follow-up-publicly']);
      expect(p.reply!.text).toMatch(/^Hi Sam, /);
      expect(p.reply!.text).toContain('private message');
      expect(p.reply!.text).not.toContain('care@brightline.example');
    }
  });

  it('a script need not say whether they tried before: the comment answers it, in each language, and "no" without a sign of it', async () => {
    const complaint = ['kind=complaint', 'our_fault=yes', 'private_data=yes', 'name=Sam'];
    for (const comment of ['Nobody answers my e-mails and my bike is still broken.', 'Niemand neemt op en mijn fiets is nog steeds kapot.', 'Auf meine Mails antwortet niemand, und mein Rad ist immer noch kaputt.', 'Ingen svarar på mina mejl och cykeln är fortfarande trasig.']) {
      const p = await plan(comment, complaint);
      expect([comment, p.situation.id]).toEqual([comment, 'complaint-unreached']);
    }
    expect((await plan('My bike broke after a week.', complaint)).situation.id).toBe('complaint-private');
    // An answer given wins over the comment (a denied "tried before" only changes the wording: nothing is said).
    expect((await plan('Nobody answers my e-mails.', [...complaint, 'tried_before=no'])).situation.id).toBe('complaint-private');
  });

  it("can't reach us: the reply never names the e-mail address that went unanswered", async () => {
    for (const variant of ['1', '2']) {
      const p = await plan('I have emailed you three times, no answer.', ['kind=cant_reach', 'our_fault=yes', 'own_details=no', 'name=Jo'], ['--variant', variant]);
      expect(p.situation.id).toBe('cant-reach');
      expect(p.reply!.text).not.toContain('care@brightline.example');
    }
  });

  it('their own account number posted: hide it, say so in the reply, go on in private', async () => {
    const p = await plan('Charged twice! Account 55321907, fix it.', ['kind=complaint', 'our_fault=yes', 'private_data=no', 'tried_before=no', 'own_details=yes', 'name=Kim'], ['--variant', '1']);
    expect(p.situation.id).toBe('complaint');
    expect(p.steps.map((s) => s.action)).toEqual(['hide', 'cool-down', 'check-other-channels', 'apologize', 'move-to-private', 'reply-publicly', 'route', 'fix-root-cause', 'follow-up-publicly']);
    expect(p.reply!.text).toContain("We've hidden your comment because it showed your personal details.");
  });

  it('a one-line troll nobody picks up notifies nobody', async () => {
    const p = await plan('lol', ['kind=accusation', 'spreading=no', 'repeat_offender=no']);
    expect(p.situation.id).toBe('accusation');
    expect(p.route).toBeNull();
    expect(p.steps.map((s) => s.action)).toEqual(['do-not-reply', 'keep-visible', 'monitor']);
  });

  it('an accusation others repeat tells management', async () => {
    const p = await plan('Scammers, share this!', ['kind=accusation', 'spreading=yes', 'repeat_offender=no']);
    expect(p.route?.id).toBe('management');
  });

  it('misinformation without a link of its own points at the brand facts page', async () => {
    const p = await plan('Is it true your bikes are made by children?', ['kind=misinformation', 'fact=Our bikes are built in our own workshop.', 'name=Jo']);
    expect(p.reply!.text).toContain('https://brightline.example/facts');
  });

  it('praise without a name: no "Hi there", no step asking for a name, and what they liked', async () => {
    for (const variant of ['1', '2', '3']) {
      const p = await plan('Thanks for the quick repair!', ['kind=praise', 'from_staff=no', 'praised=the quick repair'], ['--variant', variant]);
      expect(p.reply!.text).not.toContain('Hi there');
      expect(p.reply!.text).toContain('the quick repair');
      expect(p.steps.map((s) => s.text).join(' ')).not.toMatch(/by name/);
    }
    const named = await plan('Thanks for the quick repair!', ['kind=praise', 'from_staff=no', 'name=Ana'], ['--variant', '2']);
    expect(named.reply!.text).toMatch(/^Hi Ana, thanks for taking the time to tell us!/);
    expect(named.steps[0].text).toBe('Thank them by name, for what they liked.');
  });

  it('German replies put the DM value only where its article fits, and apologise as a brand does', async () => {
    for (const variant of ['1', '2', '3']) {
      const p = await plan('Meine Bestellung ist kaputt angekommen.', ['kind=complaint', 'our_fault=yes', 'private_data=yes', 'tried_before=no', 'own_details=no', 'name=Jonas'], ['--variant', variant, '--locale', 'de']);
      expect(p.reply!.text).not.toMatch(/per eine|entschuldige bitte/);
      const check = await runInProcess(['check', '--locale', 'de', p.reply!.text]);
      expect([check.code, check.stdout]).toEqual([0, expect.not.stringContaining('native-phrasing')]);
    }
  });
});

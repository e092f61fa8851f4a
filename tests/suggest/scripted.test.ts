// Suggestions for scripts and bots: what is missing, what the comment suggests, and --use-suggestions.
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const COMPLAINT = 'Ordered three weeks ago and still waiting for my refund, worst service ever';

describe('scripted triage with suggestions', () => {
  it('without all answers, JSON on stdout: missing, suggestions with reasons, locale; exit 2', async () => {
    const r = await runInProcess(['triage', '--comment', COMPLAINT, '--no-input', '--format', 'json', '--no-log']);
    expect([r.code, r.stderr]).toEqual([2, '']);
    const out = JSON.parse(r.stdout);
    expect(out.missing).toEqual([{ id: 'kind', prompt: 'What is this comment mainly?', valid: ['complaint', 'cant_reach', 'question', 'misinformation', 'accusation', 'abuse', 'hate', 'praise', 'spam', 'other'] }]);
    expect(out.suggestions.kind).toMatchObject({ value: 'complaint' });
    expect(out.suggestions.kind.confidence).toBeGreaterThanOrEqual(0.6);
    expect(out.suggestions.kind.because).toEqual(expect.arrayContaining(['still waiting']));
    expect(out.locale).toEqual({ value: 'en', detected: true, confidence: expect.any(Number), language: 'en' });
  });

  it('the text format says the same on stderr', async () => {
    const r = await runInProcess(['triage', '--comment', COMPLAINT, '--no-input', '--no-log']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^replyguide: missing answers \(give them with --answer id=value, or --use-suggestions for the confident ones\):\n {2}kind: What is this comment mainly\? \(complaint, [^)]*\); suggested: complaint · \d+% · "[^"]+"/);
  });

  it('a bot leaves chatter alone and sends a request it has no answer for to a person: the chatter question decides', async () => {
    const plan = async (comment: string) => {
      const r = await runInProcess(['triage', '--playbook', 'starter', '--comment', comment, '--no-input', '--use-suggestions', '-f', 'json', '--no-log']);
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout);
    };
    const tagged = await plan('@jonas_b haha this is so us last weekend 😂');
    expect([tagged.situation.id, tagged.reply, tagged.steps.map((s: { action: string }) => s.action)]).toEqual(['chatter', null, ['do-not-reply', 'monitor']]);
    expect(tagged.inferred.chatter).toEqual({ from: 'suggestion', confidence: expect.any(Number), because: expect.arrayContaining(['@', 'haha']) });
    // No chatter suggestion for a request: the question's default ("no") takes it to a second reader.
    const hiring = await plan('hi, are you hiring in Leeds? where do I send my cv');
    expect([hiring.answers.kind, hiring.situation.id, hiring.inferred.chatter]).toEqual(['other', 'unclear', { from: 'default' }]);
  });

  it("a tag of the brand's own account is no reason: the comment is read as if written without it", async () => {
    const inferred = async (comment: string) => {
      const r = await runInProcess(['triage', '--playbook', 'demo', '--comment', comment, '--no-input', '--use-suggestions', '-f', 'json', '--no-log']);
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout).inferred.kind;
    };
    // The demo's accounts are @brightline and @brightline_care; a tag read as a reply to another follower made this "not sure".
    const tagged = await inferred('@brightline love the new colours!');
    expect(tagged).toEqual(await inferred('love the new colours!'));
    expect(tagged).toMatchObject({ from: 'suggestion', because: expect.arrayContaining(['love']) });
    expect(tagged.because).not.toContain('@brightline');
    expect(await inferred('@jonas_b haha this is so us 😂')).toMatchObject({ because: expect.arrayContaining(['@jonas_b']) });
  });

  it("the brand's name as a word is no reason either: the comment is suggested what it is without it", async () => {
    const suggested = async (comment: string) => {
      const r = await runInProcess(['triage', '--playbook', 'demo', '--comment', comment, '--no-input', '-f', 'json', '--no-log']);
      return JSON.parse(r.stdout).suggestions.kind;
    };
    // "brightline" read as a word of the demo's examples made this abuse, confidently (62%).
    const named = await suggested('brightline your app keeps crashing');
    expect(named).toEqual(await suggested('your app keeps crashing')); // the same suggestion, or none either way
    expect(named?.because ?? []).not.toContain('brightline');
    expect(named?.value === 'abuse' && named.confident).toBeFalsy();
  });

  it("the brand's own support address is not the writer's personal data, nor its help page a spam link", async () => {
    const run = (comment: string, answers: string[] = []) => runInProcess(['triage', '--playbook', 'demo', '--comment', comment, '--no-input', '--use-suggestions', '-a', 'our_fault=yes', ...answers, '-f', 'json', '--no-log']);
    // The demo's support address is care@brightline.example: naming it hid the comment as the writer's own details.
    const ours = JSON.parse((await run('I emailed care@brightline.example three times and nobody answers')).stdout);
    expect([ours.situation.id, ours.answers.own_details, ours.steps.map((s: { action: string }) => s.action)]).toEqual(['cant-reach', false, ['apologize', 'move-to-private', 'route', 'escalate', 'follow-up-publicly']]);
    const theirs = JSON.parse((await run('I emailed care@brightline.example, my address is jan.devries@gmail.com', ['-a', 'kind=cant_reach'])).stdout);
    expect([theirs.answers.own_details, theirs.inferred.own_details.because, theirs.steps[0].action]).toEqual([true, ['jan.devries@gmail.com'], 'hide']);
    // Its help page (https://brightline.example/help) made this spam at 98%; now it is no confident spam.
    const page = await run('your help page https://brightline.example/help gives a 404 error, how do I reach you');
    const kind = page.code === 0 ? JSON.parse(page.stdout).answers.kind : JSON.parse(page.stdout).suggestions.kind;
    expect(kind === 'spam' || kind?.value === 'spam' && kind.confident).toBe(false);
  });

  it('a suggestion not sure enough to take says so, in text and in JSON', async () => {
    const text = await runInProcess(['triage', '--comment', 'interesting', '--no-input', '--no-log']);
    expect(text.stderr).toMatch(/suggested: \w+ · [45]\d% \(not sure enough to take\) · "/);
    const json = await runInProcess(['triage', '--comment', 'interesting', '--no-input', '-f', 'json', '--no-log']);
    expect(JSON.parse(json.stdout).suggestions.kind).toMatchObject({ confident: false });
  });

  it('--use-suggestions answers from the confident suggestions, and the comment answers its own flags', async () => {
    const r = await runInProcess(['triage', '--playbook', 'demo', '--comment', `${COMPLAINT}. Order 48213377`, '--use-suggestions', '-a', 'our_fault=yes', '-f', 'json', '--no-log']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const plan = JSON.parse(r.stdout);
    expect(plan.answers).toMatchObject({ kind: 'complaint', our_fault: true, private_data: true, own_details: true });
    expect(plan.steps.map((s: { action: string }) => s.action)).toContain('hide');
    // What no person gave, and where it came from; our_fault was given.
    expect(plan.inferred).toEqual({
      kind: { from: 'suggestion', confidence: expect.any(Number), because: expect.arrayContaining(['still waiting']) },
      private_data: { from: 'suggestion', confidence: expect.any(Number), because: expect.any(Array) },
      tried_before: { from: 'comment' },
      own_details: { from: 'suggestion', confidence: 0.9, because: ['order 48213377'] },
    });
    expect(plan.inferred.kind.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('says what no person confirmed: in the text above the reply, in a queue\'s line, and in the log', async () => {
    const { freshDir } = await import('../helpers/env.js');
    const { readFileSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = freshDir('inferred-');
    const log = join(dir, 'log.jsonl');
    const text = await runInProcess(['triage', '--playbook', 'demo', '--comment', COMPLAINT, '--use-suggestions', '--log', log]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^.+\n\nNot confirmed by a person: kind=complaint \(suggested, \d+%: "[^"]+"(, "[^"]+")*\); our_fault=yes \(the default\); private_data=yes \(suggested, \d+%: [^)]+\); tried_before=no \(nothing in the comment shows it\); own_details=no \(nothing in the comment shows it\)\n/);
    const entry = JSON.parse(readFileSync(log, 'utf8').trim());
    expect(entry.inferred.our_fault).toEqual({ from: 'default' });
    expect(entry.inferred.kind.from).toBe('suggestion');
    writeFileSync(join(dir, 'q.csv'), `id,comment\nc1,"${COMPLAINT}"\n`);
    const queue = await runInProcess(['triage', '--playbook', 'demo', '--queue', join(dir, 'q.csv'), '--use-suggestions', '--no-input', '--no-log']);
    expect(queue.stdout).toMatch(/^1 \/ 1 {2}.* · not confirmed: kind, our_fault, private_data, tried_before, own_details\n$/);
    // Every answer given: nothing to confirm, and nothing said.
    const given = await runInProcess(['triage', '--playbook', 'demo', '--comment', COMPLAINT, '-a', 'kind=complaint', '-a', 'our_fault=yes', '-a', 'private_data=yes', '-a', 'own_details=no', '-a', 'tried_before=no', '-f', 'json', '--no-log']);
    expect(JSON.parse(given.stdout).inferred).toEqual({});
  });

  it('--use-suggestions then takes the playbook defaults an agent would accept, but never assumes a threat away', async () => {
    const complaint = await runInProcess(['triage', '--playbook', 'demo', '--comment', COMPLAINT, '--use-suggestions', '-f', 'json', '--no-log']);
    expect([complaint.code, complaint.stderr]).toEqual([0, '']);
    expect(JSON.parse(complaint.stdout).answers).toMatchObject({ kind: 'complaint', our_fault: true });
    const insult = await runInProcess(['triage', '--comment', 'You are all idiots', '-a', 'kind=abuse', '--use-suggestions', '-f', 'json', '--no-log']);
    expect(insult.code).toBe(2);
    expect(JSON.parse(insult.stdout).missing.map((m: { id: string }) => m.id)).toEqual(['threat']);
  });

  it('--use-suggestions still fails, naming what is missing, where nothing is confident', async () => {
    const r = await runInProcess(['triage', '--comment', 'Clover meadow', '--use-suggestions', '-f', 'json', '--no-log']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ missing: [{ id: 'kind' }], suggestions: {} });
  });
});

describe('what scripted triage infers from the comment', () => {
  it('a threat the patterns miss is asked, never assumed away', async () => {
    const r = await runInProcess(['triage', '--comment', 'Someone should torch your store tonight', '-a', 'kind=abuse', '-a', 'repeat_offender=no', '--no-input', '-f', 'json', '--no-log']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).missing.map((m: { id: string }) => m.id)).toEqual(['threat']);
  });

  it('an answer the comment contradicts: said for one comment, and a queue row given it for every row fails', async () => {
    const { freshDir } = await import('../helpers/env.js');
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const threat = "I know where your social media girl lives. She'd better watch out.";
    const one = await runInProcess(['triage', '--playbook', 'demo', '--comment', threat, '-a', 'kind=abuse', '-a', 'threat=no', '-a', 'repeat_offender=no', '-f', 'json', '--no-log']);
    expect(one.code).toBe(0); // given for this very comment: it stands
    expect(one.stderr).toBe('replyguide: the comment reads otherwise than threat=no ("i know where your social media girl lives", "better watch out"): check it before acting on the plan\n');
    const dir = freshDir('contradicted-');
    writeFileSync(join(dir, 'q.csv'), `id,comment\nc1,Jullie zijn gewoon een stelletje oplichters en idioten\nc2,${threat}\n`);
    const queue = await runInProcess(['triage', '--playbook', 'demo', '--queue', join(dir, 'q.csv'), '--no-input', '--no-log', '-a', 'kind=abuse', '-a', 'threat=no', '-a', 'repeat_offender=no']);
    expect(queue.code).toBe(2);
    expect(queue.stdout.split('\n')[1]).toMatch(/^2 \/ 2 {2}failed: the comment reads otherwise than threat=no, given for every row \("i know where your social media girl lives", "better watch out"\): triage it on its own \(\S*q\.csv:3\)$/);
    expect(queue.stdout.split('\n')[0]).toMatch(/^1 \/ 2 {2}abuse · /);
  });

  it('personal data the comment shows, under a given own_details=no, is said too; a denied "tried before" is not', async () => {
    const complaint = ['triage', '--playbook', 'demo', '--no-input', '-a', 'kind=complaint', '-a', 'our_fault=yes', '-a', 'private_data=no', '-a', 'own_details=no', '-a', 'name=Anna', '-f', 'json', '--no-log'];
    const shown = await runInProcess([...complaint, '-a', 'tried_before=no', '--comment', 'Still waiting for my refund. Order 48213377']);
    expect([shown.code, shown.stderr]).toEqual([0, 'replyguide: the comment reads otherwise than own_details=no ("order 48213377"): check it before acting on the plan\n']);
    const tried = await runInProcess([...complaint, '-a', 'tried_before=no', '--comment', 'I emailed you three times last week and nobody answered']);
    expect([tried.code, tried.stderr]).toEqual([0, '']);
    // The brand's own support address is no personal data of the writer's: nothing to say.
    const ours = await runInProcess([...complaint, '-a', 'tried_before=yes', '--comment', 'I emailed care@brightline.example about my refund, no answer']);
    expect([ours.code, ours.stderr]).toEqual([0, '']);
  });

  it('no comment at all: the missing answers still come as JSON on stdout', async () => {
    const r = await runInProcess(['triage', '--comment', '', '-f', 'json', '--no-log']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ missing: [expect.objectContaining({ id: 'kind' })], suggestions: {}, locale: { value: 'en', detected: false, confidence: 0, language: null } });
  });
});

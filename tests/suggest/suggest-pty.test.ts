// Suggestions as an agent meets them, on a real terminal: a reason on the suggested choice, nothing
// pre-selected without evidence, and a threat question that defaults to yes.
import { displayPath } from '../../src/lint/formatters/paths.js';
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY, startPty } from '../helpers/pty.js';
import { ROOT } from '../helpers/cli.js';

/** Starts triage on the demo with a comment given, past the language question. */
async function triageOf(comment: string) {
  const pty = startPty(['triage', '--agent', 'Sam', '--locale', 'en', '--comment', comment, '--no-log']);
  await pty.waitFor('What is this comment mainly?');
  return pty;
}

describe('suggestions in interactive triage', () => {
  it('a Dutch complaint with inflected words: Complaint is pre-selected, with how sure and why', async () => {
    const pty = await triageOf('Ik wacht al drie weken op mijn bestelling. Echt slechte service, nooit meer!');
    const screen = await pty.waitFor(/Complaint about a bad experience · suggested · \d+% · /);
    expect(screen).toContain('replyguide · Brightline demo playbook · demo (built-in) · en/nl/de/sv'); // the header names the playbook in use
    expect(screen).toMatch(/Complaint about a bad experience · suggested · \d+% · [^\n]*"slechte"/);
    pty.mark();
    pty.type(KEY.enter); // the suggestion is pre-selected
    await pty.waitFor('Did we get something wrong, even partly?');
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);
  }, 30_000);

  it('no evidence: nothing is pre-selected, and Enter on the first line picks nothing', async () => {
    const pty = await triageOf('Clover meadow');
    const screen = await pty.waitFor('no suggestion for this comment: pick one');
    expect(screen).not.toContain('suggested ·');
    pty.mark();
    pty.type(KEY.enter);
    await pty.waitFor('What is this comment mainly?'); // asked again
    expect(pty.screen()).not.toContain('Did we get something wrong');
    pty.type(KEY.down + KEY.enter); // the first real choice: Complaint
    await pty.waitFor('Did we get something wrong, even partly?');
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);
  }, 30_000);

  it('a threat: abuse is suggested and the threat question defaults to yes, saying why', async () => {
    const pty = await triageOf("I know where your social media girl lives. She'd better watch out.");
    await pty.waitFor(/Abuse, harassment or threats at us or our staff · suggested · \d+% · /);
    pty.type(KEY.enter);
    const screen = await pty.waitFor(/Does it threaten violence[\s\S]*\(Y\/n\)/);
    expect(screen).toMatch(/Does it threaten violence[^\n]*· suggested · \d+% · "i know where\s+your social media girl\s+lives"/);
    pty.mark();
    pty.type(KEY.enter); // yes
    await pty.waitFor('Threat or doxxing (threat)');
    expect(pty.screen()).not.toContain('Their first name'); // a threat gets no reply, so no name
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);
  }, 30_000);

  it('chatter on the starter: "Something else" and then "just chatter" are pre-selected, and the plan leaves it unanswered', async () => {
    const pty = startPty(['triage', '--playbook', 'starter', '--agent', 'Sam', '--locale', 'en', '--comment', '@jonas_b haha this is so us last weekend 😂', '--no-log']);
    await pty.waitFor(/Something else · suggested · \d+% · /);
    pty.type(KEY.enter);
    const screen = await pty.waitFor(/Is it just chatter[\s\S]*\(Y\/n\)/);
    expect(screen).toMatch(/Is it just chatter[\s\S]*· suggested · \d+% · "@", "haha"/); // the prompt wraps on the terminal
    pty.mark();
    pty.type(KEY.enter); // yes
    await pty.waitFor('Chatter, nothing for us (chatter)');
    expect(pty.screen()).toContain('Leave it unanswered; a like is fine when it\'s friendly.');
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);
  }, 30_000);

  it("a team's own examples: the run that learns from them says so on the terminal, the next one does not", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-team-'));
    const team = join(dir, 'playbook.yaml');
    writeFileSync(team, [
      'format: 1', 'extends: starter', 'id: team', 'name: Team',
      'examples:',
      '  - { id: own-1, comment: "de bakfiets rammelt", answers: { kind: complaint, our_fault: true, private_data: false }, expect: { situation: complaint } }',
      '',
    ].join('\n'));
    const args = ['triage', '--playbook', team, '--no-input', '--no-log', '--use-suggestions', '--comment', 'waar blijft mijn bestelling, al 3 weken', '-a', 'our_fault=yes', '-a', 'name=Sam'];
    const env = { REPLYGUIDE_CACHE_DIR: join(dir, 'cache') };
    const first = startPty(args, env);
    expect(await first.exit()).toBe(0);
    expect(first.screen()).toContain(`replyguide: learning suggestions from the examples in ${displayPath(team, ROOT)} (once after a change to its questions, hints or examples; a few seconds)`);
    const second = startPty(args, env);
    expect(await second.exit()).toBe(0);
    expect(second.screen()).not.toContain('learning suggestions');
    expect(second.screen()).toContain('Hoi Sam');
    // An edit that changes nothing it learns from (a comment, a brand fact) learns nothing anew.
    appendFileSync(team, '# reviewed by Kim\n');
    const third = startPty(args, env);
    expect(await third.exit()).toBe(0);
    expect(third.screen()).not.toContain('learning suggestions');
    expect(third.screen()).toContain('Hoi Sam');
  }, 60_000);
});

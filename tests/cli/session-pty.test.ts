// The agent's working day on a real terminal: one session, several comments, every outcome in the log.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { freshDir } from '../helpers/env.js';
import { KEY, startPty } from '../helpers/pty.js';

const PASTE_START = '\u001b[200~';
const PASTE_END = '\u001b[201~';

function entries(log: string) {
  return readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
}

describe('a triage session', () => {
  it('handles three comments in one session (a multi-paragraph paste, one copied, one started over), all in the log', async () => {
    const dir = freshDir();
    const log = join(dir, 'log.jsonl');
    const config = join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ logComments: true }));
    const pty = startPty(['triage', '--agent', 'Sam'], { REPLYGUIDE_LOG: log, REPLYGUIDE_CONFIG: config });

    // 1. Two paragraphs pasted at once: one comment, blank line and all.
    await pty.waitFor(/Comment 1 · 0 handled[^\n]*\n[^\n]*Paste the comment[^\n]*\n> /); // the prompt, ready for keys
    pty.type(`${PASTE_START}Thanks for the quick repair!\r\rThe bike rides like new, thank you all.${PASTE_END}`);
    pty.type('\r\r');
    await pty.waitFor('Reply in English (detected) · L to change');
    await pty.waitFor(/❯ \d+\. Praise or thanks · suggested/);
    pty.type(KEY.enter);
    await pty.waitFor('Is it written by someone who works for us?');
    pty.type('n\r');
    await pty.waitFor('Their first name');
    pty.type('Tom\r');
    await pty.waitFor('What did they like, in a few words?');
    pty.type('\r');
    await pty.waitFor('Link to the comment (optional; Enter to skip)');
    pty.type('\r');
    await pty.waitFor('When was it posted?');
    pty.type('2h ago\r');
    await pty.waitFor('8. Done, and end the session'); // the whole menu drawn
    expect(pty.screen()).toMatch(/❯ 1\. Copy the reply to the clipboard\n {2}2\. Show another variant\n {2}3\. Edit the reply in your editor\n {2}4\. Language: reply in another language\n {2}5\. Skip this comment \(give a reason\)\n {2}6\. Start over with another comment\n {2}7\. Done: next comment\n {2}8\. Done, and end the session/);
    expect(pty.screen()).toContain('Reply within 1 day (by Mon 23 Nov, 10:00 UTC) · low'); // from the posted time, not now (12:00); one staffed day (Sunday is not); the pty's zone is UTC, the team's Amsterdam
    pty.type('7\r'); // Done: next comment

    // 2. A complaint, copied (no clipboard tool here: the terminal's own, OSC 52).
    await pty.waitFor('── Comment 2 · 1 handled ·');
    pty.mark();
    pty.type('Still waiting for my refund, three weeks now. Worst service ever.\r\r');
    await pty.waitFor(/❯ \d+\. Complaint about a bad experience · suggested/);
    pty.mark();
    pty.type(KEY.enter);
    await pty.waitFor('Did we get something wrong');
    pty.mark();
    pty.type('y\r');
    await pty.waitFor('Does solving it need personal details');
    pty.mark();
    pty.type('n\r');
    await pty.waitFor('Did they already try to reach us another way');
    pty.mark();
    pty.type('n\r');
    await pty.waitFor('Did they post their own');
    pty.mark();
    pty.type('n\r');
    await pty.waitFor('Their first name');
    pty.mark();
    pty.type('Robin\r');
    await pty.waitFor('Link to the comment');
    pty.mark();
    pty.type('not a link\r');
    await pty.waitFor('That is not a web address');
    await pty.waitFor('Link to the comment');
    pty.mark();
    pty.type('https://www.instagram.com/p/C0ffee/c/42\r');
    await pty.waitFor('When was it posted?');
    pty.mark();
    pty.type('\r');
    await pty.waitFor('What next?');
    pty.mark();
    pty.type(KEY.enter); // Copy
    await pty.waitFor("Sent to your terminal's clipboard (OSC 52");

    // 3. Started over: logged too, then Ctrl-D ends the session.
    await pty.waitFor('── Comment 3 · 2 handled ·');
    pty.mark();
    pty.type('Thanks so much, great service!\r\r');
    await pty.waitFor(/❯ \d+\. Praise or thanks · suggested/);
    pty.mark();
    pty.type(KEY.enter);
    await pty.waitFor('Is it written by someone who works for us?');
    pty.mark();
    pty.type('n\r');
    await pty.waitFor('Their first name');
    pty.mark();
    pty.type('Jo\r');
    await pty.waitFor('What did they like, in a few words?');
    pty.mark();
    pty.type('\r');
    await pty.waitFor('Link to the comment');
    pty.mark();
    pty.type('\r');
    await pty.waitFor('When was it posted?');
    pty.mark();
    pty.type('\r');
    await pty.waitFor('What next?');
    pty.mark();
    pty.type('6\r'); // Start over with another comment
    await pty.waitFor(/Comment 4 · 2 handled[^\n]*\n[^\n]*Paste the comment[^\n]*\n> /); // the prompt, ready for keys
    pty.type(KEY.ctrlD);
    expect(await pty.exit()).toBe(0);
    expect(pty.screen()).toMatch(/Session over: 2 handled in \d+s \(1 copied, 1 done, 0 skipped, 1 started over\)\.$/);

    const logged = entries(log);
    expect(logged.map((e) => [e.outcome, e.situation])).toEqual([['done', 'praise'], ['copied', 'complaint'], ['started-over', 'praise']]);
    expect(logged[0].comment).toBe('Thanks for the quick repair!\n\nThe bike rides like new, thank you all.');
    expect(logged[0].posted).toBe('2026-11-21T10:00:00.000Z');
    expect(logged[0].replyBy).toBe('2026-11-23T10:00:00.000Z');
    expect([logged[1].link, logged[1].platform]).toEqual(['https://www.instagram.com/p/C0ffee/c/42', 'instagram']);
    expect(logged[1].followUps).toHaveLength(1);
    expect(logged[2].followUps).toEqual([]); // a plan dropped promises nothing

    const followups = await runInProcess(['followups'], { env: { REPLYGUIDE_LOG: log, TZ: 'UTC' } });
    expect(followups.stdout).toContain('  Thread:  https://www.instagram.com/p/C0ffee/c/42 (instagram)\n  Comment: "Still waiting for my refund, three weeks now. Worst service ever."');
    const stats = await runInProcess(['stats'], { env: { REPLYGUIDE_LOG: log } });
    expect(stats.stdout).toContain('2 comment(s) answered with "demo"\n\nOutcomes: 1 copied, 1 done, 1 started over, 0 skipped\n');
  }, 60_000);

  it('an edited reply with tone errors asks "Use it anyway?" before it is copied; Ctrl-C keeps what was handled', async () => {
    const dir = freshDir();
    const log = join(dir, 'log.jsonl');
    const editor = join(dir, 'editor.sh');
    writeFileSync(editor, "#!/bin/sh\nprintf 'Hi Tom, calm down. We will check it.\\n– Sam\\n' > \"$1\"\n", { mode: 0o755 });
    const pty = startPty(['triage', '--agent', 'Sam'], { REPLYGUIDE_LOG: log, EDITOR: editor, VISUAL: editor });
    await pty.waitFor(/Paste the comment[^\n]*\n> /);
    pty.type('Thanks for the quick repair, the bike rides like new!\r\r');
    await pty.waitFor(/❯ \d+\. Praise or thanks · suggested/);
    pty.type(KEY.enter);
    await pty.waitFor('Is it written by someone who works for us?');
    pty.type('n\r');
    await pty.waitFor('Their first name');
    pty.type('Tom\r');
    await pty.waitFor('What did they like, in a few words?');
    pty.type('\r');
    await pty.waitFor('Link to the comment');
    pty.type('\r');
    await pty.waitFor('When was it posted?');
    pty.type('\r');
    await pty.waitFor('What next?');
    pty.mark();
    pty.type('3\r'); // Edit
    await pty.waitFor('Tone check of your edit:');
    await pty.waitFor('What next?');
    pty.mark();
    pty.type('1\r'); // Copy
    await pty.waitFor('Your edit has tone errors. Use it anyway? (y/N)');
    pty.type('\r'); // no: back to the menu, nothing copied or logged
    await pty.waitFor('What next?');
    expect(pty.screen()).not.toContain('OSC 52');
    pty.type('5\r'); // Skip this comment
    await pty.waitFor('Why skip it?');
    pty.type('answered by a colleague\r');
    await pty.waitFor('Skipped; logged with the reason.');
    await pty.waitFor(/Comment 2 · 1 handled[^\n]*\n[^\n]*Paste the comment[^\n]*\n> /);
    pty.type('half a comm');
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);
    expect(pty.screen()).toContain('Interrupted: the 1 comment(s) handled before are in the log; this one was not saved.');
    const [skip] = entries(log);
    expect(skip).toMatchObject({ type: 'skipped', reason: 'answered by a colleague', playbook: 'demo' });
    const stats = await runInProcess(['stats'], { env: { REPLYGUIDE_LOG: log } });
    expect(stats.stdout).toContain('Outcomes: 0 copied, 0 done, 0 started over, 1 skipped\n  skipped: answered by a colleague  1\n');
  }, 60_000);
});

describe('the reply language', () => {
  it('L at "What next?" goes to the language entry; the reply is rendered again in the language picked', async () => {
    const pty = startPty(['triage', '--agent', 'Sam', '--comment', 'Thanks for the quick repair, the bike rides like new!', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=Tom', '-a', 'praised=', '--no-log']);
    await pty.waitFor('Reply in English (detected) · L to change');
    await pty.waitFor('What next?');
    expect(pty.screen()).toMatch(/── Reply ─+ praise · \d of 3 ──\n(?:Thank you so much, Tom!|Hi Tom, thanks|Thank you, Tom,)/);
    pty.mark();
    pty.type('l');
    await pty.waitFor('❯ 4. Language: reply in another language');
    pty.type(KEY.enter);
    await pty.waitFor('Reply in which language?');
    pty.type('2\r'); // Dutch
    await pty.waitFor('What next?');
    expect(pty.screen()).toMatch(/── Reply ─+ praise · \d of 3 ──\n(?:Dank je wel, Tom!|Hoi Tom, bedankt|Bedankt, Tom,)/);
    pty.type('7\r'); // Done
    expect(await pty.exit()).toBe(0);
  }, 30_000);
});

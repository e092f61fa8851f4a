// End to end through a pseudo-terminal: paste a comment, pick answers, read the reply off the screen.
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY, startPty } from '../helpers/pty.js';

describe('interactive triage in a terminal', () => {
  it('suggests from the comment, asks only what applies and shows the reply', async () => {
    const pty = startPty(['triage', '--agent', 'Sam']);
    await pty.waitFor('Paste the comment');
    pty.type('Thanks for the quick repair,\r');
    pty.type('the bike rides like new!\r\r');
    await pty.waitFor('Reply in English (detected) · L to change'); // sure: not asked
    await pty.waitFor('What is this comment mainly?');
    await pty.waitFor(/❯ \d+\. Praise or thanks · suggested · \d+% · "thanks"/); // confident, so pre-selected
    pty.mark();
    pty.type(KEY.enter); // the suggested choice is pre-selected: Praise
    await pty.waitFor('Is it written by someone who works for us?');
    pty.type('n');
    pty.type(KEY.enter);
    await pty.waitFor('Their first name');
    pty.type('Tom\r');
    await pty.waitFor('What did they like, in a few words? (optional)');
    pty.type('the quick repair\r');
    await pty.waitFor('Link to the comment (optional; Enter to skip)');
    pty.type(KEY.enter);
    await pty.waitFor('When was it posted?');
    pty.type(KEY.enter);
    await pty.waitFor('What next?');
    const screen = pty.screen();
    expect(screen).not.toContain('Reply in which language?');
    expect(screen).toContain('Praise or thanks (praise)');
    expect(screen).toMatch(/── Reply ─+ praise · \d of 3 ──/);
    expect(screen).toMatch(/── Reply ─+ praise · \d of 3 ──\n(?:Thank you so much, Tom! We're really glad you liked the quick repair|Hi Tom, thanks for taking the time to tell us! It's great to hear about the quick repair|Thank you, Tom, what a lovely message\. We'll make sure the people behind the quick repair see it\.)[^–]*\n– Sam/);
    expect(screen).toContain('[ ] Thank them by name, for what they liked.');
    expect(screen).toContain('Reply within 1 day (by Mon 23 Nov, 12:00 UTC) · low'); // the pty's zone is UTC, the team's Amsterdam: named
    expect(screen).not.toContain('Does solving it need personal details'); // not asked for praise
    const firstVariant = /praise · (\d) of 3/.exec(screen)![1];
    pty.mark();
    pty.type(KEY.down); // Show another variant
    pty.type(KEY.enter);
    await pty.waitFor('What next?'); // a new one, below the next variant
    const nextVariant = await pty.waitFor(/praise · (\d) of 3/).then((s) => [...s.matchAll(/praise · (\d) of 3/g)].at(-1)![1]);
    expect(Number(nextVariant)).toBe((Number(firstVariant) % 3) + 1);
    pty.type('8'); // 8. Done, and end the session
    pty.type(KEY.enter);
    expect(await pty.exit()).toBe(0);
    expect(pty.screen()).toMatch(/Session over: 1 handled in \d+s \(0 copied, 1 done, 0 skipped, 0 started over\)\./);
  });

  it('an edited reply is tone-checked before it is copied', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-editor-'));
    const editor = join(dir, 'editor.sh');
    writeFileSync(editor, "#!/bin/sh\nprintf 'Hi Tom, calm down. We will check it.\\n– Sam\\n' > \"$1\"\n");
    chmodSync(editor, 0o755);
    const pty = startPty(['triage', '--agent', 'Sam', '--locale', 'en', '--comment', 'Thanks!', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=Tom', '-a', 'praised='], { EDITOR: editor, VISUAL: editor });
    await pty.waitFor('What next?');
    pty.mark();
    pty.type(KEY.down);
    pty.type(KEY.down); // Edit the reply in your editor
    pty.type(KEY.enter);
    await pty.waitFor('Tone check of your edit:');
    await pty.waitFor('What next?');
    const screen = pty.screen();
    expect(screen).toMatch(/1:9 +error +"calm down" lectures the person +no-admonishment/);
    expect(screen).toContain('Hi Tom, calm down. We will check it.');
    pty.type('7');
    pty.type(KEY.enter); // 7. Done
    await pty.waitFor('Your edit has tone errors. Use it anyway?');
    pty.type('n\r'); // back to the menu, nothing logged
    pty.mark();
    await pty.waitFor('What next?');
    pty.type('7');
    pty.type(KEY.enter);
    await pty.waitFor('Use it anyway?');
    pty.type('y\r');
    expect(await pty.exit()).toBe(0);
  });

  it('the editor: a private draft removed after; a missing or failing editor is one line and the reply stays (issue 16, finding 10)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-editor-'));
    const seen = join(dir, 'seen.txt');
    // Records the draft's mode, its folder's mode and path, then fails.
    const failing = join(dir, 'failing.sh');
    writeFileSync(failing, `#!/bin/sh\nstat -c '%a %n' "$1" "$(dirname "$1")" > ${seen}\nexit 3\n`, { mode: 0o755 });
    const args = ['triage', '--agent', 'Sam', '--locale', 'en', '--comment', 'Thanks!', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=Tom', '-a', 'praised='];
    for (const [editor, line] of [
      [failing, 'replyguide: the editor "' + failing + '" exited with 3; the reply is unchanged'],
      [join(dir, 'no-such-editor'), 'replyguide: cannot start the editor "' + join(dir, 'no-such-editor') + '" (ENOENT); set $EDITOR to one you have'],
    ]) {
      const pty = startPty(args, { EDITOR: editor, VISUAL: editor });
      await pty.waitFor('What next?');
      pty.mark();
      pty.type('3'); // Edit the reply in your editor
      pty.type(KEY.enter);
      await pty.waitFor(line);
      await pty.waitFor('What next?');
      const screen = pty.screen();
      expect(screen).not.toMatch(/\n\s+at |Error:/);
      expect(screen).not.toContain('Tone check of your edit');
      pty.type('7');
      pty.type(KEY.enter); // Done: the reply as it was is accepted
      expect(await pty.exit()).toBe(0);
    }
    const [file, folder] = readFileSync(seen, 'utf8').trim().split('\n').map((l) => l.split(' '));
    expect([file[0], folder[0]]).toEqual(['600', '700']);
    expect(existsSync(file[1])).toBe(false);
    expect(existsSync(folder[1])).toBe(false);
  });

  it('Ctrl-C while the editor runs ends it and the session: exit 130, the draft folder gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-editor-'));
    const seen = join(dir, 'seen.txt');
    const hung = join(dir, 'hung.sh');
    writeFileSync(hung, `#!/bin/sh\necho "$1" > ${seen}\nexec sleep 60\n`, { mode: 0o755 });
    const pty = startPty(['triage', '--agent', 'Sam', '--locale', 'en', '--comment', 'Thanks!', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=Tom', '-a', 'praised='], { EDITOR: hung, VISUAL: hung });
    await pty.waitFor('What next?');
    pty.type('3');
    pty.type(KEY.enter);
    for (let i = 0; i < 100 && !existsSync(seen); i++) await new Promise((r) => setTimeout(r, 50));
    pty.type('\u0003');
    expect(await pty.exit()).toBe(130);
    expect(existsSync(dirname(readFileSync(seen, 'utf8').trim()))).toBe(false);
  });

  it('outside hours the holding reply is offered first; copying it keeps the menu for the reply itself', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'replyguide-holding-')), 'log.jsonl');
    // Saturday 21 November, 21:00 in Amsterdam: the team is back on Monday at 08:00.
    const pty = startPty(['triage', '--agent', 'Sam', '--locale', 'en', '--comment', 'My order never arrived', '-a', 'kind=complaint', '-a', 'our_fault=no', '-a', 'private_data=no', '-a', 'own_details=no', '-a', 'tried_before=no', '-a', 'name='], { REPLYGUIDE_NOW: '2026-11-21T20:00:00Z', TZ: 'Europe/Amsterdam', REPLYGUIDE_LOG: log });
    await pty.waitFor('What next?');
    const screen = pty.screen();
    expect(screen).toMatch(/── Holding reply, post it now ─+ outside-hours · \d of 2 ──\nHi there, (?:thanks for letting us know\. Our team is off right now; we're back on Monday at 08:00|we've seen your message\. Our care team is back on Monday at 08:00)/);
    expect(screen).toContain('❯ 1. Copy the holding reply (outside hours)');
    pty.mark();
    pty.type(KEY.enter);
    await pty.waitFor("Sent to your terminal's clipboard (OSC 52");
    await pty.waitFor('❯ 2. Copy the reply to the clipboard'); // the menu again, on the reply itself
    pty.type(KEY.enter);
    expect(await pty.exit()).toBe(0);
    const entries = readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(entries.map((e) => [e.situation, e.outcome])).toEqual([['complaint', 'copied']]);
  });

  it('Ctrl-C at a question exits 130 with one short line', async () => {
    const pty = startPty(['triage', '--agent', 'Sam']);
    await pty.waitFor('Paste the comment');
    pty.type('You are all idiots\r\r');
    await pty.waitFor('What is this comment mainly?');
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);
    const screen = pty.screen();
    expect(screen).toContain('Cancelled: nothing was copied or saved.');
    expect(screen).not.toMatch(/\bat .+\.js:\d+/);
  });

  it('detects the language of the comment, and speaks the agent\'s language (LANG)', async () => {
    const pty = startPty(['triage', '--agent', 'Sam'], { LANG: 'nl_NL.UTF-8' });
    await pty.waitFor('Plak de reactie');
    pty.type('Bedankt voor de snelle reparatie, de fiets rijdt als nieuw!\r\r');
    await pty.waitFor('Antwoord in het Nederlands (herkend) · L om te wijzigen');
    await pty.waitFor('Waar gaat deze reactie vooral over?');
    await pty.waitFor(/❯ \d+\. Lof of bedankje · voorgesteld · \d+% · "bedankt"/);
    pty.type(KEY.enter); // Lof of bedankje (suggested)
    await pty.waitFor('Is het geschreven door iemand die voor ons werkt?');
    pty.type('n\r');
    await pty.waitFor('Voornaam');
    pty.type('Tom\r');
    await pty.waitFor('Waar waren ze blij mee, in een paar woorden? (optioneel)');
    pty.type('\r');
    await pty.waitFor('Link naar de reactie');
    pty.type('\r');
    await pty.waitFor('Wanneer geplaatst?');
    pty.type('\r');
    await pty.waitFor('Wat nu?');
    expect(pty.screen()).toMatch(/── Antwoord ─+ praise · \d van 3 ──\n(?:Dank je wel, Tom! Hier worden we blij van|Hoi Tom, bedankt dat je de moeite neemt|Bedankt, Tom, wat een mooi bericht\.)[^\n]*\n– Sam/);
    expect(pty.screen()).toMatch(/── Antwoord ─+ praise · \d van 3 ──/);
    expect(pty.screen()).toContain('Volgende stappen');
    expect(pty.screen()).toMatch(/Antwoord binnen 1 dag \(uiterlijk ma 23 nov\.?, 12:00 UTC\) · low/);
    pty.type('8');
    pty.type(KEY.enter); // Klaar, en de sessie beëindigen
    expect(await pty.exit()).toBe(0);
  });

  it('Ctrl-C while pasting the comment exits 130', async () => {
    const pty = startPty(['triage', '--agent', 'Sam']);
    await pty.waitFor('Paste the comment');
    pty.type('half a comm');
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);
  });

  it('asks for the agent name once and remembers it', async () => {
    const config = join(mkdtempSync(join(tmpdir(), 'replyguide-config-')), 'config.json');
    const pty = startPty(['triage', '--locale', 'en', '--comment', 'Bunch of clowns', '--answer', 'kind=accusation', '--answer', 'spreading=no', '--answer', 'repeat_offender=no', '--answer', 'name='], { REPLYGUIDE_CONFIG: config });
    await pty.waitFor('Your first name, for the sign-off');
    pty.type('Robin\r');
    await pty.waitFor('Remember it for next time?');
    pty.type('y\r');
    await pty.waitFor('What next?');
    expect(pty.screen()).toContain("Don't feed the troll.");
    pty.type(KEY.enter); // Done (the default when there is no reply)
    expect(await pty.exit()).toBe(0);
    expect(JSON.parse(readFileSync(config, 'utf8'))).toEqual({ agent: 'Robin' });
  });
});

// The prompts' own words follow the language: the key hints under a list, the yes/no hint, what a
// yes/no answer echoes, and which letters it reads ("j" is yes in Dutch, German and Swedish).
import { describe, expect, it } from 'vitest';
import { KEY, startPty } from '../helpers/pty.js';

describe('prompts in the user language', () => {
  it('LANG=nl: "↑↓ kiezen • ⏎ bevestigen", j/N, an unreadable answer asked again, "Nee" echoed', async () => {
    const pty = startPty(['triage', '-p', 'starter', '--locale', 'nl', '--agent', 'Sam', '--comment', 'Wat een fijne service!', '-a', 'kind=praise', '-a', 'name=Tom', '-a', 'praised='], { LANG: 'nl_NL.UTF-8' });
    await pty.waitFor('(j/N)');
    pty.type('x\r');
    await pty.waitFor('Typ j of n (Enter: Nee)');
    pty.type('\u007f'); // the "x" is kept on the line, as with any prompt: take it out
    pty.type('n\r');
    await pty.waitFor(/^✔ Is het geschreven door iemand die voor ons werkt\?[^]*\) Nee$/m);
    await pty.waitFor('↑↓ kiezen • ⏎ bevestigen');
    const screen = pty.screen();
    expect(screen).not.toMatch(/navigate|select\b|\bYes\b|\bNo\b|y\/N|Y\/n|built-in/);
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);
  });

  it('LANG=de: "j" reads as yes and echoes "Ja"', async () => {
    const pty = startPty(['triage', '-p', 'starter', '--locale', 'de', '--agent', 'Sam', '--comment', 'Toller Service!', '-a', 'kind=praise', '-a', 'name=Tom', '-a', 'praised='], { LANG: 'de_DE.UTF-8' });
    await pty.waitFor('(j/N)');
    pty.type('j\r');
    await pty.waitFor(/^✔ Hat es jemand geschrieben, der für uns arbeitet\?[^]*\) Ja$/m);
    await pty.waitFor('↑↓ auswählen • ⏎ bestätigen');
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);
  });
});

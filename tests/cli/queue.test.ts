// triage --queue: comments exported from an inbox tool, one by one; interactive on a terminal, one JSON
// line per row in a script; rows already in the log are not asked again.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary, runInProcess } from '../helpers/cli.js';
import { freshDir } from '../helpers/env.js';
import { KEY, startPty } from '../helpers/pty.js';

const TEXTS: Record<string, string[]> = {
  en: ['Still waiting for my refund, three weeks now.', 'My order arrived broken, really disappointed.', 'The repair took far too long and nobody called me back.'],
  nl: ['Ik wacht al drie weken op mijn terugbetaling.', 'Mijn bestelling kwam kapot aan, echt teleurgesteld.', 'De reparatie duurde veel te lang en niemand belde terug.'],
  de: ['Ich warte seit drei Wochen auf meine Erstattung.', 'Meine Bestellung kam kaputt an, wirklich enttäuscht.', 'Die Reparatur hat viel zu lange gedauert und niemand hat zurückgerufen.'],
  sv: ['Jag har väntat i tre veckor på min återbetalning.', 'Min beställning kom trasig, riktigt besviken.', 'Reparationen tog alldeles för lång tid och ingen ringde tillbaka.'],
};
const LANGS = ['en', 'nl', 'de', 'sv'];
const FIRST = ['Anna', 'Bram', 'Carla', 'Daan', 'Eva', 'Finn', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Karin'];
const COMPLAINT = ['-a', 'kind=complaint', '-a', 'our_fault=no', '-a', 'private_data=no', '-a', 'tried_before=no', '-a', 'own_details=no'];

/** 30 rows in four languages; row 5 has an empty comment; row 7's comment has two paragraphs. */
function queueCsv(dir: string): string {
  const rows = ['id,author,comment,permalink,posted_at,language'];
  for (let i = 1; i <= 30; i++) {
    const lang = LANGS[(i - 1) % 4];
    let text = TEXTS[lang][i % 3];
    if (i === 5) text = '';
    if (i === 7) text = `${text}\n\nAnd a second paragraph, with a "quote", a comma.`;
    rows.push(`c${i},${FIRST[(i - 1) % FIRST.length]} Lastname,"${text.replace(/"/g, '""')}",https://www.facebook.com/brand/posts/1?comment_id=${i},2026-11-21T0${i % 10}:00:00Z,${lang}`);
  }
  const file = join(dir, 'inbox.csv');
  writeFileSync(file, rows.join('\r\n') + '\r\n');
  return file;
}

/** A script's run of a queue on the demo, nothing logged: exit code, stdout, stderr. */
const triageQueue = (file: string, cwd: string, ...more: string[]) => runInProcess(['triage', '--playbook', 'demo', '--queue', file, '--no-input', '--no-log', ...COMPLAINT, ...more], { cwd });

/** The same run's JSON lines, one per row (the summary line left out). */
const queueRows = async (file: string, cwd: string) => (await triageQueue(file, cwd, '-f', 'json')).stdout.trim().split('\n').slice(0, -1).map((l) => JSON.parse(l));

const lines = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

describe('triage --queue, scripted', () => {
  it('writes one JSON line per row and a summary; a row without a comment says why and the rest go on; a second run passes over what is logged', () => {
    const dir = freshDir();
    const queue = queueCsv(dir);
    const log = join(dir, 'log.jsonl');
    const args = ['triage', '--playbook', 'demo', '--queue', queue, '--no-input', '--use-suggestions', '--format', 'json', ...COMPLAINT];
    const r = runBinary(args, { env: { REPLYGUIDE_LOG: log } });
    expect(r.code).toBe(2); // one row failed
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(31);
    expect(out.slice(0, 30).map((o) => o.status)).toEqual(Array.from({ length: 30 }, (_, i) => (i === 4 ? 'failed' : 'planned')));
    expect(out[4]).toEqual({ row: 5, line: 6, key: 'id:c5', status: 'failed', error: 'no comment text' });
    expect(out[0]).toMatchObject({ row: 1, line: 2, key: 'id:c1', status: 'planned', link: 'https://www.facebook.com/brand/posts/1?comment_id=1', plan: { locale: 'en', situation: { id: 'complaint' }, respondBy: '2026-11-21T07:30:00.000Z' } });
    // Posted at 01:00Z, 02:00 on a Saturday in Amsterdam: the 30 staffed minutes count from the 08:00 opening.
    expect(out[1].plan.locale).toBe('nl');
    expect(out[2].plan.locale).toBe('de');
    expect(out[3].plan.locale).toBe('sv');
    expect(out[0].plan.reply.text).toMatch(/^Hi Anna,/);
    expect(out[6].line).toBe(8); // row 7's comment takes three lines
    expect(out[7].line).toBe(11);
    expect(out[30]).toEqual({ summary: { rows: 30, planned: 29, failed: 1, alreadyLogged: 0 } });
    expect(r.stderr).toMatch(/^[^\n]*inbox\.csv: 30 row\(s\): 29 planned, 1 failed, 0 already in the log\n$/);
    const logged = lines(log);
    expect(logged).toHaveLength(29);
    expect(logged[0]).toMatchObject({ outcome: 'scripted', link: 'https://www.facebook.com/brand/posts/1?comment_id=1', platform: 'facebook', posted: '2026-11-21T01:00:00.000Z', row: { key: 'id:c1', number: 1 } });

    const again = runBinary(args, { env: { REPLYGUIDE_LOG: log } });
    const second = again.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(second.at(-1)).toEqual({ summary: { rows: 30, planned: 0, failed: 1, alreadyLogged: 29 } });
    expect(lines(log)).toHaveLength(29);
  }, 60_000);

  it('reads JSON Lines from standard input, with the columns under other accepted names', async () => {
    const stdin = [
      JSON.stringify({ message_id: 'a1', from_name: 'Ana', text: 'Still waiting for my refund, three weeks now.', url: 'https://x.com/brand/status/1', network: 'twitter' }),
      JSON.stringify({ message_id: 'a2', text: 'Thanks so much, great service!' }),
    ].join('\n');
    const r = await runInProcess(['triage', '--queue', '-', '--no-input', '--format', 'json', '--no-log', ...COMPLAINT], { stdin });
    expect(r.code).toBe(0);
    const [first, second, summary] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(first).toMatchObject({ row: 1, key: 'id:a1', status: 'planned', link: 'https://x.com/brand/status/1' });
    expect(first.plan.reply.text).toMatch(/^Hi Ana,/);
    expect(second).toMatchObject({ row: 2, status: 'planned' });
    expect(summary).toEqual({ summary: { rows: 2, planned: 2, failed: 0, alreadyLogged: 0 } });
  });

  it('text format: one line per row, failures saying why', async () => {
    const dir = freshDir();
    const file = join(dir, 'q.csv');
    writeFileSync(file, 'Comment;Author\n"Still waiting for my refund";Sam\n;Kim\n');
    const r = await triageQueue(file, dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('1 / 2  complaint · reply complaint-public #3 · by 12:30 UTC\n2 / 2  failed: no comment text (q.csv:3)\n');
    expect(r.stderr).toBe('q.csv: 2 row(s): 1 planned, 1 failed, 0 already in the log\n');
  });

  it('a comment posted hours ago: its line and its plan say how late the reply is', async () => {
    const dir = freshDir();
    const file = join(dir, 'q.csv');
    writeFileSync(file, 'id,comment,posted_at\nc1,Still waiting for my refund,2026-11-21T08:00:00Z\nc2,My order arrived broken,2026-11-21T11:50:00Z\n');
    const r = await triageQueue(file, dir);
    expect(r.stdout).toBe('1 / 2  complaint · reply complaint-public #3 · by 08:30 UTC (overdue by 3 hours)\n2 / 2  complaint · reply complaint-public #1 · by 12:20 UTC\n');
    const one = await runInProcess(['triage', '--playbook', 'demo', '--comment', 'Still waiting for my refund', '--posted', '2026-11-21T08:00:00Z', '--no-input', '--no-log', ...COMPLAINT], { cwd: dir });
    expect(one.stdout).toContain('\nReply within 30 minutes (by 08:30 UTC) · urgent — overdue by 3 hours\n');
    const german = await runInProcess(['triage', '--playbook', 'demo', '--comment', 'Still waiting for my refund', '--posted', '2026-11-21T11:20:00Z', '--no-input', '--no-log', ...COMPLAINT], { cwd: dir, env: { LANG: 'de_DE.UTF-8' } });
    expect(german.stdout).toContain('— seit 10 Minuten überfällig\n');
  });

  it('JSON Lines: a line that is not JSON (an export cut off mid-line) fails that row only, with its column; the rest go on', async () => {
    const dir = freshDir();
    const file = join(dir, 'inbox.jsonl');
    writeFileSync(file, '{"comment": "Still waiting for my refund", "author": "Sam"}\n{"comment": oops}\n\n{"comment": "My order arrived broken", "author": "Kim"}\n{"comment": "Where is my parc');
    const r = await triageQueue(file, dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe([
      '1 / 4  complaint · reply complaint-public #3 · by 12:30 UTC',
      '2 / 4  failed: not valid JSON (column 13) (inbox.jsonl:2)',
      '3 / 4  complaint · reply complaint-public #1 · by 12:30 UTC',
      '4 / 4  failed: not valid JSON (column 30) (inbox.jsonl:5)',
      '',
    ].join('\n'));
    expect(r.stderr).toBe('inbox.jsonl: 4 row(s): 2 planned, 2 failed, 0 already in the log\n');
  });

  it('CSV: a row the parser cannot read (a stray quote, one never closed) fails alone, at its line; the rows after it go on', async () => {
    const dir = freshDir();
    const file = join(dir, 'inbox.csv');
    writeFileSync(file, [
      'comment,author',
      '"Still waiting for my refund",Sam',
      '"I love your "new" colours",Dave',
      '',
      '"My order arrived broken,',
      'three weeks now",Kim',
      '"Where is my parcel, ""tracking"" says nothing",Eve',
      '"never closed,Bo',
      'My order arrived broken,Lu',
      '',
    ].join('\n'));
    const r = await triageQueue(file, dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe([
      '1 / 6  complaint · reply complaint-public #3 · by 12:30 UTC',
      '2 / 6  failed: cannot be read as CSV (invalid closing quote: got "n" instead of delimiter, record delimiter, trimable character (if activated) or comment); the rows after it go on (inbox.csv:3)',
      '3 / 6  complaint · reply complaint-public #3 · by 12:30 UTC',
      '4 / 6  complaint · reply complaint-public #2 · by 12:30 UTC',
      '5 / 6  failed: cannot be read as CSV (quote not closed: the parsing is finished with an opening quote); the rows after it go on (inbox.csv:8)',
      '6 / 6  complaint · reply complaint-public #1 · by 12:30 UTC',
      '',
    ].join('\n'));
    expect(r.stderr).toBe('inbox.csv: 6 row(s): 4 planned, 2 failed, 0 already in the log\n');
    // Each row at the line it starts on: past the blank line and the comment written on two lines.
    expect((await queueRows(file, dir)).map((o) => [o.line, o.status])).toEqual([
      [2, 'planned'], [3, 'failed'], [5, 'planned'], [7, 'planned'], [8, 'failed'], [9, 'planned'],
    ]);
  });

  it('CSV: a broken row reads the same with CRLF or CR line ends, and no line inside a broken comment becomes a row', async () => {
    const dir = freshDir();
    const rowsOf = async (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return (await queueRows(join(dir, name), dir)).map((o) => [o.line, o.key, o.status]);
    };
    const lines = ['id,comment,author', '1,"My order arrived broken,', 'three weeks now",Ann', '2,"bad "quote" x",Bob', '3,Still waiting for my refund,Cy', '4,My order arrived broken,Dee', ''];
    const expected = [[2, 'id:1', 'planned'], [4, 'line:4', 'failed'], [5, 'id:3', 'planned'], [6, 'id:4', 'planned']];
    expect(await rowsOf('lf.csv', lines.join('\n'))).toEqual(expected);
    expect(await rowsOf('crlf.csv', lines.join('\r\n'))).toEqual(expected);
    expect(await rowsOf('cr.csv', lines.join('\r'))).toEqual(expected);
    // A stray quote on the last line of a comment written on three: one failed row, nothing made up.
    expect(await rowsOf('inner.csv', ['id,comment,author', '1,"multi', 'still inside, looks like a row', 'end "bad" here",Ann', '2,Still waiting for my refund,Bo', ''].join('\n'))).toEqual([
      [2, 'line:2', 'failed'], [5, 'id:2', 'planned'],
    ]);
  });

  it('a blank line is skipped, but a line of tabs in a .tsv is a row (of empty fields) at its own line', async () => {
    const dir = freshDir();
    const file = join(dir, 'inbox.tsv');
    writeFileSync(file, ['comment\tauthor', 'Still waiting for my refund\tAnn', '   ', '\t', 'My order arrived broken\tBo', ''].join('\n'));
    expect((await queueRows(file, dir)).map((o) => [o.line, o.status])).toEqual([[2, 'planned'], [4, 'failed'], [5, 'planned']]);
  });

  it('a JSON array of objects (a .json export): one row each, at the line its object starts', async () => {
    const dir = freshDir();
    const file = join(dir, 'export.json');
    const items = [
      { id: 'x1', text: 'Still waiting for my refund, three weeks now.', from: 'Ana Lima' },
      { id: 'x2', text: 'A comment with a "quote", a [bracket] and a {brace}.\nOn two lines.', from: 'Bo' },
      42,
      { id: 'x4', author: 'Cy' },
    ];
    writeFileSync(file, '\uFEFF' + JSON.stringify(items, null, 2) + '\n');
    const r = await runInProcess(['triage', '--queue', file, '--no-input', '--no-log', '--format', 'json', ...COMPLAINT], { cwd: dir });
    expect(r.code).toBe(2);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => [o.row, o.line, o.key, o.status])).toEqual([
      [1, 2, 'id:x1', 'planned'], [2, 7, 'id:x2', 'planned'], [3, 12, 'line:12', 'failed'], [4, 13, 'id:x4', 'failed'], [undefined, undefined, undefined, undefined],
    ]);
    expect(out[0].plan.reply.text).toMatch(/^Hi Ana,/);
    expect(out[2].error).toBe('not a JSON object');
    expect(out[3].error).toBe('no comment field (comment, text, message, body, content)');
    expect(out[4]).toEqual({ summary: { rows: 4, planned: 2, failed: 2, alreadyLogged: 0 } });
  });

  it('spaces around a quoted field are no error: the row is read, its text as quoted', async () => {
    const dir = freshDir();
    const file = join(dir, 'q.csv');
    writeFileSync(file, 'id,comment,author\nc1,"Still waiting for my refund, three weeks now" ,Sam\nc2,  "My order arrived broken"  ,  Kim\n');
    const r = await runInProcess(['triage', '--playbook', 'demo', '--queue', file, '--no-input', '--no-log', '-f', 'json', ...COMPLAINT], { cwd: dir });
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.slice(0, 2).map((o) => [o.key, o.status])).toEqual([['id:c1', 'planned'], ['id:c2', 'planned']]);
    expect(out[1].plan.reply.text).toMatch(/^Hi Kim,/);
  });

  it('bad queues: one line naming the file and position, exit 2', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'nocomment.csv'), 'id,author,url\n1,Sam,https://x.com/1\n');
    writeFileSync(join(dir, 'notjson.jsonl'), '\n# exported 2026-11-21\n');
    writeFileSync(join(dir, 'array.json'), '[\n  {"comment": "ok"},\n  {"comment": oops}\n]\n');
    const run = (file: string) => triageQueue(file, dir);
    expect(await run('nocomment.csv')).toEqual({ code: 2, stdout: '', stderr: 'replyguide: nocomment.csv:1:1: no comment column: the header has "id", "author", "url"; name the column that holds the comment one of comment, text, message, body, content\n' });
    writeFileSync(join(dir, 'header.csv'), 'comment,"author\n"fine",Sam\n');
    expect(await run('header.csv')).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^replyguide: header\.csv:1:1: invalid closing quote[^\n]*\n$/) });
    // Rows none of which can be read: not a CSV queue (each quote opened here is closed on the next line).
    writeFileSync(join(dir, 'quotes.csv'), `comment,author\n${'"never closed,Sam\n'.repeat(150)}`);
    expect(await run('quotes.csv')).toEqual({ code: 2, stdout: '', stderr: 'replyguide: quotes.csv:2:1: invalid closing quote: got "n" instead of delimiter, record delimiter, trimable character (if activated) or comment\n' });
    expect(await run('notjson.jsonl')).toEqual({ code: 2, stdout: '', stderr: 'replyguide: notjson.jsonl:2:1: not valid JSON; a JSON Lines queue holds one object a line\n' });
    expect(await run('array.json')).toEqual({ code: 2, stdout: '', stderr: 'replyguide: array.json:3:15: not valid JSON; a JSON Lines queue holds one object a line\n' });
    expect(await run('missing.csv')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^replyguide: missing\.csv:1:1: [^\n]+\n$/) });
  });
});

describe('triage --queue, on a terminal', () => {
  it('30 rows in four languages: progress, a row without a comment reported, Ctrl-C at row 12, then resumed without asking rows 1-11 again', async () => {
    const dir = freshDir();
    const queue = queueCsv(dir);
    const log = join(dir, 'log.jsonl');
    const args = ['triage', '--queue', queue, '--agent', 'Sam', ...COMPLAINT];
    const pty = startPty(args, { REPLYGUIDE_LOG: log });
    const langs: Record<string, string> = { en: 'English', nl: 'Dutch', de: 'German', sv: 'Swedish' };
    for (let row = 1; row <= 12; row++) {
      if (row === 5) continue;
      await pty.waitFor(new RegExp(`── ${row} / 30 · [\\s\\S]*This comment\\?`));
      if (row === 12) break;
      pty.mark();
      pty.type(KEY.enter); // Triage it
      await pty.waitFor('What next?');
      expect(pty.screen()).toContain(`Reply in ${langs[LANGS[(row - 1) % 4]]} (chosen)`);
      pty.mark();
      pty.type(KEY.enter); // Copy
      await pty.waitFor('OSC 52');
    }
    const screen = pty.screen();
    expect(screen).toContain('Anna Lastname · facebook · posted 01:00 · https://www.facebook.com/brand/posts/1?comment_id=1');
    expect(screen).toMatch(/── 5 \/ 30 · 4 handled · \d+s ─+\nRow 5 \([^\n]*inbox\.csv:6\) not triaged: no comment text\n\n── 6 \/ 30/);
    expect(screen).toContain('│ And a second paragraph, with a "quote", a comma.');
    expect(screen).toMatch(/❯ 1\. Triage it\n {2}2\. Skip this comment \(give a reason\)\n {2}3\. End the session/);
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);
    expect(pty.screen()).toContain('Interrupted: the 10 comment(s) handled before are in the log; this one was not saved.');
    expect(lines(log).map((e) => e.row.number)).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10, 11]);

    // Again: rows 1-11 are not asked; row 5 is reported again; row 12 comes first. Skip it, then end.
    const resumed = startPty(args, { REPLYGUIDE_LOG: log });
    await resumed.waitFor(/── 12 \/ 30 · [\s\S]*This comment\?/);
    expect(resumed.screen()).toMatch(/10 of 30 rows of [^\n]*inbox\.csv are in the log already: going on with row 12\./);
    expect(resumed.screen()).toMatch(/Row 5 \([^\n]*inbox\.csv:6\) not triaged: no comment text/);
    for (const row of [1, 2, 3, 4, 6, 7, 8, 9, 10, 11]) expect(resumed.screen()).not.toContain(`── ${row} / 30 ·`);
    resumed.mark();
    resumed.type('2\r'); // Skip
    await resumed.waitFor('Why skip it?');
    resumed.type('duplicate of row 8\r');
    await resumed.waitFor(/── 13 \/ 30 · [\s\S]*This comment\?/);
    resumed.type('3\r'); // End the session
    expect(await resumed.exit()).toBe(0);
    expect(resumed.screen()).toMatch(/Session over: 1 handled in \d+s \(0 copied, 0 done, 1 skipped, 0 started over\)\.\n19 of 30 rows of [^\n]*inbox\.csv still to do: run the same command to go on\.$/);

    // The rest, scripted: rows 1-12 are in the log already.
    const rest = runBinary(['triage', '--queue', queue, '--no-input', '--format', 'json', ...COMPLAINT], { env: { REPLYGUIDE_LOG: log } });
    expect(rest.stdout.trim().split('\n').at(-1)).toBe(JSON.stringify({ summary: { rows: 30, planned: 18, failed: 1, alreadyLogged: 11 } }));
    const followups = await runInProcess(['followups'], { env: { REPLYGUIDE_LOG: log, TZ: 'UTC' } });
    expect(followups.stdout).toContain('  Thread:  https://www.facebook.com/brand/posts/1?comment_id=1 (facebook)\n');
  }, 90_000);
});

describe('--link, --platform, --posted', () => {
  it('are logged; the reply-by time counts from the posted time; followups shows the link', async () => {
    const dir = freshDir();
    const log = join(dir, 'log.jsonl');
    const r = await runInProcess(['triage', '--no-input', '--format', 'json', '-c', 'Still waiting for my refund', ...COMPLAINT, '-a', 'name=Sam', '--link', 'https://www.linkedin.com/feed/update/1', '--posted', '2026-11-21T11:00:00Z'], { env: { REPLYGUIDE_LOG: log } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).respondBy).toBe('2026-11-21T11:30:00.000Z');
    expect(lines(log)[0]).toMatchObject({ link: 'https://www.linkedin.com/feed/update/1', platform: 'linkedin', posted: '2026-11-21T11:00:00.000Z', replyBy: '2026-11-21T11:30:00.000Z' });
    const followups = await runInProcess(['followups'], { env: { REPLYGUIDE_LOG: log, TZ: 'UTC' } });
    expect(followups.stdout).toContain('  Thread:  https://www.linkedin.com/feed/update/1 (linkedin)\n');
    const json = JSON.parse((await runInProcess(['followups', '-f', 'json'], { env: { REPLYGUIDE_LOG: log } })).stdout);
    expect(json[0]).toMatchObject({ link: 'https://www.linkedin.com/feed/update/1', platform: 'linkedin', posted: '2026-11-21T11:00:00.000Z' });
    const shown = await runInProcess(['log'], { env: { REPLYGUIDE_LOG: log, TZ: 'UTC' } });
    expect(shown.stdout).toContain('· complaint · complaint-public #3 · en · scripted\n  Thread:  https://www.linkedin.com/feed/update/1\n');
  });

  it('bad values: one line naming the flag, exit 2, nothing logged', async () => {
    const dir = freshDir();
    const log = join(dir, 'log.jsonl');
    const run = (...flags: string[]) => runInProcess(['triage', '--no-input', '-c', 'Hi', ...COMPLAINT, '-a', 'name=Sam', ...flags], { env: { REPLYGUIDE_LOG: log } });
    expect(await run('--posted', 'yesterday')).toEqual({ code: 2, stdout: '', stderr: 'replyguide: --posted takes an ISO 8601 time such as 2026-11-21T09:30:00Z, not "yesterday"\n' });
    expect(await run('--link', 'not a link')).toEqual({ code: 2, stdout: '', stderr: 'replyguide: --link takes the web address of the comment or its thread (https://…), not "not a link"\n' });
    expect(await run('--queue', 'q.csv')).toEqual({ code: 2, stdout: '', stderr: 'replyguide: --queue and --comment cannot go together: the queue holds the comments\n' });
    expect(() => readFileSync(log)).toThrow();
  });
});

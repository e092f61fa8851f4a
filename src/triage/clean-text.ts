// The one sanitiser: every byte bound for a terminal or a public reply passes through here, whatever
// its source (a comment, an answer, playbook text, a file name, the config, a diagnostic, the log).
// - Escape sequences go whole: CSI (colours, cursor moves, screen clears), OSC (window titles, OSC 52
//   clipboard writes, hyperlinks), DCS/SOS/PM/APC strings, two-byte escapes, and their 8-bit (C1) forms;
//   an unterminated string sequence takes the rest of the text with it (a terminal would too).
// - Other control characters go, except newline and tab; CR and CRLF become newlines.
// - Characters that reorder or hide text go: bidi embeddings, overrides and isolates, direction marks,
//   zero-width spaces, word joiners, invisible operators, the BOM; a zero-width joiner stays inside
//   an emoji sequence (👩‍💻), where it is part of the picture. U+2028 and U+2029 become newlines.
// `stripControl` is for text as data (a reply, a comment): nothing of the above survives. `terminalSafe`
// is the output layer's: the same, except the colour sequences (SGR) our own formatters make.
const ESCAPES = [
  '\\u001b\\[[0-?]*[ -/]*[@-~]', // CSI
  '\\u009b[0-?]*[ -/]*[@-~]', // 8-bit CSI
  '(?:\\u001b[\\]PX^_]|[\\u0090\\u0098\\u009d-\\u009f])[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c|$)', // OSC, DCS, SOS, PM, APC
  '\\u001b[ -/]*[0-~]', // two-byte and nF escapes
].join('|');
const CONTROL = '[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]';
const INVISIBLE = '[\\u061c\\u180e\\u200b\\u200e\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb]';
// A ZWJ that does not join two emoji.
const LONE_ZWJ = '(?<![\\p{Extended_Pictographic}\\u{1f3fb}-\\u{1f3ff}\\ufe0f])\\u200d|\\u200d(?!\\p{Extended_Pictographic})';
const HIDDEN = new RegExp(`${ESCAPES}|${CONTROL}|${INVISIBLE}|${LONE_ZWJ}`, 'gu');
const SGR = /^\u001b\[[0-9;:]*m$/;
const LINES = /\r\n?|[\u2028\u2029]/g;
// Any character that can start something removed above: most text has none, and is returned as it is.
const SUSPECT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/;

/** Text as data, for a reply or a terminal: no escapes, controls or hidden characters. */
export function stripControl(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text.replace(LINES, '\n').replace(HIDDEN, '');
}

/** What the output layer writes to stdout and stderr: as `stripControl`, but colours stay. */
export function terminalSafe(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text.replace(LINES, '\n').replace(HIDDEN, (match) => (SGR.test(match) ? match : ''));
}

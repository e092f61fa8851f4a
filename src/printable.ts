// User text (comments, keys, values) is data: never let it put raw control characters or ANSI
// sequences on someone's terminal or into a machine format.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Replaces control characters (except tab and newline) with visible escapes such as \x1b. */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** One line: also shows newlines and tabs as escapes. */
export function printableLine(text: string): string {
  return printable(text).replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, ' ');
}

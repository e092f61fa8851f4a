// What \s matches, one character at a time, without a pattern for the common case: the template lexer
// and the tone checks ask it of nearly every character they read.

/** Whether a character is whitespace as \s says (ASCII by code, the rest by the pattern); false past the end. */
export function isSpace(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(c);
}

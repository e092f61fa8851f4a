// The bundle in ASCII only, so bin/replyguide.js can read it as latin1: decoding 3 MB of UTF-8 into a
// string took ~11 ms of every command, latin1 ~0.5 ms. esbuild escapes non-ASCII in strings but leaves it
// in regex literals and comments; a \uXXXX escape means the same character in a string, a regex (a
// character beyond U+FFFF becomes its surrogate pair, which a /u regex reads as the one character) and
// an identifier, and is only text in a comment. A module of its own: tests escape patterns the same way.

/** The text with every non-ASCII UTF-16 unit written as a \uXXXX escape. */
export function escapeNonAscii(text) {
  // An escaped character (`\’` in a regex) is the character itself: its backslash goes with it.
  return text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) =>
    `${slashes.slice(slashes.length % 2)}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

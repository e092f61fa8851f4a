// Text to put in a regular expression as itself ("care@acme.example" matches that address, not "careXacme…").

/** The text with every character a pattern reads specially escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

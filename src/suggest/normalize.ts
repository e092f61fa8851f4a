/** Comment text as the engine compares it: NFC, typographic apostrophes plain, lower-case. */
export function normalize(text: string): string {
  return text.normalize('NFC').replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();
}

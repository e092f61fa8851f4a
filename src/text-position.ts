// Where a character offset falls in a text, as editors and file:line:col messages count it.

/** 1-based line and column of a character offset. */
export function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) { line++; lineStart = i + 1; }
  return { line, column: offset - lineStart + 1 };
}

/** The 1-based lines of ascending offsets, read in one pass (a JSON export's rows). */
export function linesAt(text: string, offsets: readonly number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let next = text.indexOf('\n');
  for (const offset of offsets) {
    while (next !== -1 && next < offset) { line++; next = text.indexOf('\n', next + 1); }
    lines.push(line);
  }
  return lines;
}

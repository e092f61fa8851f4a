// Text for a terminal, wrapped at word boundaries to its width; a word longer than a line (a link) is
// kept whole rather than broken. Lines after the first get a hanging indent.
import wrapAnsi from 'wrap-ansi';

export function wrap(text: string, width: number, indent = 0): string {
  const room = Math.max(20, width - indent);
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .map((paragraph) => wrapAnsi(paragraph, room, { hard: false, trim: true, wordWrap: true }).split('\n').join(`\n${pad}`))
    .join(`\n${pad}`);
}


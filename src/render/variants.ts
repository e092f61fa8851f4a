// A template file holds several variants of one reply, separated by a line with only "---", so
// replies never read as copy-paste. Each variant keeps its position for diagnostics.
export interface Variant {
  text: string;
  /** 1-based line and column of the variant's first character in its file. */
  line: number;
  column: number;
}

export interface TemplateSource {
  id: string;
  locale: string;
  file: string;
  variants: Variant[];
}

const SEPARATOR = /^---[ \t]*$/;

export function splitVariants(text: string): Variant[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const variants: Variant[] = [];
  let start = 0;
  const flush = (end: number) => {
    const body = lines.slice(start, end);
    let first = 0;
    while (first < body.length && body[first].trim() === '') first++;
    variants.push({ text: body.slice(first).join('\n').trim(), line: start + Math.min(first, Math.max(body.length - 1, 0)) + 1, column: 1 });
  };
  lines.forEach((line, i) => {
    if (SEPARATOR.test(line)) { flush(i); start = i + 1; }
  });
  flush(lines.length);
  return variants;
}

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

/**
 * File position of a line and column inside a variant's text. Variants written inline in YAML may
 * contain escaped line breaks, so past their first line only the variant's start is certain.
 */
export function positionInFile(template: TemplateSource, variant: Variant, line: number, column: number): { line: number; column: number } {
  if (line === 1) return { line: variant.line, column: variant.column + column - 1 };
  if (!template.file.endsWith('.hbs')) return { line: variant.line, column: variant.column };
  return { line: variant.line + line - 1, column };
}

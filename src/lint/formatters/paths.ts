import { relative, sep } from 'node:path';

/**
 * Paths in output are relative to the working directory, with forward slashes; a file far outside it is
 * named by its absolute path, whichever is shorter ("/nope.csv", not "../../../nope.csv").
 */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  const shown = rel === '' || (rel.startsWith('..') && file.length < rel.length) ? file : rel;
  return shown.split(sep).join('/');
}

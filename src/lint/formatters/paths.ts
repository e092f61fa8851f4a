import { relative, sep } from 'node:path';

/** Paths in output are relative to the working directory, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file) || file;
  return rel.split(sep).join('/');
}

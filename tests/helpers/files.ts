// Playbooks written for one test: files (path → text) in a fresh temporary folder, removed after the
// test file (tests/helpers/env.ts freshDir).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { freshDir } from './env.js';

/** What `lint --format json` reports per problem. */
export interface Finding {
  rule: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Writes files (path → text) into a fresh temporary folder; returns the folder. */
export function folder(files: Record<string, string>): string {
  const dir = freshDir('playbook-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

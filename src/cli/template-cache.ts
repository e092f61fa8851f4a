// Parsed reply templates in the cache folder, by a digest of their text and the build (a new
// Handlebars may parse differently), so a triage renders its reply without loading the parser.
// A missing or broken entry only means parsing again.
import { cacheKey } from '../digest.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Program } from '../render/ast.js';
import type { ProgramStore } from '../render/environment.js';
import { storeInCache, type ParseCache } from '../playbook/parse-cache.js';

export function cachedPrograms(cache: ParseCache): ProgramStore {
  const name = (text: string) => `template-${cacheKey(cache.version, text)}.ast`;
  return {
    get(text) {
      try {
        const program = JSON.parse(readFileSync(join(cache.dir, name(text)), 'utf8')) as Program;
        return program?.type === 'Program' && Array.isArray(program.body) ? program : undefined;
      } catch {
        return undefined;
      }
    },
    set(text, program) {
      storeInCache(cache, name(text), JSON.stringify(program));
    },
  };
}

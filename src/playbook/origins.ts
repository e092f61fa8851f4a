// Where each part of a resolved playbook was written: for `replyguide explain`, so a team sees what it
// inherits from the playbooks it extends and what it overrides.
import type { LoadedPlaybook } from './load.js';
import { locate, type Path } from './yaml-source.js';

/** Top-level mappings whose entries are items of their own. */
const SECTIONS = new Set(['brand', 'policies', 'contacts', 'templates', 'tone']);

export interface ItemOrigin {
  path: Path;
  file: string;
  line: number;
  column: number;
}

/**
 * The origin of every top-level key, every list item and mapping entry under it, and any deeper
 * value written in another file than the item around it (an inherited field of an overridden item).
 */
export function itemOrigins(playbook: LoadedPlaybook): ItemOrigin[] {
  const out: ItemOrigin[] = [];
  const isItem = (path: Path) => path.length === 1 || (path.length === 2 && (typeof path[1] === 'number' || SECTIONS.has(String(path[0]))));
  const visit = (value: unknown, path: Path, parentFile: string) => {
    const here = locate(playbook.source, path, path.length && typeof path.at(-1) === 'string' ? 'key' : 'value');
    if (path.length > 0 && (isItem(path) || here.file !== parentFile)) out.push({ path, ...here });
    if (value === null || typeof value !== 'object') return;
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [key, child] of entries) visit(child, [...path, key], here.file);
  };
  visit(playbook.raw, [], playbook.file);
  return out;
}

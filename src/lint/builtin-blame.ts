// A team's playbook that extends a built-in one (starter, demo) cannot edit the built-in files: a
// finding located in one of them is said in the team's file. Rules that can tell which of the team's
// changes caused it (a contact it removed, a situation it placed first, a locale it added) report it
// there, naming where in the built-in file it shows; anything else is moved to the team's `extends`.
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { phrase, said, type Phrase, type PhraseKey } from '../i18n/phrase.js';
import { builtinName, isBuiltinFile, shippedPath } from '../playbook/builtin.js';
import { readTextFile, templateKey, type LoadedPlaybook } from '../playbook/load.js';
import { describeAt } from '../playbook/validate.js';
import { locate, parseYamlSource, type Path, type YamlSource } from '../playbook/yaml-source.js';
import { analyzeTemplate } from '../render/analyze.js';
import { usableVariants } from '../render/render.js';
import { splitVariants } from '../render/variants.js';
import type { Blame, Place } from './example-blame.js';
import { escapeRegExp } from '../regex-escape.js';

/** One of the team's changes: where it is written, and what it did in words ("contact "legal" was removed here"). */
export interface Change {
  at: Place;
  change: Phrase;
}

/** Where a finding is said and its words. */
type Said = Pick<Diagnostic, 'file' | 'line' | 'column' | 'message' | 'phrase'>;

type Item = Record<string, unknown>;
type List = 'questions' | 'situations' | 'examples';
type Layer = LoadedPlaybook['layers'][number];

const KIND: Record<List | 'contacts', PhraseKey> = { questions: 'kind.question', situations: 'kind.situation', examples: 'kind.example', contacts: 'kind.contact' };

/**
 * For a value of the playbook written in a built-in playbook, when the linted playbook is not a
 * built-in one itself: that playbook's name and the path as written there (`situations[3].route`).
 */
export function inBuiltin(playbook: LoadedPlaybook, path: Path): { parent: string; where: string | Phrase } | undefined {
  if (isBuiltinFile(playbook.file) || !playbook.source.origin) return undefined;
  const parent = builtinName(playbook.source.origin(path).source.file);
  return parent === undefined ? undefined : { parent, where: describeAt(playbook.source, path) };
}

/** The finding said at the team's change, for a value of a built-in playbook (see rule.ts `at`). */
export function atChange(parent: string, where: string | Phrase, blame: Blame): Said {
  return { ...blame.at, ...said(phrase('builtin.at', { parent, where, problem: blame.problem })) };
}

/** The finding said at the team's change, for a place in a built-in template. */
export function inTemplateAtChange(place: Place, blame: Blame): Said {
  return { ...blame.at, ...said(phrase('builtin.inTemplate', { file: shippedPath(place.file), line: place.line, column: place.column, problem: blame.problem })) };
}

/** "<the problem>; <the change>", at the change. */
export function because(problem: Phrase, change: Change | undefined): Blame | undefined {
  return change && { at: change.at, problem: phrase('blame.because', { problem, change: change.change }) };
}

/**
 * What is left after the rules: a finding in a built-in file of a team's playbook that no rule could
 * blame on a change. It goes to the team file's `extends`, saying where in the built-in file it is.
 */
export function relocateToExtends(file: string, playbook: LoadedPlaybook | undefined, diagnostics: Diagnostic[]): Diagnostic[] {
  if (isBuiltinFile(file) || !diagnostics.some((d) => isBuiltinFile(d.file))) return diagnostics;
  const own = playbook?.layers[0].source ?? parsed(file);
  if (!own) return diagnostics;
  const at = locate(own, ['extends'], 'key');
  return diagnostics.map((d) => {
    if (!isBuiltinFile(d.file)) return d;
    const problem = d.phrase ?? d.message;
    const place = { file: shippedPath(d.file), line: d.line, column: d.column };
    const parent = builtinName(d.file);
    const message = parent === undefined ? phrase('builtin.fallbackTemplate', { problem, ...place }) : phrase('builtin.fallback', { problem, parent, ...place });
    return { ...d, ...at, ...said(message) };
  });
}

function parsed(file: string): YamlSource | undefined {
  const read = readTextFile(file);
  return read.text === undefined ? undefined : parseYamlSource(file, read.text).source;
}

// The team's changes. Only files that are not built-in are searched, so for a built-in playbook
// linted on its own nothing is ever found.

const teamLayers = (playbook: LoadedPlaybook): Layer[] => playbook.layers.filter((l) => !isBuiltinFile(l.file));
const builtinLayers = (playbook: LoadedPlaybook): Layer[] => playbook.layers.filter((l) => isBuiltinFile(l.file));

/** Is the value at `path` in the playbook as used, and written in one of the team's files? */
export function teamWrote(playbook: LoadedPlaybook, path: Path): boolean {
  if (valueAt(playbook.raw, path) === undefined) return false;
  const file = playbook.source.origin ? playbook.source.origin(path).source.file : playbook.file;
  return !isBuiltinFile(file);
}

/** The team removed this item (`remove: true`): at its `remove`. */
export function removed(playbook: LoadedPlaybook, list: List | 'contacts', id: string): Change | undefined {
  for (const layer of teamLayers(playbook)) {
    const path = list === 'contacts' ? removedContact(layer, id) : removedItem(layer, list, id);
    if (path) return { at: locate(layer.source, path, 'key'), change: phrase('change.itemRemoved', { kind: phrase(KIND[list]), id }) };
  }
  return undefined;
}

function removedContact(layer: Layer, id: string): Path | undefined {
  const contact = isPlain(layer.raw.contacts) ? layer.raw.contacts[id] : undefined;
  return isPlain(contact) && contact.remove === true ? ['contacts', id, 'remove'] : undefined;
}

function removedItem(layer: Layer, list: List, id: string): Path | undefined {
  const index = itemsOf(layer, list).findIndex((item) => isPlain(item) && item.id === id && item.remove === true);
  return index === -1 ? undefined : [list, index, 'remove'];
}

/** An item an inherited one refers to does not exist because the team removed it: said at its `remove`. */
export function removedHere(playbook: LoadedPlaybook, list: List | 'contacts', id: string): Blame | undefined {
  const change = removed(playbook, list, id);
  return change && { at: change.at, problem: phrase('ref.removedHere', { kind: phrase(KIND[list]), id }) };
}

/** The team placed this item elsewhere (`before`/`after`): at that key. */
export function moved(playbook: LoadedPlaybook, list: List, id: string): Change | undefined {
  for (const layer of teamLayers(playbook)) {
    const index = itemsOf(layer, list).findIndex((item) => isPlain(item) && item.id === id && (typeof item.before === 'string' || typeof item.after === 'string'));
    if (index === -1) continue;
    const key = typeof (itemsOf(layer, list)[index] as Item).before === 'string' ? 'before' : 'after';
    return { at: locate(layer.source, [list, index, key], 'key'), change: phrase('change.itemMoved', { kind: phrase(KIND[list]), id }) };
  }
  return undefined;
}

/** The team changed the value at `path` (written in its file): at its key. */
export function changedField(playbook: LoadedPlaybook, path: Path): Change | undefined {
  if (!teamWrote(playbook, path)) return undefined;
  return { at: locate(playbook.source, path, 'key'), change: phrase('change.field', { where: describeAt(playbook.source, path) }) };
}

/** The team added the item at `index`, changed one of its `fields`, or moved it. */
export function itemChange(playbook: LoadedPlaybook, list: List, index: number, fields: readonly string[]): Change | undefined {
  const item = playbook.raw[list] && (playbook.raw[list] as Item[])[index];
  if (!isPlain(item) || typeof item.id !== 'string') return undefined;
  const id = item.id;
  if (!builtinLayers(playbook).some((layer) => itemsOf(layer, list).some((i) => isPlain(i) && i.id === id))) {
    return teamWrote(playbook, [list, index, 'id']) ? { at: locate(playbook.source, [list, index, 'id']), change: phrase('change.itemAdded', { kind: phrase(KIND[list]), id }) } : undefined;
  }
  for (const field of fields) {
    const change = changedField(playbook, [list, index, field]);
    if (change) return change;
  }
  return moved(playbook, list, id);
}

/** A locale the team added that no built-in playbook it extends is written in: at that locale. */
export function localeAdded(playbook: LoadedPlaybook, locale: string): Change | undefined {
  const localesOf = (raw: Item) => [raw.locale, ...(Array.isArray(raw.locales) ? raw.locales : [])];
  if (builtinLayers(playbook).some((layer) => localesOf(layer.raw).includes(locale))) return undefined;
  for (const layer of teamLayers(playbook)) {
    const index = Array.isArray(layer.raw.locales) ? layer.raw.locales.indexOf(locale) : -1;
    const path = index !== -1 ? ['locales', index] : layer.raw.locale === locale ? ['locale'] : undefined;
    if (path) return { at: locate(layer.source, path), change: phrase('change.localeAdded', { locale }) };
  }
  return undefined;
}

/** The team's own template for this id and locale (a file or inline): at its first variant. */
export function templateChange(playbook: LoadedPlaybook, id: string, locale: string): Change | undefined {
  const template = playbook.templates.get(templateKey(locale, id));
  if (!template || isBuiltinFile(template.file)) return undefined;
  const variant = usableVariants(template)[0] ?? template.variants[0];
  return { at: { file: template.file, line: variant?.line ?? 1, column: variant?.column ?? 1 }, change: phrase('change.template', { template: id, locale }) };
}

/**
 * A fact the team wrote (brand, policies, contacts, a question's sample answer) that the words a
 * finding is about come from: the fact shows in them, or they are a word of the fact. At the fact.
 */
export function factIn(playbook: LoadedPlaybook, words: string): Change | undefined {
  const flagged = words.trim();
  const escaped = escapeRegExp(flagged);
  const word = flagged.length >= 3 ? new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:$|[^\\p{L}\\p{N}])`, 'u') : undefined;
  const from = (value: string) => (value.trim().length >= 3 && flagged.includes(value.trim())) || (word !== undefined && word.test(value));
  let found: Path | undefined;
  const visit = (value: unknown, path: Path) => {
    if (found) return;
    if (typeof value === 'string') {
      if (from(value) && teamWrote(playbook, path)) found = path;
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (isPlain(value)) for (const [key, v] of Object.entries(value)) visit(v, [...path, key]);
  };
  for (const key of ['brand', 'policies', 'contacts']) visit(playbook.raw[key], [key]);
  (playbook.raw.questions as Item[] | undefined)?.forEach((q, i) => visit(q.sample, ['questions', i, 'sample']));
  return found && changedField(playbook, found);
}

/** The item with this id as a built-in playbook the team builds on writes it (the nearest one). */
export function builtinItem(playbook: LoadedPlaybook, list: List, id: string): Item | undefined {
  for (const layer of builtinLayers(playbook)) {
    const item = itemsOf(layer, list).find((i): i is Item => isPlain(i) && i.id === id);
    if (item) return item;
  }
  return undefined;
}

/** Ids of the items of a list the team removed, nearest layer first. */
export function removedIds(playbook: LoadedPlaybook, list: List): string[] {
  return teamLayers(playbook).flatMap((layer) => itemsOf(layer, list).filter((i): i is Item => isPlain(i) && i.remove === true && typeof i.id === 'string').map((i) => i.id as string));
}

/**
 * The answers the built-in template with this id uses in a locale, as the built-in playbooks give it
 * (inline or a file in their templates folder); empty when they have none.
 */
export function builtinTemplateAnswers(playbook: LoadedPlaybook, id: string, locale: string): Set<string> {
  const used = new Set<string>();
  for (const layer of builtinLayers(playbook)) {
    const inline = isPlain(layer.raw.templates) && isPlain(layer.raw.templates[id]) ? layer.raw.templates[id][locale] : undefined;
    const texts = Array.isArray(inline) ? inline.map(String) : readVariants(join(layer.templatesDir, locale, `${id}.hbs`));
    if (texts === undefined) continue;
    for (const text of texts) {
      const analysis = analyzeTemplate(text);
      if (analysis.ok) for (const use of analysis.variables) if (use.path[0] === 'answers' && use.path[1]) used.add(use.path[1]);
    }
    break;
  }
  return used;
}

function readVariants(file: string): string[] | undefined {
  const read = readTextFile(file);
  return read.text === undefined ? undefined : splitVariants(read.text).map((v) => v.text);
}

function itemsOf(layer: Layer, list: List): unknown[] {
  const items = layer.raw[list];
  return Array.isArray(items) ? items : [];
}

function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[String(segment)];
  }
  return node;
}

function isPlain(value: unknown): value is Item {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

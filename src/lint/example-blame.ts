// An inherited example that fails in a playbook that extends another fails because of something that
// playbook changed: the team cannot edit the built-in starter, so the finding goes where the change
// is written (a question it added, a situation it placed first, steps or a template it rewrote).
import { sep } from 'node:path';
import { phrase, type Phrase } from '../i18n/phrase.js';
import { templateKey, type LoadedPlaybook } from '../playbook/load.js';
import { describeAt } from '../playbook/validate.js';
import { locate, type Path } from '../playbook/yaml-source.js';
import { usableVariants } from '../render/render.js';

/** Why an example failed, as data: enough to say it and to find the change that caused it. */
export interface Failure {
  /** The `expect` field that failed (`answers` when answers are missing), or none for the example as a whole. */
  field?: 'answers' | 'situation' | 'steps' | 'reply' | 'replyContains';
  /** What went wrong, in words (unused when answers are missing). */
  problem: Phrase;
  /** Questions that apply and have no answer. */
  missing?: { id: string; valid: string }[];
  /** The situation the answers led to, if any. */
  situation?: string;
  /** The template whose reply failed or lacked text, and the variant (1-based, among the usable ones). */
  template?: { id: string; variant?: number };
  /** `replyContains` texts the reply lacks. */
  absent?: string[];
}

export interface Place {
  file: string;
  line: number;
  column: number;
}

export interface Blame {
  at: Place;
  problem: Phrase;
}

type Item = Record<string, unknown>;
type List = 'questions' | 'situations';

/**
 * For an example written in a playbook this one extends: that playbook's name as `extends` gives it
 * ("starter"). Undefined for the playbook's own examples, overridden ones included.
 */
export function inheritedFrom(playbook: LoadedPlaybook, index: number): string | undefined {
  const origin = playbook.source.origin?.(['examples', index]);
  if (!origin || origin.source.file === playbook.file) return undefined;
  const layer = playbook.layers.findIndex((l) => l.file === origin.source.file);
  const name = layer > 0 ? playbook.layers[layer - 1].raw.extends : undefined;
  return typeof name === 'string' ? name : origin.source.file;
}

/**
 * The changes written in this playbook that explain an inherited example's failure, each with the
 * place it is written and the problem in words; empty when none can be blamed.
 */
export function blameChange(playbook: LoadedPlaybook, failure: Failure, expected: string | undefined): Blame[] {
  const { data, source } = playbook;
  const own = (path: Path) => (source.origin ? source.origin(path).source.file : playbook.file) === playbook.file;
  const at = (path: Path, target: 'key' | 'value' = 'value'): Place => locate(source, path, target);
  const ownItem = (list: List, id: string) => (playbook.layers[0].raw[list] as unknown[] | undefined)?.find((item): item is Item => isPlain(item) && item.id === id);
  const inherited = (list: List, id: string) => playbook.layers.slice(1).some((layer) => Array.isArray(layer.raw[list]) && (layer.raw[list] as unknown[]).some((item) => isPlain(item) && item.id === id));
  const moved = (list: List, id: string) => { const item = ownItem(list, id); return item !== undefined && ('before' in item || 'after' in item); };
  const change = (list: List, id: string) => phrase(inherited(list, id) ? 'change.changed' : 'change.added');
  const indexOf = (list: List, id: string | undefined) => (data[list] as { id: string }[]).findIndex((item) => item.id === id);
  /** Does this playbook write this field of the item (not only inherit it)? */
  const ownField = (list: List, index: number, field: string) => index !== -1 && field in (data[list][index] as unknown as Item) && own([list, index, field]);
  /** Where this playbook added the item, or changed one of `fields` of it (or moved it). */
  const changed = (list: List, index: number, fields: string[]): { path: Path; target: 'key' | 'value' } | undefined => {
    if (index === -1) return undefined;
    const item = data[list][index] as unknown as Item;
    const id = String(item.id);
    if (!inherited(list, id)) return { path: [list, index, 'id'], target: 'value' };
    const field = fields.find((f) => ownField(list, index, f));
    if (field) return { path: [list, index, field], target: 'key' };
    return moved(list, id) ? { path: [list, index, 'id'], target: 'value' } : undefined;
  };

  const out: Blame[] = [];
  if (failure.missing) {
    for (const m of failure.missing) {
      const place = changed('questions', indexOf('questions', m.id), ['when', 'required', 'default', 'type']);
      if (place) out.push({ at: at(place.path, place.target), problem: phrase('example.notAnsweredHere', { question: m.id, change: change('questions', m.id) }) });
    }
    return out;
  }
  const si = indexOf('situations', failure.situation);
  switch (failure.field) {
    case 'situation':
    case undefined: {
      if (failure.template) break; // a template that failed to render: see below
      // Another situation now matches first: one this playbook added, or whose `when` it changed.
      const got = failure.situation !== expected ? changed('situations', si, ['when']) : undefined;
      if (got) return [{ at: at(got.path, got.target), problem: phrase('example.matchesFirst', { situation: failure.situation!, change: change('situations', failure.situation!), expected: expected ?? '' }) }];
      const ei = indexOf('situations', expected);
      if (ownField('situations', ei, 'when')) return [{ at: at(['situations', ei, 'when'], 'key'), problem: phrase('example.whenChanged', { problem: failure.problem, situation: expected! }) }];
      if (ei !== -1 && expected && moved('situations', expected)) return [{ at: at(['situations', ei, 'id']), problem: phrase('example.situationMoved', { problem: failure.problem, situation: expected }) }];
      return [];
    }
    case 'steps':
      if (ownField('situations', si, 'steps')) return [{ at: at(['situations', si, 'steps'], 'key'), problem: phrase('example.stepsChanged', { problem: failure.problem, situation: failure.situation! }) }];
      return [];
    case 'reply':
      return replyField();
  }
  // The reply: a template this playbook rewrote, the situation's reply it changed, or a fact
  // (brand, policies) the reply was expected to quote.
  if (failure.template) {
    const template = playbook.templates.get(templateKey(data.locale, failure.template.id));
    if (template && (template.file === playbook.file || template.file.startsWith(playbook.templatesDir + sep))) {
      const variant = usableVariants(template)[(failure.template.variant ?? 1) - 1] ?? template.variants[0];
      return [{ at: { file: template.file, line: variant?.line ?? 1, column: variant?.column ?? 1 }, problem: phrase('example.templateChanged', { problem: failure.problem, template: template.id }) }];
    }
  }
  const reply = replyField();
  if (reply.length > 0) return reply;
  for (const text of failure.absent ?? []) {
    const path = changedFact(playbook, text, own);
    if (path) return [{ at: at(path), problem: phrase('example.valueChanged', { problem: failure.problem, where: describeAt(source, path) }) }];
  }
  return [];

  function replyField(): Blame[] {
    const field = ['template', 'noReply'].find((f) => ownField('situations', si, f));
    return field ? [{ at: at(['situations', si, field], 'key'), problem: phrase('example.replyChanged', { problem: failure.problem, situation: failure.situation! }) }] : [];
  }
}

/**
 * A fact (brand, policies, contacts) that held `text` in a playbook this one extends and that this
 * playbook rewrote: its path in the playbook as used (as deep as the rewritten value goes).
 */
function changedFact(playbook: LoadedPlaybook, text: string, own: (path: Path) => boolean): Path | undefined {
  let found: Path | undefined;
  const visit = (value: unknown, path: Path) => {
    if (found) return;
    if (typeof value === 'string') {
      if (value.includes(text) && own(path)) found = existing(playbook.raw, path);
      return;
    }
    if (!isPlain(value)) return;
    for (const [key, child] of Object.entries(value)) visit(child, [...path, key]);
  };
  for (const layer of playbook.layers.slice(1)) for (const key of ['brand', 'policies', 'contacts']) visit(layer.raw[key], [key]);
  return found;
}

/** The longest start of `path` that exists in `data`. */
function existing(data: unknown, path: Path): Path {
  let node = data;
  for (let i = 0; i < path.length; i++) {
    if (!isPlain(node) || !(String(path[i]) in node)) return path.slice(0, i);
    node = node[String(path[i])];
  }
  return path;
}

function isPlain(value: unknown): value is Item {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// A playbook that `extends` another is merged over it, layer by layer (the built-in one first, the
// playbook being loaded last). Every value in the result remembers where it was written, so a
// diagnostic about it points at that file and position, parent or child.
import type { Diagnostic } from '../diagnostics.js';
import { phrase, said, type PhraseKey } from '../i18n/phrase.js';
import { locate, type Origin, type Path, type YamlSource } from './yaml-source.js';
import { didYouMeanPhrase } from './suggest.js';

export interface Layer {
  source: YamlSource;
  data: Record<string, unknown>;
}

/** Lists whose items are matched by `id`: an item with a known id overrides, a new one is added. */
const BY_ID = ['questions', 'situations', 'examples'] as const;
/** Keys that belong to one file and are never inherited. */
const OWN_KEYS = new Set(['extends', 'templatesDir']);
/** Kept from the playbook itself only: a team's playbook has no version until it gives one. */
const NOT_INHERITED = new Set(['version']);
/** Mappings a playbook gives whole: its accounts are exactly the ones it lists. */
const REPLACED_WHOLE = new Set(['brand.handles']);
/** Merge directives on list items and contacts; they never reach the merged playbook. */
const DIRECTIVES = ['before', 'after', 'remove'] as const;

type Json = Record<string, unknown>;

export interface Merged {
  data: Json;
  /** Where the value at a path of `data` was written. */
  origin(path: Path): Origin;
  diagnostics: Diagnostic[];
}

/** Does this layer use merge directives (so even a playbook that extends nothing must be merged)? */
export function hasDirectives(data: Json): boolean {
  const items = [...BY_ID.flatMap((key) => (Array.isArray(data[key]) ? data[key] as unknown[] : [])),
    ...(isPlain(data.contacts) ? Object.values(data.contacts) : [])];
  return items.some((item) => isPlain(item) && DIRECTIVES.some((d) => d in item));
}

export function mergeLayers(layers: readonly Layer[]): Merged {
  const keyOrigins = new WeakMap<object, Map<string, Origin>>();
  const diagnostics: Diagnostic[] = [];
  const child = layers.at(-1)!;
  const locales = new Set(layers.flatMap((l) => [l.data.locale, ...(Array.isArray(l.data.locales) ? l.data.locales : [])]).filter((x): x is string => typeof x === 'string'));

  const setOrigin = (container: object, key: string | number, origin: Origin) => {
    let map = keyOrigins.get(container);
    if (!map) keyOrigins.set(container, (map = new Map()));
    map.set(String(key), origin);
  };
  const originIn = (container: object, key: string | number, fallback: Origin): Origin =>
    keyOrigins.get(container)?.get(String(key)) ?? { source: fallback.source, path: [...fallback.path, key] };
  const report = (origin: Origin, message: ReturnType<typeof phrase>) => {
    const at = locate(origin.source, origin.path);
    diagnostics.push({ rule: 'extends-item', severity: 'error', ...at, ...said(message) });
  };

  const removedSituations = new Set<unknown>();
  const root: Json = {};
  const rootOrigin: Origin = { source: child.source, path: [] };
  for (const layer of layers) {
    const here = (path: Path): Origin => ({ source: layer.source, path });
    for (const [key, value] of Object.entries(layer.data)) {
      if (OWN_KEYS.has(key) || (NOT_INHERITED.has(key) && layer !== child)) continue;
      const at = here([key]);
      const base = root[key];
      if ((BY_ID as readonly string[]).includes(key) && Array.isArray(value) && (Array.isArray(base) || base === undefined)) {
        root[key] = mergeById(key, (base as unknown[] | undefined) ?? [], base === undefined ? at : originIn(root, key, rootOrigin), value, at);
      } else if (key === 'contacts' && isPlain(value) && (isPlain(base) || base === undefined)) {
        root[key] = mergeEntries(isPlain(base) ? base : {}, base === undefined ? at : originIn(root, key, rootOrigin), value, at);
      } else {
        root[key] = base === undefined ? value : deepMerge(base, originIn(root, key, rootOrigin), value, at);
      }
      setOrigin(root, key, at);
    }
  }

  /** An inherited example of a situation the playbook removed tests nothing that exists any more. */
  function dropExamplesOfRemovedSituations() {
    const examples = root.examples;
    if (removedSituations.size === 0 || !Array.isArray(examples)) return;
    const kept: unknown[] = [];
    examples.forEach((example, i) => {
      const origin = originIn(examples, i, rootOrigin);
      const expected = isPlain(example) && isPlain(example.expect) ? example.expect.situation : undefined;
      if (origin.source !== child.source && removedSituations.has(expected)) return;
      setOrigin(kept, kept.length, origin);
      kept.push(example);
    });
    root.examples = kept;
  }

  /** Items by id: override (fields merged), add (placed by before/after, else at the end) or remove. */
  function mergeById(list: string, base: unknown[], baseAt: Origin, items: unknown[], at: Origin): unknown[] {
    const entries = base.map((item, i) => ({ item, origin: originIn(base, i, baseAt) }));
    const idOf = (item: unknown) => (isPlain(item) ? item.id : undefined);
    // Every id that may be in `entries` (never fewer): a new id, as each of a base layer's thousands of
    // examples is, is known to be absent without a scan (a scan per item made loading the starter
    // quadratic, ~300 ms). Ids found here are still looked up by the scan, which is the truth.
    const present = new Set(entries.map((e) => idOf(e.item)));
    const indexOf = (id: unknown) => (present.has(id) ? entries.findIndex((e) => isPlain(e.item) && e.item.id === id) : -1);
    const kind = phrase(`kind.${list.slice(0, -1)}` as PhraseKey);
    items.forEach((item, i) => {
      const itemAt: Origin = { source: at.source, path: [...at.path, i] };
      if (!isPlain(item) || typeof item.id !== 'string') {
        entries.push({ item, origin: itemAt });
        return;
      }
      const existing = indexOf(item.id);
      present.add(item.id);
      if (item.remove === true) {
        if (existing === -1) report({ ...itemAt, path: [...itemAt.path, 'id'] }, phrase('extends.nothingToRemove', { kind, id: item.id }));
        else entries.splice(existing, 1);
        if (list === 'situations') removedSituations.add(item.id);
        return;
      }
      const fields = withoutDirectives(item);
      let base = existing === -1 ? undefined : entries[existing].item as Json;
      // A situation gets a reply or a reason for none: choosing one drops the inherited other.
      if (base && list === 'situations') base = withoutKeys(base, 'template' in fields ? ['noReply'] : 'noReply' in fields ? ['template'] : []);
      const merged = !base ? fields
        : list === 'examples' ? overrideExample(base, entries[existing].origin, fields, itemAt)
        : overrideFields(base, entries[existing].origin, fields, itemAt);
      const entry = { item: merged, origin: itemAt };
      if (existing !== -1) entries.splice(existing, 1);
      const anchor = typeof item.before === 'string' ? item.before : typeof item.after === 'string' ? item.after : undefined;
      if (anchor === undefined) {
        entries.splice(existing === -1 ? entries.length : existing, 0, entry);
        return;
      }
      const target = indexOf(anchor);
      if (target === -1) {
        report({ ...itemAt, path: [...itemAt.path, typeof item.before === 'string' ? 'before' : 'after'] }, phrase('extends.noAnchor', { kind, id: anchor, hint: didYouMeanPhrase(anchor, entries.map((e) => String((e.item as { id?: unknown }).id))) }));
        entries.splice(existing === -1 ? entries.length : existing, 0, entry);
      } else entries.splice(typeof item.before === 'string' ? target : target + 1, 0, entry);
    });
    const out = entries.map((e) => e.item);
    entries.forEach((e, i) => setOrigin(out, i, e.origin));
    return out;
  }

  /** Contacts by id: override (fields merged), add, or remove with `remove: true`. */
  function mergeEntries(base: Json, baseAt: Origin, entries: Json, at: Origin): Json {
    const out: Json = { ...base };
    for (const key of Object.keys(base)) setOrigin(out, key, originIn(base, key, baseAt));
    for (const [key, value] of Object.entries(entries)) {
      const entryAt: Origin = { source: at.source, path: [...at.path, key] };
      if (isPlain(value) && value.remove === true) {
        if (!(key in out)) report(entryAt, phrase('extends.nothingToRemove', { kind: phrase('kind.contact'), id: key }));
        delete out[key];
        continue;
      }
      out[key] = isPlain(value) && isPlain(out[key]) ? overrideFields(out[key] as Json, originIn(out, key, baseAt), withoutDirectives(value), entryAt) : value;
      setOrigin(out, key, entryAt);
    }
    return out;
  }

  /** An overridden item: the child's fields replace the parent's; the rest is inherited. */
  function overrideFields(base: Json, baseAt: Origin, fields: Json, at: Origin): Json {
    const out: Json = { ...base, ...fields };
    for (const key of Object.keys(out)) setOrigin(out, key, key in fields ? { source: at.source, path: [...at.path, key] } : originIn(base, key, baseAt));
    return out;
  }

  /**
   * An overridden example: its `answers` merge key by key (answer a question you added, keep the
   * rest), and so do its `expect` fields, each replaced whole; but expecting another situation
   * replaces `expect` whole, since the inherited steps and reply checks described the old one.
   */
  function overrideExample(base: Json, baseAt: Origin, fields: Json, at: Origin): Json {
    const out = overrideFields(base, baseAt, fields, at);
    const oneLevel = (key: string) => {
      if (!isPlain(base[key]) || !isPlain(fields[key])) return;
      const mapAt = originIn(base, key, baseAt);
      const merged: Json = { ...base[key] };
      for (const k of Object.keys(base[key])) setOrigin(merged, k, originIn(base[key], k, mapAt));
      for (const [k, v] of Object.entries(fields[key])) {
        merged[k] = v;
        setOrigin(merged, k, { source: at.source, path: [...at.path, key, k] });
      }
      out[key] = merged;
    };
    oneLevel('answers');
    const expect = fields.expect;
    if (isPlain(base.expect) && isPlain(expect) && (!('situation' in expect) || expect.situation === base.expect.situation)) oneLevel('expect');
    return out;
  }

  /** Mappings merge key by key (brand, policies, templates); anything else, and text per locale, is replaced. */
  function deepMerge(base: unknown, baseAt: Origin, value: unknown, at: Origin): unknown {
    if (!isPlain(base) || !isPlain(value) || isLocaleMap(value) || REPLACED_WHOLE.has(at.path.join('.'))) return value;
    const out: Json = { ...base };
    for (const key of Object.keys(base)) setOrigin(out, key, originIn(base, key, baseAt));
    for (const [key, v] of Object.entries(value)) {
      const keyAt: Origin = { source: at.source, path: [...at.path, key] };
      out[key] = key in base ? deepMerge(base[key], originIn(base, key, baseAt), v, keyAt) : v;
      setOrigin(out, key, keyAt);
    }
    return out;
  }

  // Text given per locale replaces the parent's whole translation set: a child that rewrites the
  // English must not keep the parent's old Dutch.
  function isLocaleMap(value: Json): boolean {
    const keys = Object.keys(value);
    return keys.length > 0 && keys.every((k) => locales.has(k));
  }

  dropExamplesOfRemovedSituations();

  return {
    data: root,
    diagnostics,
    origin(path) {
      let node: unknown = root;
      let origin = rootOrigin;
      for (const segment of path) {
        origin = node !== null && typeof node === 'object' ? originIn(node, segment, origin) : { source: origin.source, path: [...origin.path, segment] };
        node = node !== null && typeof node === 'object' ? (node as Json)[segment as string] : undefined;
      }
      return origin;
    },
  };
}

/** The item without its merge directives; a malformed one (`remove: false`, `after: 42`) stays for the schema to report. */
function withoutDirectives(item: Json): Json {
  return withoutKeys(item, DIRECTIVES.filter((d) => (d === 'remove' ? item.remove === true : typeof item[d] === 'string')));
}

function withoutKeys(item: Json, keys: readonly string[]): Json {
  if (!keys.some((key) => key in item)) return item;
  const out: Json = {};
  for (const [key, value] of Object.entries(item)) if (!keys.includes(key)) out[key] = value;
  return out;
}

function isPlain(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// YAML text -> plain data, keeping the parsed document so any path can be pointed at (file:line:col).
import { phrase, said, type Phrase } from '../i18n/phrase.js';
import { createRequire } from 'node:module';
import type { Document, LineCounter, Node } from 'yaml';
import { exactYaml } from './exact-yaml.js';
import type { Diagnostic } from '../diagnostics.js';
import { MAX_DEPTH } from './limits.js';
import { lazy } from '../lazy.js';

export type Path = readonly (string | number)[];

/** Where a value was written: a file's source and the path inside it. */
export interface Origin {
  source: YamlSource;
  path: Path;
}

export interface YamlSource {
  file: string;
  data: unknown;
  /** For a merged playbook (`extends`): where the value at a path was written. */
  origin?(path: Path): Origin;
  /** The document with source positions; parsed on first use, so only files with findings pay for it. */
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Two parsers, one answer. `yaml` keeps every node's position but is several times slower than
 * js-yaml, which dominated lint time on large repositories. A file goes through js-yaml first; any
 * file that could be read differently by the two (tabs, anchors, octal-looking numbers) or that
 * js-yaml rejects takes the `yaml` path, which produces the diagnostics.
 */
export function parseYamlSource(file: string, text: string): { source?: YamlSource; diagnostics: Diagnostic[] } {
  const tooDeepAt = findTooDeepBracket(text);
  if (tooDeepAt === -1) {
    const data = fastParse(text);
    if (data !== undefined) return { source: lazySource(file, text, () => data), diagnostics: [] };
  }
  return parseWithPositions(file, text, tooDeepAt);
}

// Anything here might parse differently (or not at all) in js-yaml: leave it to the exact parser.
const NEEDS_EXACT_PARSER = /\t|[&*][^\s,[\]{}]|(?:^|[\s[{,])[-+]?0[0-9_]+(?=\s|$|[,\]}])/m;

const COMMENT = /(?:^|[ \t])#.*$/gm;
/** A double-quoted string on one line: what is inside ("call 07700 900461", "f*** you") is text to both parsers. */
const QUOTED = /"(?:[^"\\\n]|\\.)*"/g;

type JsYaml = typeof import('js-yaml');
let jsyamlModule: JsYaml | undefined;

/**
 * js-yaml, loaded on first parse: a command that finds its playbook in the parse cache never runs it.
 * In the bundle `require` exists and esbuild bundles it in; run from source (tests), from node_modules.
 */
function jsyaml(): JsYaml {
  jsyamlModule ??= (typeof require === 'function' ? require('js-yaml') : createRequire(import.meta.url)('js-yaml')) as JsYaml;
  return jsyamlModule;
}

function fastParse(text: string): Record<string, unknown> | undefined {
  if (NEEDS_EXACT_PARSER.test(text.replace(QUOTED, '""').replace(COMMENT, ''))) return undefined;
  let data: unknown;
  try {
    const { load, CORE_SCHEMA } = jsyaml();
    data = load(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !plainTreeIsSafe(data)) return undefined;
  return data as Record<string, unknown>;
}

/** No forbidden keys and no excessive depth (the exact parser reports them with positions). */
function plainTreeIsSafe(root: object): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 1 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) return false;
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return false;
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return true;
}

/** A source whose data is already known (e.g. from the parse cache); positions are parsed on demand. */
/** `text` may be a function: the file is then read only if a position is asked for. */
export function sourceWithData(file: string, text: string | (() => string), data: unknown): YamlSource {
  return lazySource(file, text, () => data);
}

/** A source whose data is read when first asked for (a playbook followed through `extends` for its head). */
export function sourceWithLazyData(file: string, text: () => string, data: () => unknown): YamlSource {
  return lazySource(file, text, lazy(data));
}

function lazySource(file: string, text: string | (() => string), data: () => unknown): YamlSource {
  let parsed: { doc: Document.Parsed; lineCounter: LineCounter } | undefined;
  const exact = () => {
    if (!parsed) {
      const { LineCounter, parseAllDocuments } = exactYaml();
      const lineCounter = new LineCounter();
      parsed = { doc: parseAllDocuments(typeof text === 'string' ? text : text(), { lineCounter, uniqueKeys: false, prettyErrors: false })[0] as Document.Parsed, lineCounter };
    }
    return parsed;
  };
  return { file, get data() { return data(); }, get doc() { return exact().doc; }, get lineCounter() { return exact().lineCounter; } };
}

function parseWithPositions(file: string, text: string, tooDeep: number): { source?: YamlSource; diagnostics: Diagnostic[] } {
  const { LineCounter, parseAllDocuments } = exactYaml();
  const diagnostics: Diagnostic[] = [];
  const lineCounter = new LineCounter();
  const report = (rule: string, offset: number, message: Phrase | string) => {
    const { line, col } = lineCounter.linePos(offset);
    diagnostics.push({ rule, severity: 'error', file, line, column: col, ...(typeof message === 'string' ? { message } : said(message)) });
  };

  if (tooDeep !== -1) {
    const lineStart = text.lastIndexOf('\n', tooDeep) + 1;
    const line = text.slice(0, lineStart).split('\n').length;
    return { diagnostics: [{ rule: 'yaml-too-deep', severity: 'error', file, line, column: tooDeep - lineStart + 1, ...said(phrase('yaml.tooDeep', { limit: MAX_DEPTH })) }] };
  }

  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  if (!Array.isArray(docs) || docs.length === 0 || docs[0].contents === null) {
    if (Array.isArray(docs) && docs[0]?.errors.length) return { diagnostics: yamlErrors(docs[0]) };
    diagnostics.push({ rule: 'file-empty', severity: 'error', file, line: 1, column: 1, ...said(phrase('file.empty')) });
    return { diagnostics };
  }
  const doc = docs[0];
  diagnostics.push(...yamlErrors(doc));
  for (const extra of docs.slice(1)) {
    report('yaml-multiple-documents', extra.range[0], phrase('yaml.multipleDocuments'));
  }
  if (diagnostics.length > 0) return { diagnostics };

  checkNodes(doc.contents as Node, report);
  if (diagnostics.length > 0) return { diagnostics };
  return { source: { file, doc, lineCounter, data: doc.toJS({ maxAliasCount: 0 }) }, diagnostics };

  function yamlErrors(d: Document.Parsed): Diagnostic[] {
    const before = diagnostics.length;
    let syntaxReported = false;
    for (const error of d.errors) {
      const rule = error.code === 'TAB_AS_INDENT' ? 'yaml-tab-indent' : 'yaml-syntax';
      // After the first syntax error the parser's further complaints are mostly its consequences.
      if (rule === 'yaml-syntax' && syntaxReported) continue;
      if (rule === 'yaml-syntax') syntaxReported = true;
      const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      report(rule, error.pos[0], rule === 'yaml-tab-indent' ? phrase('yaml.tabs') : lowerFirst(message));
    }
    return diagnostics.splice(before);
  }
}

/** Aliases, depth, duplicate and dangerous keys: checked on the tree before it is turned into data. */
function checkNodes(root: Node, report: (rule: string, offset: number, message: Phrase) => void): void {
  const { isAlias, isMap, isScalar, isSeq } = exactYaml();
  const stack: { node: Node; depth: number }[] = [{ node: root, depth: 1 }];
  const aliases: Node[] = [];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (isAlias(node)) {
      aliases.push(node);
      continue;
    }
    if (depth > MAX_DEPTH) {
      report('yaml-too-deep', node.range?.[0] ?? 0, phrase('yaml.tooDeep', { limit: MAX_DEPTH }));
      return;
    }
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const offset = key?.range?.[0] ?? 0;
        if (key && !isScalar(key)) {
          report('yaml-syntax', offset, phrase('yaml.complexKey'));
          continue;
        }
        const name = String(key?.value ?? '');
        if (FORBIDDEN_KEYS.has(name)) report('forbidden-key', offset, phrase('yaml.forbiddenKey', { key: name }));
        if (seen.has(name)) report('yaml-duplicate-key', offset, phrase('yaml.duplicateKey', { key: name }));
        else seen.set(name, offset);
        if (pair.value) stack.push({ node: pair.value as Node, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) if (item) stack.push({ node: item as Node, depth: depth + 1 });
    }
  }
  if (aliases.length > 0) {
    // One line for all of them: an alias bomb has thousands, and they are never expanded.
    const first = aliases.reduce((a, b) => ((a.range?.[0] ?? 0) <= (b.range?.[0] ?? 0) ? a : b));
    const name = String((first as { source?: string }).source);
    report('yaml-alias', first.range?.[0] ?? 0, aliases.length > 1 ? phrase('yaml.aliases', { name, count: aliases.length }) : phrase('yaml.alias', { name }));
  }
}

/**
 * Offset where flow brackets ([ {) nest deeper than MAX_DEPTH, or -1. Checked on the raw text
 * because a parser recursing 20,000 levels deep can run out of stack before we see the tree.
 */
function findTooDeepBracket(text: string): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote || c === '\n' && quote === '#') quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) quote = '#';
    else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return -1;
}

/**
 * The path as written in the file where the value at `path` was written: in a playbook that extends
 * another, the merged `questions[13]` is the team's own `questions[0]`. Messages name places with it,
 * so a path and a position always refer to the same file.
 */
export function writtenPath(source: YamlSource, path: Path): Path {
  return source.origin ? source.origin(path).path : path;
}

/** The position of the node at `path`, or of its nearest existing ancestor. `key` points at the key itself. */
export function locate(source: YamlSource, path: Path, target: 'key' | 'value' = 'value'): { file: string; line: number; column: number } {
  if (source.origin) {
    const origin = source.origin(path);
    return locate(origin.source, origin.path, target);
  }
  const { isMap, isScalar, isSeq } = exactYaml();
  let node = source.doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length && node; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      const keyNode = pair.key as Node;
      offset = keyNode.range?.[0] ?? offset;
      if (last && target === 'key') break;
      node = pair.value as Node | null;
      if (node?.range) offset = node.range[0];
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      node = item;
      if (node.range) offset = node.range[0];
    } else break;
  }
  const { line, col } = source.lineCounter.linePos(offset);
  return { file: source.file, line, column: col };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

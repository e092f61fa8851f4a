// Reads a playbook (a folder with playbook.yaml, or one YAML file) and the templates it refers to.
// Everything that can go wrong in a user's files comes back as diagnostics; nothing throws for them.
import { phrase, said, type Phrase } from '../i18n/phrase.js';
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { templateRefs } from './situation-templates.js';
import { splitVariants, type TemplateSource } from '../render/variants.js';
import { MAX_FILE_BYTES } from './limits.js';
import { decodeText, tooLarge } from './text.js';
import { readBounded } from '../read-file.js';
import { sha1 } from '../digest.js';
import { localesOf, localize } from './localize.js';
import { examplesOnDemand, withoutExamples } from './examples-apart.js';
import { shippedData } from './shipped-parse.js';
import type { Playbook } from './types.js';
import { describeValue, validatePlaybook } from './validate.js';
import { hasDirectives, mergeLayers } from './merge.js';
import { BUILTIN_NAMES, isBuiltinFile } from './builtin.js';
import { didYouMeanPhrase } from './suggest.js';
import { cachedData, fileState, headOf, knownDigest, rememberDigest, storeData, type LayerHead, type ParseCache } from './parse-cache.js';
import { locate, parseYamlSource, sourceWithData, sourceWithLazyData, type Path, type YamlSource } from './yaml-source.js';
import { Memo } from '../memo.js';

export interface LoadedPlaybook {
  file: string;
  templatesDir: string;
  source: YamlSource;
  /** The playbook in one locale (the default one unless made with `inLocale`). */
  data: Playbook;
  /** As written: translatable fields may be { locale: text } mappings. */
  raw: Record<string, unknown>;
  /** Every locale it is written in, the default first. */
  locales: string[];
  /**
   * Templates the situations refer to, by `${locale}/${id}`: absent when there is no such template,
   * null when it exists but could not be used (already reported).
   */
  templates: Map<string, TemplateSource | null>;
  /** Loaded lazily: the problems reading a template (by the same key), when it is null. */
  templateProblems: Map<string, Diagnostic[]>;
  /**
   * The files it is made of: itself first, then each playbook it extends (each as written, with
   * positions, and a digest of the text that stands for it in cache keys).
   */
  layers: { file: string; templatesDir: string; raw: Record<string, unknown>; source: YamlSource; digest: string }[];
}

export interface LoadResult {
  playbook?: LoadedPlaybook;
  diagnostics: Diagnostic[];
}

export const PLAYBOOK_FILE_NAMES = ['playbook.yaml', 'playbook.yml'];

export const templateKey = (locale: string, id: string) => `${locale}/${id}`;

/** Resolves a folder to its playbook.yaml; a file stays as it is. */
export function playbookFile(target: string): string {
  const absolute = resolve(target);
  try {
    if (statSync(absolute).isDirectory()) {
      for (const name of PLAYBOOK_FILE_NAMES) {
        const candidate = join(absolute, name);
        try { statSync(candidate); return candidate; } catch { /* try the next name */ }
      }
      return join(absolute, PLAYBOOK_FILE_NAMES[0]);
    }
  } catch { /* reported when read */ }
  return absolute;
}

/** Reads and checks a text file; a problem becomes a diagnostic pointing into that file. */
export function readTextFile(file: string): { text?: string; diagnostics: Diagnostic[] } {
  const problem = (rule: string, message: Phrase, line = 1, column = 1): { diagnostics: Diagnostic[] } =>
    ({ diagnostics: [{ rule, severity: 'error', file, line, column, ...said(message) }] });
  const read = readBounded(file, MAX_FILE_BYTES);
  if ('problem' in read) {
    if (read.problem === 'tooLarge') return problem('file-too-large', tooLarge(read.size));
    if (read.problem === 'folder') return problem('file-unreadable', phrase('file.folder'));
    if (read.problem === 'notRegular') return problem('file-unreadable', phrase('file.notRegular'));
    if (read.problem === 'notFound') return problem('file-unreadable', phrase('file.notFound'));
    return problem('file-unreadable', phrase('file.unreadable', { code: read.code }));
  }
  const bytes = read.bytes;
  const decoded = decodeText(bytes);
  if (!decoded.ok) return problem(decoded.problem.rule, decoded.problem.message, decoded.problem.line, decoded.problem.column);
  return { text: decoded.text, diagnostics: [] };
}

/**
 * `lazyTemplates`: templates are read when first asked for (`templates.get`), not all at once; a
 * command that uses one situation's reply (triage) reads one file instead of every locale's every
 * template. A problem reading one is kept in `templateProblems`. Lint reads them all.
 */
export function loadPlaybook(target: string, options: { cache?: ParseCache; lazyTemplates?: boolean; vet?: (playbook: LoadedPlaybook) => Diagnostic[] } = {}): LoadResult {
  const file = playbookFile(target);
  const chain = readChain(file, options.cache);
  if (!chain.layers) return { diagnostics: chain.diagnostics };
  const [own] = chain.layers;
  const diagnostics: Diagnostic[] = [];
  let source = own.source;
  // A playbook made of these very files merged and validated cleanly before: use that, skip both steps.
  // (For one file alone its parsed data is already cached; the entry then only says it validated.)
  const checkedKey = options.cache && ['validated', ...chain.layers.map((layer) => `${layer.source.file}\0${layer.digest}`)].join('\0');
  const entry = checkedKey ? cachedData(options.cache!, checkedKey) : undefined;
  const layered = chain.layers.length > 1 || hasDirectives(own.data);
  const checkedData = layered && looksValidated(entry) ? entry : undefined;
  const checked = layered ? checkedData !== undefined : entry === true;
  if (layered) {
    // Positions are worked out only when something asks for one (a template problem).
    let merged: ReturnType<typeof mergeLayers> | undefined;
    const merge = () => (merged ??= mergeLayers([...chain.layers!].reverse()));
    if (!checked) diagnostics.push(...merge().diagnostics);
    source = { file, data: checkedData ?? merge().data, origin: (path) => merge().origin(path), get doc() { return own.source.doc; }, get lineCounter() { return own.source.lineCounter; } };
  }
  if (!checked) {
    diagnostics.push(...validatePlaybook(source));
    if (diagnostics.length > 0) return { diagnostics };
  }
  const raw = source.data as Record<string, unknown>;
  const data = defaultView(raw, options.cache, checkedKey);
  const layers = chain.layers.map((layer) => ({ file: layer.source.file, templatesDir: layer.templatesDir, get raw() { return layer.data; }, source: layer.source, get digest() { return layer.digest; } }));
  const playbook: LoadedPlaybook = { file, templatesDir: own.templatesDir, source, data, raw, locales: localesOf(data), templates: new Map(), templateProblems: new Map(), layers };
  if (!checked) {
    // `vet`: what else a command refuses to run with (see lint/run-time-checks.ts). Only a load that
    // vetted the playbook stores it as checked, so a cached playbook is known to pass.
    const refused = options.vet?.(playbook) ?? [];
    if (refused.length > 0) return { diagnostics: refused };
    if (checkedKey && options.vet) storeData(options.cache!, checkedKey, layered ? source.data : true);
  }
  if (options.lazyTemplates) playbook.templates = lazyTemplates(playbook);
  else diagnostics.push(...loadTemplates(playbook));
  return { playbook, diagnostics };
}

/**
 * The playbook in its default locale. For files that validated before, from the cache: localizing (a copy
 * of the whole playbook) took ~1.5 ms of every triage, reading the copy made then ~0.5 ms. Its examples
 * are localized when first read, as `localize` does for a playbook whose examples wait in the cache.
 */
function defaultView(raw: Record<string, unknown>, cache: ParseCache | undefined, checkedKey: string | undefined): Playbook {
  const locale = raw.locale as string;
  if (!cache || !checkedKey) return localize(raw, locale);
  const key = `${checkedKey}\0localized`;
  const cached = cachedData(cache, key);
  if (looksValidated(cached) && cached.locale === locale) {
    if ('examples' in raw) examplesOnDemand(cached, () => localize({ locale, examples: raw.examples }, locale).examples);
    return cached as unknown as Playbook;
  }
  const data = localize(raw, locale);
  storeData(cache, key, withoutExamples(data as unknown as Record<string, unknown>));
  return data;
}

/** A cache entry with the shape of a validated playbook (anything else is ignored, and checked afresh). */
function looksValidated(entry: unknown): entry is Record<string, unknown> {
  const data = entry as Record<string, unknown> | null;
  return data !== null && typeof data === 'object' && data.format === 1 && Array.isArray(data.questions) && Array.isArray(data.situations) && typeof data.brand === 'object';
}

const MAX_CHAIN = 10;

interface ChainLayer {
  source: YamlSource;
  data: Record<string, unknown>;
  templatesDir: string;
  /** A digest of the text: the file's key in the parse cache, and its part of the merged playbook's key. */
  digest: string;
}

/** The playbook and, following `extends`, each one it builds on: itself first. */
function readChain(file: string, cache: ParseCache | undefined): { layers?: ChainLayer[]; diagnostics: Diagnostic[] } {
  const layers: ChainLayer[] = [];
  const seen: string[] = [];
  let current = file;
  let extendsAt: YamlSource | undefined; // the file whose `extends` led here
  const atExtends = (message: Phrase) => ({ diagnostics: [{ rule: 'extends', severity: 'error' as const, ...locate(extendsAt!, ['extends']), ...said(message) }] });
  const parentName = () => String((extendsAt!.data as Record<string, unknown>).extends);
  for (;;) {
    if (seen.includes(current)) {
      return atExtends(phrase('extends.cycle', { chain: [...seen, current].map((f) => relative(dirname(file), f) || basename(f)).join(' → ') }));
    }
    if (seen.length >= MAX_CHAIN) return atExtends(phrase('extends.tooDeep', { limit: MAX_CHAIN }));
    seen.push(current);
    const parsed = readLayer(current, cache, extendsAt !== undefined);
    if ('unread' in parsed) {
      if (!extendsAt) return parsed.unread;
      const [problem] = parsed.unread.diagnostics;
      return atExtends(phrase('extends.notFound', { name: parentName(), problem: problem.phrase ?? problem.message, hint: /[/\\.]/.test(parentName()) ? '' : didYouMeanPhrase(parentName(), Object.keys(BUILTIN_NAMES)) }));
    }
    if (!parsed.source) return parsed;
    const { source } = parsed;
    // A parent known by its head (a mapping when it was parsed) is followed without reading its data.
    const data = parsed.head ?? source.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      // The schema says what is wrong with the playbook itself; a parent must at least be a mapping.
      if (!extendsAt) return { diagnostics: validatePlaybook(source) };
      return atExtends(phrase('extends.notFound', { name: parentName(), problem: phrase('schema.notPlaybook'), hint: '' }));
    }
    const record = data as Record<string, unknown>;
    layers.push({ source, get data() { return source.data as Record<string, unknown>; }, get digest() { return parsed.digest; }, templatesDir: resolve(dirname(current), typeof record.templatesDir === 'string' ? record.templatesDir : 'templates') });
    if (record.extends === undefined) return { layers, diagnostics: [] };
    if (typeof record.extends !== 'string' || record.extends === '') {
      extendsAt = parsed.source;
      return atExtends(phrase('schema.type', { where: 'extends', type: phrase('type.string'), value: describeValue(record.extends) }));
    }
    extendsAt = parsed.source;
    current = Object.hasOwn(BUILTIN_NAMES, record.extends) ? BUILTIN_NAMES[record.extends] : playbookFile(resolve(dirname(current), record.extends));
  }
}

/**
 * A file's data and digest. A file in a state hashed before (same inode, size and times) is not read at
 * all when its data is cached: its text is read only if a position is asked for. Otherwise it is read,
 * hashed, and its data taken from the cache of files that parsed cleanly before, or parsed (and stored).
 */
function readLayer(file: string, cache: ParseCache | undefined, parent: boolean): { unread: { diagnostics: Diagnostic[] } } | { source?: YamlSource; digest: string; head?: LayerHead; diagnostics: Diagnostic[] } {
  const state = cache && fileState(file);
  const known = state && knownDigest(cache!, state.key);
  const text = () => readTextFile(file).text ?? '';
  if (known?.head && parent) {
    // A playbook extended: followed by its head, its data read when something asks for it (an inline
    // template, lint). Should its entry have gone from the cache since (trimmed), the file is parsed
    // then, and stored again, so the runs after it do not parse it too.
    const data = () => cachedData(cache!, known.digest) ?? parseCached(file, text(), known.digest, cache!).source?.data ?? {};
    return { source: sourceWithLazyData(file, text, data), digest: known.digest, head: known.head, diagnostics: [] };
  }
  const cached = known ? cachedData(cache!, known.digest) : undefined;
  if (cached !== undefined) return { source: sourceWithData(file, text, cached), digest: known!.digest, diagnostics: [] };
  const read = readTextFile(file);
  if (read.text === undefined) return { unread: read };
  if (!cache) {
    // Without a cache (lint) nothing may ask for the digest: hashed only if something does.
    let digest: string | undefined;
    return { ...parsedInThisRun(file, read.text), get digest() { return (digest ??= sha1(read.text!)); } };
  }
  const digest = sha1(read.text);
  const parsed = parseCached(file, read.text, digest, cache);
  // Only a file that parsed, had settled, and did not change while it was read, is known by that state.
  if (parsed.source && state?.settled && fileState(file)?.key === state.key) rememberDigest(cache, state.key, digest, headOf(parsed.source.data));
  return { ...parsed, digest };
}

/** A file's data and positions: a built-in playbook's data as parsed at build time, else parsed now. */
function parseFile(file: string, text: string): ReturnType<typeof parseYamlSource> {
  const shipped = shippedData(file, text);
  return shipped !== undefined ? { source: sourceWithData(file, text, shipped), diagnostics: [] } : parseYamlSource(file, text);
}

/**
 * Files parsed in this run, by path, while their text is the same: lint of a team's many playbooks that
 * all extend one (the starter: 1.4 MB, ~100 ms to parse) parses it once. Nothing changes parsed data
 * (merging and localizing copy), so one parse can serve every playbook built on it.
 */
const parsedFiles = new Map<string, { text: string; parsed: ReturnType<typeof parseYamlSource> }>();
const PARSED_FILES_KEPT = 8;

function parsedInThisRun(file: string, text: string): ReturnType<typeof parseYamlSource> {
  const known = parsedFiles.get(file);
  if (known?.text === text) return { source: known.parsed.source, diagnostics: [...known.parsed.diagnostics] };
  const parsed = parseFile(file, text);
  parsedFiles.delete(file);
  if (parsedFiles.size >= PARSED_FILES_KEPT) parsedFiles.delete(parsedFiles.keys().next().value!);
  parsedFiles.set(file, { text, parsed });
  return parsed;
}

/** A file's data: from the cache of files that parsed cleanly before, else parsed (and stored). */
function parseCached(file: string, text: string, digest: string, cache: ParseCache): { source?: YamlSource; diagnostics: Diagnostic[] } {
  const cached = cachedData(cache, digest);
  if (cached !== undefined) return { source: sourceWithData(file, text, cached), diagnostics: [] };
  const parsed = parseFile(file, text);
  if (parsed.source) storeData(cache, digest, parsed.source.data);
  return parsed;
}

const views = new Memo<LoadedPlaybook, Map<string, LoadedPlaybook>>();

/** The same playbook, localized to another of its locales (made once per locale: several rules ask). */
export function inLocale(playbook: LoadedPlaybook, locale: string): LoadedPlaybook {
  if (locale === playbook.data.locale) return playbook;
  let byLocale = views.get(playbook);
  if (!byLocale) views.set(playbook, (byLocale = new Map()));
  let view = byLocale.get(locale);
  if (!view) byLocale.set(locale, (view = { ...playbook, data: localize(playbook.raw, locale) }));
  return view;
}

function loadTemplates(playbook: LoadedPlaybook): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const refused = new Set<string>(); // templates folders outside the playbook's own, said once
  for (const locale of playbook.locales) diagnostics.push(...loadTemplatesFor(playbook, locale, refused));
  return diagnostics;
}

/** A template map that reads `${locale}/${id}` on first `get` or `has` (the situations' templates only). */
function lazyTemplates(playbook: LoadedPlaybook): Map<string, TemplateSource | null> {
  const refused = new Set<string>();
  const tried = new Set<string>();
  class Lazy extends Map<string, TemplateSource | null> {
    private load(key: string): void {
      if (tried.has(key)) return;
      tried.add(key);
      const slash = key.indexOf('/');
      const locale = key.slice(0, slash);
      if (!playbook.locales.includes(locale)) return;
      const problems = loadTemplatesFor(playbook, locale, refused, key.slice(slash + 1));
      if (problems.length > 0) playbook.templateProblems.set(key, problems);
    }
    override get(key: string) { this.load(key); return super.get(key); }
    override has(key: string) { this.load(key); return super.has(key); }
  }
  return new Lazy();
}

function loadTemplatesFor(playbook: LoadedPlaybook, locale: string, refused: Set<string>, only?: string): Diagnostic[] {
  const { data, source } = playbook;
  const diagnostics: Diagnostic[] = [];
  const realFolders = new Map<string, string>();
  const realFolder = (folder: string) => {
    let real = realFolders.get(folder);
    if (real === undefined) {
      real = realpathSync.native(folder); // one system call; the JavaScript one stats every folder on the way
      realFolders.set(folder, real);
    }
    return real;
  };
  // Every template a situation uses: its reply, and its holding reply outside hours.
  const refs = data.situations.flatMap((situation, index) => templateRefs(situation, index, data));
  const find = (id: string, path: Path) => {
    // Inline templates merge key by key, so a layer has this one inline only if the playbook has: else
    // no layer's data is read for it (an extended playbook's is read only when something asks).
    const inline = inlineTemplate(playbook.raw, id, locale);
    // The playbook's own template wins, then the one it extends, and so on: inline or file.
    for (const layer of playbook.layers) {
      if (inline && inlineTemplate(layer.raw, id, locale)) {
        playbook.templates.set(templateKey(locale, id), inlineSource(source, id, locale, data.templates![id][locale]));
        return;
      }
      if (outsideOwnFolder(layer, realFolder)) {
        // Said once, at the team's templatesDir (or its id when a link does it); nothing is read from there.
        if (!refused.has(layer.templatesDir)) {
          refused.add(layer.templatesDir);
          const at = locate(source, layer === playbook.layers[0] ? ['templatesDir' in layer.raw ? 'templatesDir' : 'id'] : path);
          diagnostics.push({ rule: 'template-path-escape', severity: 'error', ...at, ...said(phrase('template.dirOutside', { dir: layer.templatesDir })) });
        }
        playbook.templates.set(templateKey(locale, id), null);
        return;
      }
      const found = templateFile(layer.templatesDir, id, locale, realFolder);
      if (found === 'missing') continue;
      if ('escape' in found) {
        const at = locate(source, path);
        diagnostics.push({ rule: 'template-path-escape', severity: 'error', ...at, ...said(phrase(found.escape, { id })) });
        playbook.templates.set(templateKey(locale, id), null);
        return;
      }
      const read = readTextFile(found.file);
      diagnostics.push(...read.diagnostics);
      playbook.templates.set(templateKey(locale, id), read.text === undefined ? null : { id, locale, file: found.file, variants: splitVariants(read.text) });
      return;
    }
    // None anywhere: the ref-template rule reports it.
  };
  for (const { id, path } of refs) {
    if (only !== undefined && id !== only) continue;
    // (Map's own has: a lazy map's `has` would load the template it is loading.)
    if (!Map.prototype.has.call(playbook.templates, templateKey(locale, id))) find(id, path);
  }
  return diagnostics;
}

function inlineTemplate(raw: Record<string, unknown>, id: string, locale: string): boolean {
  const templates = raw.templates as Record<string, Record<string, unknown> | undefined> | undefined;
  return Array.isArray(templates?.[id]?.[locale]);
}

/** An inline template's variants; positions (in whichever file wrote them) are worked out on first use. */
function inlineSource(source: YamlSource, id: string, locale: string, texts: string[]): TemplateSource {
  const origin = (path: Path) => (source.origin ? source.origin(path) : { source, path });
  const variants = texts.map((text, i) => {
    const at = origin(['templates', id, locale, i]);
    let position: { line: number; column: number } | undefined;
    const where = () => {
      if (!position) {
        const { line, column } = locate(at.source, at.path);
        // A quoted scalar's text starts one column after its quote.
        const quoted = /^QUOTE_/.test(String((at.source.doc.getIn(at.path, true) as { type?: string } | undefined)?.type));
        position = { line, column: quoted ? column + 1 : column };
      }
      return position;
    };
    return { text: text.trim(), get line() { return where().line; }, get column() { return where().column; } };
  });
  return { id, locale, file: origin(['templates', id, locale]).source.file, variants };
}

/**
 * A team's templates live in its own folder: a templatesDir that leads out of it (an absolute path,
 * "../elsewhere", a link) is refused, so a playbook cannot read files it does not own. The built-in
 * playbooks' own templates folder is the package's.
 */
function outsideOwnFolder(layer: { file: string; templatesDir: string }, realFolder: (folder: string) => string): boolean {
  if (isBuiltinFile(layer.file)) return false;
  try {
    const home = realFolder(dirname(layer.file));
    const dir = realFolder(layer.templatesDir);
    return dir !== home && !dir.startsWith(home + sep);
  } catch {
    return false; // no such folder: the template is missing, and ref-template says so
  }
}

/** templates/<locale>/<id>.hbs in one folder: the file, missing, or a path that leads out of the folder. */
function templateFile(dir: string, id: string, locale: string, realFolder: (folder: string) => string): { file: string } | { escape: 'template.outside' | 'template.linkOutside' } | 'missing' {
  const file = resolve(dir, locale, `${id}.hbs`);
  const inside = relative(dir, file);
  if (inside.startsWith('..') || isAbsolute(inside)) return { escape: 'template.outside' };
  let link: boolean;
  try { link = lstatSync(file).isSymbolicLink(); } catch { return 'missing'; }
  // The file, or a folder on its way, may be a link that leads out of the templates folder.
  let real: string;
  let realDir: string;
  try {
    realDir = realFolder(dir);
    real = link ? realpathSync.native(file) : join(realFolder(dirname(file)), basename(file));
  } catch {
    return { file }; // a dangling link: reading it reports the problem
  }
  if (!real.startsWith(realDir + sep) && real !== file) return { escape: 'template.linkOutside' };
  return { file };
}

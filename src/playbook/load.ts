// Reads a playbook (a folder with playbook.yaml, or one YAML file) and the templates it refers to.
// Everything that can go wrong in a user's files comes back as diagnostics; nothing throws for them.
import { phrase, said, type Phrase } from '../i18n/phrase.js';
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { splitVariants, type TemplateSource } from '../render/variants.js';
import { MAX_FILE_BYTES } from './limits.js';
import { decodeText, tooLarge } from './text.js';
import { localesOf, localize } from './localize.js';
import type { Playbook } from './types.js';
import { validatePlaybook } from './validate.js';
import { cachedData, storeData, type ParseCache } from './parse-cache.js';
import { locate, parseYamlSource, sourceWithData, type YamlSource } from './yaml-source.js';

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
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return problem('file-unreadable', phrase('file.folder'));
    if (stat.size > MAX_FILE_BYTES) return problem('file-too-large', tooLarge(stat.size));
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return problem('file-unreadable', code === 'ENOENT' ? phrase('file.notFound') : phrase('file.unreadable', { code: code ?? 'unknown error' }));
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return problem(decoded.problem.rule, decoded.problem.message, decoded.problem.line, decoded.problem.column);
  return { text: decoded.text, diagnostics: [] };
}

export function loadPlaybook(target: string, options: { cache?: ParseCache } = {}): LoadResult {
  const file = playbookFile(target);
  const read = readTextFile(file);
  if (read.text === undefined) return { diagnostics: read.diagnostics };
  const cached = options.cache ? cachedData(options.cache, read.text) : undefined;
  let source: YamlSource;
  const diagnostics: Diagnostic[] = [];
  if (cached !== undefined) {
    source = sourceWithData(file, read.text, cached);
  } else {
    const parsed = parseYamlSource(file, read.text);
    if (!parsed.source) return { diagnostics: parsed.diagnostics };
    source = parsed.source;
    diagnostics.push(...validatePlaybook(source));
    if (diagnostics.length > 0) return { diagnostics };
    if (options.cache) storeData(options.cache, read.text, source.data);
  }
  const raw = source.data as Record<string, unknown>;
  const data = localize(raw, raw.locale as string);
  const templatesDir = resolve(dirname(file), data.templatesDir ?? 'templates');
  const playbook: LoadedPlaybook = { file, templatesDir, source, data, raw, locales: localesOf(data), templates: new Map() };
  diagnostics.push(...loadTemplates(playbook));
  return { playbook, diagnostics };
}

const views = new WeakMap<LoadedPlaybook, Map<string, LoadedPlaybook>>();

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
  for (const locale of playbook.locales) diagnostics.push(...loadTemplatesFor(playbook, locale));
  return diagnostics;
}

function loadTemplatesFor(playbook: LoadedPlaybook, locale: string): Diagnostic[] {
  const { data, source } = playbook;
  const diagnostics: Diagnostic[] = [];
  let realTemplatesDir: string | undefined;
  const realFolders = new Map<string, string>();
  const realFolder = (folder: string) => {
    let real = realFolders.get(folder);
    if (real === undefined) {
      real = realpathSync(folder);
      realFolders.set(folder, real);
    }
    return real;
  };
  data.situations.forEach((situation, index) => {
    const id = situation.template;
    if (id === undefined || playbook.templates.has(templateKey(locale, id))) return;
    const inline = data.templates?.[id]?.[locale];
    if (inline) {
      const variants = inline.map((text, i) => {
        const path = ['templates', id, locale, i];
        // Positions only matter for findings; computing them needs the exact parse, so do it lazily.
        let position: { line: number; column: number } | undefined;
        const where = () => {
          if (!position) {
            const { line, column } = locate(source, path);
            // A quoted scalar's text starts one column after its quote.
            const quoted = /^QUOTE_/.test(String((source.doc.getIn(path, true) as { type?: string } | undefined)?.type));
            position = { line, column: quoted ? column + 1 : column };
          }
          return position;
        };
        return { text: text.trim(), get line() { return where().line; }, get column() { return where().column; } };
      });
      playbook.templates.set(templateKey(locale, id), { id, locale, file: playbook.file, variants });
      return;
    }
    const escape = (message: Phrase) => {
      const at = locate(source, ['situations', index, 'template']);
      diagnostics.push({ rule: 'template-path-escape', severity: 'error', file: playbook.file, ...at, ...said(message) });
      playbook.templates.set(templateKey(locale, id), null);
    };
    const file = resolve(playbook.templatesDir, locale, `${id}.hbs`);
    const inside = relative(playbook.templatesDir, file);
    if (inside.startsWith('..') || isAbsolute(inside)) {
      escape(phrase('template.outside', { id }));
      return;
    }
    let link: boolean;
    try { link = lstatSync(file).isSymbolicLink(); } catch { return; } // missing: reported by the ref-template rule
    // The file, or a folder on its way, may be a link that leads out of the templates folder.
    let real: string;
    try {
      realTemplatesDir ??= realpathSync(playbook.templatesDir);
      real = link ? realpathSync(file) : join(realFolder(dirname(file)), basename(file));
    } catch {
      real = file; // a dangling link: reading it reports the problem
    }
    if (!real.startsWith(realTemplatesDir + sep) && real !== file) {
      escape(phrase('template.linkOutside', { id }));
      return;
    }
    const read = readTextFile(file);
    diagnostics.push(...read.diagnostics);
    playbook.templates.set(templateKey(locale, id), read.text === undefined ? null : { id, locale, file, variants: splitVariants(read.text) });
  });
  return diagnostics;
}

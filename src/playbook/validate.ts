// Schema validation with one precise diagnostic per problem (Spectral's lesson: no walls of anyOf
// errors). Uses the standalone validator generated at build time (scripts/build-validator.mjs).
import type { Diagnostic } from '../diagnostics.js';
import { counted, phrase, said, type Phrase, type PhraseKey } from '../i18n/phrase.js';
import { closest, didYouMeanPhrase } from './suggest.js';
import { locate, writtenPath, type Path, type YamlSource } from './yaml-source.js';
import { createRequire } from 'node:module';

interface AjvError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, any>;
  schema?: unknown;
  parentSchema?: { properties?: Record<string, unknown>; enum?: unknown[] };
  data?: unknown;
}
type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/**
 * The generated validator (~230 KB), loaded on first use: a playbook that validated before comes from
 * the cache and never needs it. Bundled, `require` is esbuild's, which evaluates the module only now;
 * unbundled (tsc output, tests), the file beside this one is required.
 */
let validator: Validator | undefined;
function loadValidator(): Validator {
  if (!validator) {
    validator = (typeof require === 'function' ? require('./generated/validate-playbook.cjs') : createRequire(import.meta.url)('./generated/validate-playbook.cjs')) as Validator;
  }
  return validator;
}

const PATTERN_HINTS: Record<string, PhraseKey> = {
  '^[a-z0-9][a-z0-9_-]*$': 'pattern.id',
  '^[1-9][0-9]{0,3}(m|h|d|w)$': 'pattern.duration',
  '^[a-z]{2,3}(-[A-Z]{2})?$': 'pattern.locale',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': 'pattern.date',
  '^[A-Za-z][A-Za-z0-9_-]*$': 'pattern.name',
  '^[a-z0-9][a-z0-9_/-]*$': 'pattern.path',
};

// Lower number wins when one path has several errors.
const PRIORITY: Record<string, number> = { type: 0, const: 1, required: 2, additionalProperties: 3, enum: 4, pattern: 5 };

export function validatePlaybook(source: YamlSource): Diagnostic[] {
  const validate = loadValidator();
  if (validate(source.data)) return [];
  const data = source.data as Record<string, unknown>;
  if (data && typeof data === 'object' && !Array.isArray(data) && !('format' in data) && !('situations' in data)) {
    // A YAML file that is something else entirely: one line, not a list of every missing key.
    return [{ rule: 'schema-missing-key', severity: 'error', file: source.file, line: 1, column: 1, ...said(phrase('schema.notPlaybook')) }];
  }
  const errors = dropTypoConsequences(collapse(validate.errors ?? []));
  return errors.map((error) => toDiagnostic(source, error));
}

/** "tempalte" is both an unknown key and a missing "template": report only the typo. */
function dropTypoConsequences(errors: AjvError[]): AjvError[] {
  const typos = errors.filter((e) => e.keyword === 'additionalProperties');
  return errors.filter((e) => {
    const missing = e.keyword === 'required' ? [String(e.params.missingProperty)]
      : e.keyword === 'oneOf' && !Array.isArray(e.params.passingSchemas) && e.instancePath.startsWith('/situations/') ? ['template', 'noReply']
      : [];
    return !typos.some((t) => t.instancePath === e.instancePath
      && missing.some((name) => closest(String(t.params.additionalProperty), [name]) !== undefined));
  });
}

/** Folds anyOf/oneOf branch errors into their parent and keeps one error per reported location. */
function collapse(errors: AjvError[]): AjvError[] {
  const summaries = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const kept = errors.filter((e) => {
    if (e.keyword === 'if') return false;
    return !summaries.some((s) => s !== e && e.schemaPath.startsWith(s.schemaPath + '/') && e.instancePath.startsWith(s.instancePath));
  });
  const byPlace = new Map<string, AjvError>();
  for (const error of kept) {
    const place = `${error.instancePath}|${placeSuffix(error)}`;
    const existing = byPlace.get(place);
    if (!existing || (PRIORITY[error.keyword] ?? 9) < (PRIORITY[existing.keyword] ?? 9)) byPlace.set(place, error);
  }
  return [...byPlace.values()];
}

function placeSuffix(error: AjvError): string {
  if (error.keyword === 'additionalProperties') return `+${error.params.additionalProperty}`;
  if (error.keyword === 'required') return `-${error.params.missingProperty}`;
  if (error.keyword === 'propertyNames' || error.params.propertyName !== undefined) return `#${error.params.propertyName}`;
  return '';
}

function toDiagnostic(source: YamlSource, error: AjvError): Diagnostic {
  const path = parsePointer(error.instancePath);
  const where = describeAt(source, path);
  let rule = 'schema-value';
  let message: Phrase;
  let at = locate(source, path);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      rule = 'schema-unknown-key';
      const known = Object.keys(error.parentSchema?.properties ?? {});
      message = phrase('schema.unknownKey', { key, where, hint: didYouMeanPhrase(key, known) });
      at = locate(source, [...path, key], 'key');
      break;
    }
    case 'required':
      rule = 'schema-missing-key';
      message = phrase('schema.missingKey', { where, key: String(error.params.missingProperty) });
      break;
    case 'type':
      rule = 'schema-type';
      message = phrase('schema.type', { where, type: typeName(error.params.type), value: describeValue(error.data) });
      break;
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const hint = typeof error.data === 'string' ? didYouMeanPhrase(error.data, allowed) : '';
      const isAction = path.at(-1) === 'action' || path.at(-3) === 'expect';
      const value = String(error.data);
      message = hint ? phrase('schema.unknownValue', { where, value, hint })
        : isAction ? phrase('schema.unknownAction', { where, value })
        : phrase('schema.oneOf', { where, list: allowed.join(', ') });
      break;
    }
    case 'const':
      message = phrase('schema.const', { where, value: JSON.stringify(error.params.allowedValue) });
      break;
    case 'pattern': {
      const key = error.params.propertyName;
      const pattern = String(error.params.pattern);
      const hint = PATTERN_HINTS[pattern] ? phrase(PATTERN_HINTS[pattern]) : phrase('pattern.other', { pattern });
      if (key !== undefined) {
        message = phrase('schema.keyPattern', { key: String(key), where, hint });
        at = locate(source, [...path, key], 'key');
      } else message = phrase('schema.pattern', { where, hint, value: String(error.data) });
      break;
    }
    case 'propertyNames':
      message = phrase('schema.badName', { key: String(error.params.propertyName), where });
      at = locate(source, [...path, error.params.propertyName], 'key');
      break;
    case 'minLength':
    case 'minProperties':
      message = phrase('schema.empty', { where });
      break;
    case 'minItems':
      message = counted('schema.minItems', Number(error.params.limit), { where, limit: Number(error.params.limit) });
      break;
    case 'oneOf':
      if (path[0] === 'situations') {
        message = phrase(Array.isArray(error.params.passingSchemas) ? 'schema.bothReplies' : 'schema.needsReply', { where });
        rule = 'schema-missing-key';
      } else message = phrase('schema.noForm', { where });
      break;
    case 'anyOf': {
      const branches = Array.isArray(error.schema) ? (error.schema as { type?: string }[]) : [];
      const localizedAs = branches.find((b) => b.type === 'string' || b.type === 'array')?.type;
      if (path.includes('when')) message = phrase('schema.when', { where });
      else if (localizedAs) {
        rule = 'schema-type';
        message = phrase(localizedAs === 'string' ? 'schema.localizedText' : 'schema.localizedList', { where, value: describeValue(error.data) });
      } else message = phrase('schema.notAllowed', { where });
      break;
    }
    case 'not':
      message = phrase('schema.choicesOnlySelect', { where });
      at = locate(source, [...path, 'choices'], 'key');
      break;
    case 'minimum':
      message = phrase('schema.minimum', { where, limit: Number(error.params.limit) });
      break;
    case 'uniqueItems':
      message = phrase('schema.unique', { where });
      break;
    default:
      message = phrase('schema.notAllowed', { where });
  }
  return { rule, severity: 'error', ...at, ...said(message) };
}

function parsePointer(pointer: string): Path {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((part) => {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(key) ? Number(key) : key;
  });
}

/** A readable name for a place in the playbook: situations[2].steps[0].action */
export function describe(path: Path): string | Phrase {
  if (path.length === 0) return phrase('where.playbook');
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

/** The name of a place as its author wrote it: `questions[0]` of the team's file, not of the merged playbook. */
export function describeAt(source: YamlSource, path: Path): string | Phrase {
  return describe(writtenPath(source, path));
}

function typeName(type: string | string[]): Phrase | string {
  const names = (Array.isArray(type) ? type : String(type).split(',')).map((t): Phrase | string => (TYPE_NAMES.has(t) ? phrase(`type.${t}` as PhraseKey) : t));
  return names.reduce((first, second) => phrase('type.either', { first, second }));
}

const TYPE_NAMES = new Set(['object', 'array', 'string', 'number', 'integer', 'boolean', 'null']);

export function describeValue(value: unknown): Phrase | string {
  if (value === null || value === undefined) return phrase('type.null');
  if (Array.isArray(value)) return phrase('type.array');
  if (typeof value === 'object') return phrase('type.object');
  if (typeof value === 'string') return phrase('value.text', { text: value.length > 30 ? value.slice(0, 27) + '...' : value });
  if (typeof value === 'number') return phrase('value.number', { value });
  if (typeof value === 'boolean') return phrase('value.boolean', { value: String(value) });
  return `${typeof value} ${String(value)}`;
}

// Schema validation with one precise diagnostic per problem (Spectral's lesson: no walls of anyOf
// errors). Uses the standalone validator generated at build time (scripts/build-validator.mjs).
import type { Diagnostic } from '../diagnostics.js';
import { didYouMean } from './suggest.js';
import { locate, type Path, type YamlSource } from './yaml-source.js';
import generatedValidator from './generated/validate-playbook.cjs';

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

const validator = generatedValidator as unknown as Validator;

const PATTERN_HINTS: Record<string, string> = {
  '^[a-z0-9][a-z0-9_-]*$': 'lowercase letters, digits, "-" and "_" (e.g. "angry-customer")',
  '^[1-9][0-9]*(m|h|d|w)$': 'a duration such as 15m, 2h, 1d or 2w',
  '^[a-z]{2,3}(-[A-Z]{2})?$': 'a locale such as "en" or "nl-BE"',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': 'a date as YYYY-MM-DD',
  '^[A-Za-z][A-Za-z0-9_-]*$': 'a name of letters, digits, "-" and "_"',
  '^[a-z0-9][a-z0-9_/-]*$': 'lowercase letters, digits, "-", "_" and "/"',
};

// Lower number wins when one path has several errors.
const PRIORITY: Record<string, number> = { type: 0, const: 1, required: 2, additionalProperties: 3, enum: 4, pattern: 5 };

export function validatePlaybook(source: YamlSource): Diagnostic[] {
  const validate = validator;
  if (validate(source.data)) return [];
  const data = source.data as Record<string, unknown>;
  if (data && typeof data === 'object' && !Array.isArray(data) && !('format' in data) && !('situations' in data)) {
    // A YAML file that is something else entirely: one line, not a list of every missing key.
    const message = 'not a replyguide playbook: it has no "format: 1" and no situations';
    return [{ rule: 'schema-missing-key', severity: 'error', file: source.file, line: 1, column: 1, message }];
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
      && missing.some((name) => didYouMean(String(t.params.additionalProperty), [name]) !== ''));
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
  const where = describe(path);
  let rule = 'schema-value';
  let message: string;
  let at: { line: number; column: number } = locate(source, path);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      rule = 'schema-unknown-key';
      const known = Object.keys(error.parentSchema?.properties ?? {});
      message = `unknown key "${key}" in ${where}${didYouMean(key, known)}`;
      at = locate(source, [...path, key], 'key');
      break;
    }
    case 'required':
      rule = 'schema-missing-key';
      message = `${where} is missing required key "${error.params.missingProperty}"`;
      break;
    case 'type':
      rule = 'schema-type';
      message = `${where} must be ${typeName(error.params.type)}, not ${describeValue(error.data)}`;
      break;
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const hint = typeof error.data === 'string' ? didYouMean(error.data, allowed) : '';
      const isAction = path.at(-1) === 'action' || path.at(-3) === 'expect';
      message = hint ? `${where}: unknown value "${String(error.data)}"${hint}`
        : isAction ? `${where}: unknown action "${String(error.data)}"; run \`replyguide actions\` for the list`
        : `${where} must be one of: ${allowed.join(', ')}`;
      break;
    }
    case 'const':
      message = `${where} must be ${JSON.stringify(error.params.allowedValue)}`;
      break;
    case 'pattern': {
      const key = error.params.propertyName;
      const hint = PATTERN_HINTS[String(error.params.pattern)] ?? `text matching ${error.params.pattern}`;
      if (key !== undefined) {
        message = `key "${key}" in ${where} must be ${hint}`;
        at = locate(source, [...path, key], 'key');
      } else message = `${where} must be ${hint}, not "${String(error.data)}"`;
      break;
    }
    case 'propertyNames':
      message = `key "${error.params.propertyName}" in ${where} is not a valid name`;
      at = locate(source, [...path, error.params.propertyName], 'key');
      break;
    case 'minLength':
      message = `${where} must not be empty`;
      break;
    case 'minItems':
      message = `${where} must have at least ${error.params.limit} item${error.params.limit === 1 ? '' : 's'}`;
      break;
    case 'minProperties':
      message = `${where} must not be empty`;
      break;
    case 'oneOf':
      if (path[0] === 'situations') {
        message = Array.isArray(error.params.passingSchemas)
          ? `${where} has both "template" and "noReply"; keep one`
          : `${where} needs a reply: either "template" (a template id) or "noReply" (the reason for not replying)`;
        rule = 'schema-missing-key';
      } else message = `${where} does not match any allowed form`;
      break;
    case 'anyOf': {
      const branches = Array.isArray(error.schema) ? (error.schema as { type?: string }[]) : [];
      const localizedAs = branches.find((b) => b.type === 'string' || b.type === 'array')?.type;
      if (path.includes('when')) message = `${where} must be a value, a list of values, { not: value } or { exists: true|false }`;
      else if (localizedAs) {
        rule = 'schema-type';
        message = localizedAs === 'string'
          ? `${where} must be text, or a mapping of locale to text (en: …, nl: …), not ${describeValue(error.data)}`
          : `${where} must be a list, or a mapping of locale to list (en: […], nl: […]), not ${describeValue(error.data)}`;
      } else message = `${where} is not an allowed value`;
      break;
    }
    case 'not':
      message = `${where}: "choices" are only for select questions`;
      at = locate(source, [...path, 'choices'], 'key');
      break;
    default:
      message = `${where}: ${String((error as { message?: string }).message ?? error.keyword)}`;
  }
  return { rule, severity: 'error', file: source.file, line: at.line, column: at.column, message };
}

function parsePointer(pointer: string): Path {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((part) => {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(key) ? Number(key) : key;
  });
}

/** A readable name for a place in the playbook: situations[2].steps[0].action */
export function describe(path: Path): string {
  if (path.length === 0) return 'the playbook';
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

function typeName(type: string | string[]): string {
  const names: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true or false', null: 'empty' };
  return (Array.isArray(type) ? type : String(type).split(',')).map((t) => names[t] ?? t).join(' or ');
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text "${value.length > 30 ? value.slice(0, 27) + '...' : value}"`;
  return `${typeof value} ${String(value)}`;
}

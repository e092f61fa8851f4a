// Every diagnostic id lint can produce, with a one-line description (SARIF rules, `--help`, README).
import { TONE_RULES } from '../tone/rules/index.js';
import { RULES } from './rules/index.js';
import { toneRuleId } from './rules/tone.js';

export const LOADER_RULES: Record<string, string> = {
  'file-unreadable': 'The file or folder can be read (exists, is a file, permissions).',
  'file-empty': 'The file has content.',
  'file-too-large': 'The file is at most 2 MiB.',
  'file-binary': 'The file is text, not binary.',
  'file-encoding': 'The file is valid UTF-8 (a BOM and CRLF line ends are fine).',
  'line-too-long': 'No line is longer than 10,000 characters.',
  'yaml-syntax': 'The file is valid YAML.',
  'yaml-tab-indent': 'Indentation uses spaces, not tabs.',
  'yaml-duplicate-key': 'No key appears twice in one mapping.',
  'yaml-multiple-documents': 'The file holds one YAML document.',
  'yaml-alias': 'No YAML aliases (*name): they can expand into huge documents.',
  'yaml-too-deep': 'Nesting is at most 64 levels deep.',
  'forbidden-key': 'No __proto__, constructor or prototype keys.',
  'schema-type': 'Every value has the type the format expects.',
  'schema-unknown-key': 'No unknown keys (typos are named with the closest valid key).',
  'schema-missing-key': 'Every required key is present.',
  'schema-value': 'Values match the format (ids, durations, dates, enums).',
  'extends': 'The playbook named by `extends` exists, can be loaded, and the chain has no cycle.',
  'extends-item': 'Every `remove` and `before`/`after` in a playbook that extends another names an inherited item.',
  'template-path-escape': 'Template files stay inside the templates folder (no ../, no links out).',
  'internal-error': 'A bug in replyguide itself.',
};

export function ruleCatalog(): { id: string; description: string }[] {
  return [
    ...Object.entries(LOADER_RULES).map(([id, description]) => ({ id, description })),
    ...RULES.filter((rule) => rule.id !== 'tone').map((rule) => ({ id: rule.id, description: rule.description })),
    ...TONE_RULES.map((rule) => ({ id: toneRuleId(rule.id), description: `Tone (${rule.aspect}): ${rule.description}` })),
  ];
}

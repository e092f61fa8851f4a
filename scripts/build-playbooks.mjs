// Build step: the built-in playbooks parsed once, so a lint of a team's playbook (which extends the
// starter, 1.4 MB of YAML) reads their data as JSON instead of parsing them (src/playbook/shipped-parse.ts).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_NAMES } from '../dist/playbook/builtin.js';
import { sha1 } from '../dist/digest.js';
import { SHIPPED_PARSES } from '../dist/playbook/shipped-parse.js';
import { parseYamlSource } from '../dist/playbook/yaml-source.js';

rmSync(SHIPPED_PARSES, { recursive: true, force: true });
mkdirSync(SHIPPED_PARSES, { recursive: true });
for (const [name, file] of Object.entries(BUILTIN_NAMES)) {
  const text = readFileSync(file, 'utf8');
  const { source, diagnostics } = parseYamlSource(file, text);
  if (!source || diagnostics.length > 0) throw new Error(`built-in playbook ${name} does not parse`);
  writeFileSync(join(SHIPPED_PARSES, `${name}.json`), JSON.stringify({ digest: sha1(text), data: source.data }));
}

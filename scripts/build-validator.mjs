// Build step: compile the playbook JSON Schema once into a standalone validator (CommonJS), so the
// CLI never loads ajv's compiler at run time, and write the schema file editors point at.
// Both come from src/playbook/schema.ts. Lint validates merged playbooks, which never contain
// `extends`, so the validator is compiled from the whole form alone (half the code of both forms);
// the shipped file has both forms (a playbook with `extends` only writes what it changes).
import { mkdirSync, writeFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { playbookSchema, wholePlaybookSchema } from '../dist/playbook/schema.js';

const options = { allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true };
const ajv = new Ajv2020({ ...options, code: { source: true } });
const validate = ajv.compile(wholePlaybookSchema);
const code = standaloneCode(ajv, validate);
// The shipped schema must compile in strict mode too (it is not turned into code).
new Ajv2020(options).compile(playbookSchema);

mkdirSync(new URL('../dist/playbook/generated/', import.meta.url), { recursive: true });
writeFileSync(new URL('../dist/playbook/generated/validate-playbook.cjs', import.meta.url), code);
mkdirSync(new URL('../src/playbook/generated/', import.meta.url), { recursive: true });
writeFileSync(new URL('../src/playbook/generated/validate-playbook.cjs', import.meta.url), code);
writeFileSync(new URL('../schema/playbook.schema.json', import.meta.url), JSON.stringify(playbookSchema, null, 2) + '\n');

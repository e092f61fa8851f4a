// Build step: compile the playbook JSON Schema once into a standalone validator (CommonJS), so the
// CLI never loads ajv's compiler at run time, and write the schema file editors point at.
import { mkdirSync, writeFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { playbookSchema } from '../dist/playbook/schema.js';

const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true, code: { source: true } });
const validate = ajv.compile(playbookSchema);
const code = standaloneCode(ajv, validate);

mkdirSync(new URL('../dist/playbook/generated/', import.meta.url), { recursive: true });
writeFileSync(new URL('../dist/playbook/generated/validate-playbook.cjs', import.meta.url), code);
mkdirSync(new URL('../src/playbook/generated/', import.meta.url), { recursive: true });
writeFileSync(new URL('../src/playbook/generated/validate-playbook.cjs', import.meta.url), code);
writeFileSync(new URL('../schema/playbook.schema.json', import.meta.url), JSON.stringify(playbookSchema, null, 2) + '\n');

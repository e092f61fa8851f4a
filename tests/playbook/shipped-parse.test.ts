// The built-in playbooks as parsed at build time: the same data as parsing them, and only for the text
// they were made from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_NAMES } from '../../src/playbook/builtin.js';
import { shippedData } from '../../src/playbook/shipped-parse.js';
import { parseYamlSource } from '../../src/playbook/yaml-source.js';

describe('shipped parses of the built-in playbooks', () => {
  it.each(Object.entries(BUILTIN_NAMES))('%s: the data parsing gives', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const shipped = shippedData(file, text);
    expect(shipped).toBeDefined();
    expect(shipped).toStrictEqual(parseYamlSource(file, text).source!.data);
  });

  it('is not used for a text it was not made from, nor for any other file', () => {
    const text = readFileSync(BUILTIN_NAMES.starter, 'utf8');
    expect(shippedData(BUILTIN_NAMES.starter, text.replace('id: starter', 'id: edited'))).toBeUndefined();
    expect(shippedData('/elsewhere/playbook.yaml', text)).toBeUndefined();
  });
});

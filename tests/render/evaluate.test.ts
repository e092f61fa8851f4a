// The template evaluator against Handlebars itself: same output for the same template and data,
// and the same refusal of missing values (strict mode).
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { compileTemplate } from '../../src/render/environment.js';
import { HELPERS } from '../../src/render/helpers.js';

const reference = Handlebars.create();
for (const [name, fn] of Object.entries(HELPERS)) reference.registerHelper(name, (...args: unknown[]) => (fn as (...a: unknown[]) => unknown)(...args.slice(0, -1)));
const handlebars = (text: string, data: unknown) => reference.compile(text, { strict: true, noEscape: true })(data);

const data = {
  answers: { name: 'Sam', empty: '', none: null, fault: true, no: false, zero: 0, list: ['a', 'b'], items: [] as string[], kind: 'complaint' },
  brand: { name: 'Acme', support: { email: 'care@acme.example' } },
  agent: 'Alex',
  comment: 'Hi <b>there</b> & {{agent}}',
};

const CASES = [
  'Hello {{answers.name}}, from {{brand.name}}.',
  '{{greeting answers.name}} / {{greeting answers.empty}} / {{greeting answers.none}}',
  '{{fallback answers.none "friend"}} {{fallback answers.name "friend"}} {{fallback answers.empty "x"}}',
  '{{#if answers.fault}}sorry{{else}}thanks{{/if}} {{#if answers.no}}a{{else}}b{{/if}} {{#if answers.zero}}z{{/if}}',
  '{{#unless answers.no}}shown{{/unless}}{{#unless answers.fault}}hidden{{else}}else{{/unless}}',
  '{{#if (eq answers.kind "complaint")}}C{{/if}}{{#if (eq answers.kind "praise")}}P{{/if}}',
  '{{#each answers.list}}{{@index}}={{this}}{{#if @last}}.{{else}}, {{/if}}{{/each}}',
  '{{#each answers.items}}x{{else}}none{{/each}}',
  '{{#with brand.support}}{{email}} for {{../brand.name}}{{/with}}',
  '{{#answers.name}}named{{/answers.name}}{{^answers.none}}no-none{{/answers.none}}',
  '{{!-- a comment --}}Line one\n{{#if answers.fault}}\nstandalone lines vanish\n{{/if}}\nLine two  {{~ agent ~}}  !',
  '{{comment}}',
  '{{@root.agent}}',
];

describe('template evaluator matches Handlebars', () => {
  it.each(CASES)('%s', (template) => {
    expect(compileTemplate(template)(data)).toBe(handlebars(template, data));
  });

  it.each(['{{brand.phone}}', '{{answers.name.first}}', '{{#if brand.missing}}x{{/if}}', '{{constructor}}', '{{brand.__proto__}}'])('refuses what is not there: %s', (template) => {
    expect(() => compileTemplate(template)(data)).toThrow(/is not defined/);
  });

  it('never reaches the prototype chain', () => {
    expect(() => compileTemplate('{{answers.toString}}')(data)).toThrow('"toString" is not defined');
    // Helpers too are looked up among our own only: Object.prototype's members are no helpers.
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) expect(() => compileTemplate(`{{${name} "agent"}}`)(data)).toThrow(`unknown helper "${name}"`);
  });
});

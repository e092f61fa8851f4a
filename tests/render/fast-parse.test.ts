// The fast path for parsing templates against Handlebars' own parser: for every template it takes, the
// very same tree (node types, values, positions, whitespace control); everything else left to Handlebars.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fastParse } from '../../src/render/fast-parse.js';
import { parseTemplate } from '../../src/render/environment.js';
import { splitVariants } from '../../src/render/variants.js';
import { ROOT } from '../helpers/cli.js';

const handlebars = createRequire(import.meta.url)('handlebars/dist/cjs/handlebars/compiler/base.js') as { parse(text: string): unknown };

/** Handlebars' tree, or its error message. */
function reference(text: string): { tree: unknown } | { error: string } {
  try {
    return { tree: handlebars.parse(text) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Checks one template: the fast path gives Handlebars' tree or nothing. True when it gave a tree. */
function agrees(text: string): boolean {
  const fast = fastParse(text);
  const expected = reference(text);
  if (fast === undefined) return false;
  expect({ text, ...expected }).toStrictEqual({ text, tree: fast });
  return true;
}

function files(dir: string, ending: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    return statSync(path).isDirectory() ? files(path, ending) : path.endsWith(ending) ? [path] : [];
  });
}

/** Every template text in the repository: template files (whole and per variant) and playbooks' inline ones. */
function repositoryTemplates(): string[] {
  const texts: string[] = [];
  for (const file of [...files(join(ROOT, 'templates'), '.hbs'), ...files(join(ROOT, 'tests'), '.hbs')]) {
    const text = readFileSync(file, 'utf8');
    texts.push(text, ...splitVariants(text).map((v) => v.text));
  }
  for (const file of [...files(join(ROOT, 'playbooks'), '.yaml'), ...files(join(ROOT, 'tests', 'fixtures'), '.yaml')]) {
    let data: unknown;
    try { data = parseYaml(readFileSync(file, 'utf8')); } catch { continue; }
    const templates = (data as { templates?: Record<string, Record<string, unknown>> } | null)?.templates;
    if (!templates || typeof templates !== 'object') continue;
    for (const byLocale of Object.values(templates)) {
      for (const variants of Object.values(byLocale ?? {})) if (Array.isArray(variants)) texts.push(...variants.filter((v): v is string => typeof v === 'string'));
    }
  }
  return texts;
}

/** A small seeded generator (mulberry32), so a failure names a template that can be reproduced. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generator(seed: number) {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const TEXT = ['Hi', ' ', '  ', 'thanks', ', ', '.', '!', '\n', '\n', '\r\n', '\r', '\t', 'é', '’', '😀', '\u2028', 'a\u2029b', '{', '}', ' { } ', '\\', '"', "'", '–', 'we\'re on it', '\n  ', '  \n'];
  const PATHS = ['name', 'answers.name', 'brand.support.email', 'this', 'this.name', '../name', '@root.brand', '@index', 'a/b', '.', '..', 'agent', 'a-b', 'x1', 'policies.houseRules.link', 'trueish', 'elsewhere', 'naïve', 'a:b', 'a$b', 'why?', '名前', 'x\u00a0', 'a!b', 'a=b', 'a|b'];
  const PARAMS = ['"text"', "'it''s'", '"say \\"hi\\""', "'a \\'b\\''", '3', '-1', '2.5', 'true', 'false', 'null', 'undefined', 'answers.name', '@root.x', '""'];
  const SPACE = ['', ' ', '  ', '\n', ' \t ', '\u3000', '\r\n ', '\u2028'];
  const UNSUPPORTED = ['{{! a comment }}', '{{!-- long --}}', '{{> partial}}', '{{{raw}}}', '{{a (b c)}}', '{{a k=v}}', '\\{{x}}', '{{&x}}', '{{[a b]}}', '{{#each xs as |x|}}{{x}}{{/each}}', '{{^x}}no{{/x}}', '{{#if a}}x{{else if b}}y{{/if}}', '{{*dec}}'];
  const MALFORMED = ['{{#if x}}unclosed', '{{/if}}', '{{', '}}', '{{a}', '{{a b', '{{#if a}}x{{/unless}}', '{{else}}', '{{#if a}}x{{else}}y{{else}}z{{/if}}', '{{ #if a}}x{{/if}}', '{{a..b}}', '{{this/a/../b}}', '{{a~}', '{{~}}', '{{"str"}}', '{{3}}'];
  const mustache = () => `{{${pick(['', '', '~'])}${pick(SPACE)}${pick(PATHS)}${Array.from({ length: Math.floor(next() * 3) }, () => ` ${pick(PARAMS)}`).join('')}${pick(SPACE)}${pick(['', '', '~'])}}}`;
  const text = () => Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(TEXT)).join('');
  const program = (depth: number): string => Array.from({ length: Math.floor(next() * 5) }, () => piece(depth)).join('');
  const block = (depth: number) => {
    const name = pick(['if', 'unless', 'each', 'with', 'greeting']);
    const line = next() < 0.5 ? '\n' : '';
    const indent = pick(['', '', '  ', '\t']);
    const open = `${indent}{{${pick(['', '~'])}#${name}${pick([' x', ' answers.name', ' @root.a', '', ' a "b"'])}${pick(['', ' ', '~'])}}}${line}`;
    const inverse = next() < 0.4 ? `${indent}${pick(['{{else}}', '{{ else }}', '{{~else~}}', '{{^}}', '{{~^}}'])}${line}${program(depth + 1)}` : '';
    return `${open}${program(depth + 1)}${inverse}${indent}{{${pick(['', '~'])}/${next() < 0.97 ? name : 'other'}${pick(['', ' ', '~'])}}}${line}`;
  };
  const piece = (depth: number): string => {
    const r = next();
    if (r < 0.4) return text();
    if (r < 0.7) return mustache();
    if (r < 0.85 && depth < 4) return block(depth);
    if (r < 0.93) return pick(UNSUPPORTED);
    return pick(MALFORMED);
  };
  return () => program(0);
}

describe('fastParse', () => {
  it('gives Handlebars\' tree for every template in the repository, and takes nearly all of them', () => {
    const texts = repositoryTemplates();
    expect(texts.length).toBeGreaterThan(150);
    const taken = texts.filter(agrees).length;
    console.log(`fast path: ${taken} of ${texts.length} repository templates`);
    expect(taken / texts.length).toBeGreaterThan(0.95);
  });

  it('gives Handlebars\' tree or leaves the template to Handlebars, over 5,000 generated ones', () => {
    const generate = generator(17);
    let taken = 0;
    for (let i = 0; i < 5000; i++) if (agrees(generate())) taken++;
    console.log(`fast path: ${taken} of 5000 generated templates`);
    expect(taken).toBeGreaterThan(1000); // the generator mixes in unsupported and broken syntax on purpose
  });

  it('positions: line breaks as Handlebars counts them (\\r\\n, \\r, \\n), columns from 0', () => {
    const text = 'Hi\r\n{{#if a}}\r  x {{b}}\r{{/if}}\n– {{agent}}';
    expect(agrees(text)).toBe(true);
    const tree = fastParse(text) as unknown as { body: { loc: { start: { line: number; column: number } } }[] };
    expect(tree.body.map((s) => s.loc.start)).toEqual([{ line: 1, column: 0 }, { line: 2, column: 0 }, { line: 4, column: 7 }, { line: 5, column: 2 }]);
  });

  it('leaves to Handlebars what it does not read, so a broken template gets Handlebars\' own message', () => {
    for (const text of ['{{#if x}}unclosed', '{{#if a}}x{{/unless}}', '{{> partial}}', '{{a (b c)}}', '\\{{x}}', '{{else}}']) {
      expect(fastParse(text)).toBeUndefined();
    }
    expect(() => parseTemplate('Hi {{#if a}}x{{/unless}}')).toThrow("if doesn't match unless");
    expect(() => parseTemplate('Hi {{#if a}}unclosed')).toThrow(/Parse error on line 1/);
  });
});

// The words a signal pattern cannot match without: read from the pattern, so a comment without any of
// them skips compiling it. Reading less than is required is safe; claiming a word that a match can
// lack would hide a threat, so every pattern is checked against thousands of real comments.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlaybook } from '../../src/playbook/load.js';
import { BUILTIN_PLAYBOOK } from '../../src/playbook/builtin.js';
import { normalize } from '../../src/suggest/normalize.js';
import { GATED_PATTERNS, SIGNAL_PATTERNS } from '../../src/suggest/patterns.js';
import { SIGNAL_GATES } from '../../src/suggest/generated/signal-gates.js';
import { mayMatch, requiredText } from '../../src/suggest/required-text.js';
import { ROOT } from '../helpers/cli.js';

describe('requiredText', () => {
  it.each([
    ['abc', ['abc']],
    ['\\bwatch\\s+(?:your|ur)\\s+back\\b', ['watch']],
    ['(?:kill|stab)\\s+you', ['kill', 'stab']],
    ['(?:foo|bar)baz', ['foo', 'bar']],
    ['ab?cd', ['cd']],
    ['(?=xyz)d', ['d']],
    ['(?<!no )deal', ['deal']],
    ['[abc]+xy', ['xy']],
    ['\\.com\\b', ['.com']],
    ["i'll|we'll", ["i'll", "we'll"]],
    ['(?<name>abc)d', ['abc']],
    ['x(?:yz){2,3}', ['yz']],
  ])('%s needs one of %j', (source, required) => {
    expect(requiredText(source)).toEqual(required);
  });

  it.each([
    ['a|'], ['x*'], ['(?:abc)?'], ['a{2}'], ['.{0,40}'], ['\\d+'], ['(unclosed'], ['a)b'], ['[unclosed'], ['*a'],
  ])('%s promises nothing', (source) => {
    expect(requiredText(source)).toBeUndefined();
  });

  it('lets a text through when nothing is promised or a word is in it', () => {
    expect(mayMatch(undefined, 'anything')).toBe(true);
    expect(mayMatch(['kill', 'stab'], 'i will stab')).toBe(true);
    expect(mayMatch(['kill', 'stab'], 'still waiting')).toBe(false);
  });
});

describe('the signal patterns', () => {
  it('have their words written for this very version of each (else: node scripts/build-signal-gates.mjs)', () => {
    expect(SIGNAL_GATES).toEqual(SIGNAL_PATTERNS.map((regex) => ({ length: regex.source.length, required: requiredText(regex.source) ?? null })));
  });

  it('are gated, each by words (nearly all of them)', () => {
    const promised = GATED_PATTERNS.filter((p) => p.required !== undefined);
    expect(promised.length).toBeGreaterThanOrEqual(GATED_PATTERNS.length - 2);
  });

  it('never match a comment that lacks all of their words (the starter\'s examples and the held-out set)', () => {
    const { playbook } = loadPlaybook(BUILTIN_PLAYBOOK);
    const comments = (playbook!.data.examples ?? []).map((e) => e.comment);
    const heldOut = readFileSync(join(ROOT, 'bench/eval/heldout.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { comment: string }).comment);
    const texts = [...comments, ...heldOut].map(normalize);
    expect(texts.length).toBeGreaterThan(5000);
    let matched = 0;
    for (const { regex, required } of GATED_PATTERNS) {
      for (const text of texts) {
        if (!regex.test(text)) continue;
        matched++;
        expect(mayMatch(required, text), `${regex} matches "${text}"`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(200); // the check saw real matches, not none
  });
});

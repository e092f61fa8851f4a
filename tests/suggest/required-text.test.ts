// The words a signal pattern cannot match without: read from the pattern, so a comment without any of
// them skips compiling it. Reading less than is required is safe; claiming a word that a match can
// lack would hide a threat, so every pattern is checked against thousands of real comments.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlaybook } from '../../src/playbook/load.js';
import { BUILTIN_PLAYBOOK } from '../../src/playbook/builtin.js';
import { normalize } from '../../src/suggest/normalize.js';
import { gatedPatterns, signalPatterns } from '../../src/suggest/patterns.js';
import { SIGNAL_GATES } from '../../src/suggest/generated/signal-gates.js';
import { mayMatch, requiredText, sourceLength } from '../../src/suggest/required-text.js';
import { escapeNonAscii } from '../../scripts/ascii-only.mjs';
import { ROOT } from '../helpers/cli.js';

describe('requiredText', () => {
  it.each([
    ['abc', '', [[['abc']]]],
    ['\\bwatch\\s+(?:your|ur)\\s+back\\b', '', [[['watch'], ['back'], ['your', 'ur']]]],
    ['(?:kill|stab)\\s+you', '', [[['kill', 'stab'], ['you']]]],
    ['(?:foo|bar)baz', '', [[['baz'], ['foo', 'bar']]]],
    ['ab?cd', '', [[['cd'], ['a']]]],
    ['(?=xyz)d', '', [[['d']]]],
    ['(?<!no )deal', '', [[['deal']]]],
    ['[abc]+xy', '', [[['xy'], ['a', 'b', 'c']]]],
    ['\\.com\\b', '', [[['.com']]]],
    ["i'll|we'll", '', [[["i'll"]], [["we'll"]]]],
    ['(?<name>abc)d', '', [[['abc'], ['d']]]],
    ['x(?:yz){2,3}', '', [[['yz'], ['x']]]],
    // A group's alternatives joined clause by clause: each match of either satisfies both clauses.
    ['(?:wait|be\\s+waiting)\\s+outside', '', [[['outside'], ['wait', 'waiting'], ['wait', 'be']]]],
    // The strongest three clauses of a part are kept.
    ['one|two\\s+three\\s+fours\\s+fives', '', [[['one']], [['three'], ['fours'], ['fives']]]],
    ['[\\u{1F52A}\\u{1F5E1}]', 'u', [[['\u{1F52A}', '\u{1F5E1}']]]],
  ])('%s (flags "%s") needs %j', (source, flags, required) => {
    expect(requiredText(source, flags)).toEqual(required);
  });

  it.each([
    ['a|'], ['x*'], ['(?:abc)?'], ['a{2}'], ['.{0,40}'], ['\\d+'], ['(unclosed'], ['a)b'], ['[unclosed'], ['*a'], ['[a-z]'], ['[^ab]'], ['[\\s-]'],
  ])('%s promises nothing', (source) => {
    expect(requiredText(source)).toBeUndefined();
  });

  it('reads an emoji in a class only with the u flag (without it, the class matches either half)', () => {
    expect(requiredText('[\u{1F52A}\u{1F5E1}]')).toBeUndefined();
    expect(requiredText('[\\u{1F52A}]')).toBeUndefined();
    expect(requiredText('[\u{1F52A}\u{1F5E1}]', 'u')).toEqual([[['\u{1F52A}', '\u{1F5E1}']]]);
  });

  it('lets a text through when nothing is promised, or every clause of an alternative holds', () => {
    expect(mayMatch(undefined, 'anything')).toBe(true);
    expect(mayMatch([[['kill', 'stab']]], 'i will stab')).toBe(true);
    expect(mayMatch([[['kill', 'stab']]], 'still waiting')).toBe(false);
    const waitingOutside = requiredText('(?:wait|be\\s+waiting)\\s+outside|see\\s+you\\s+later');
    expect(mayMatch(waitingOutside, 'still waiting for my refund')).toBe(false);
    expect(mayMatch(waitingOutside, "i'll be waiting outside")).toBe(true);
    expect(mayMatch(waitingOutside, 'see you later')).toBe(true);
  });
});

describe('the signal patterns', () => {
  it('have their words written for this very version of each (else: node scripts/build-signal-gates.mjs)', () => {
    expect(SIGNAL_GATES).toEqual(signalPatterns().map((regex) => ({ length: sourceLength(regex.source), required: requiredText(regex.source, regex.flags) ?? null })));
  });

  it('keep their gates in the bundle, where the build writes their non-ASCII letters as escapes', () => {
    const escaped = signalPatterns().filter((regex) => /[^\x00-\x7f]/.test(regex.source));
    expect(escaped.length).toBeGreaterThan(10); // ß, å, ö, emoji: the German and Swedish patterns
    for (const regex of escaped) {
      const bundled = new RegExp(escapeNonAscii(regex.source), regex.flags);
      expect(bundled.source).not.toBe(regex.source);
      expect(sourceLength(bundled.source), bundled.source).toBe(sourceLength(regex.source));
    }
  });

  it('are gated, each by words (nearly all of them)', () => {
    const promised = gatedPatterns().filter((p) => p.required !== undefined);
    expect(promised.length).toBeGreaterThanOrEqual(gatedPatterns().length - 1);
  });

  it('never match a comment that lacks all of their words (the starter\'s examples and the held-out set)', () => {
    const { playbook } = loadPlaybook(BUILTIN_PLAYBOOK);
    const comments = (playbook!.data.examples ?? []).map((e) => e.comment);
    const heldOut = readFileSync(join(ROOT, 'bench/eval/heldout.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { comment: string }).comment);
    const texts = [...comments, ...heldOut].map(normalize);
    expect(texts.length).toBeGreaterThan(5000);
    let matched = 0;
    for (const { regex, required } of gatedPatterns()) {
      for (const text of texts) {
        if (!regex.test(text)) continue;
        matched++;
        expect(mayMatch(required, text), `${regex} matches "${text}"`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(200); // the check saw real matches, not none
  });
});

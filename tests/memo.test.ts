// src/memo.ts: what is worked out from an object, kept on the object, invisible to everything else.
import { describe, expect, it } from 'vitest';
import { Memo } from '../src/memo.js';

describe('Memo', () => {
  it('gives back what was set for that very object, and nothing for another', () => {
    const memo = new Memo<object, number>();
    const a = { id: 'a' };
    const b = { id: 'a' };
    expect(memo.has(a)).toBe(false);
    expect(memo.get(a)).toBeUndefined();
    memo.set(a, 1);
    expect(memo.get(a)).toBe(1);
    expect(memo.has(a)).toBe(true);
    expect(memo.get(b)).toBeUndefined();
    memo.set(a, 2);
    expect(memo.get(a)).toBe(2);
    expect(new Memo<object, number>().get(a)).toBeUndefined(); // each memo its own
  });

  it('leaves the object as every reader sees it: keys, JSON, copies, equality', () => {
    const memo = new Memo<object, string>();
    const data = { situations: [{ id: 'complaint' }] };
    memo.set(data, 'worked out');
    memo.set(data.situations, 'also');
    expect(Object.keys(data)).toEqual(['situations']);
    expect(JSON.stringify(data)).toBe('{"situations":[{"id":"complaint"}]}');
    expect(memo.get({ ...data })).toBeUndefined();
    expect(memo.get(structuredClone(data))).toBeUndefined();
    expect(data).toEqual({ situations: [{ id: 'complaint' }] });
    expect(data.situations.length).toBe(1);
  });

  it('keeps a value for an object that takes no new property', () => {
    const memo = new Memo<object, number>();
    const frozen = Object.freeze({ id: 'f' });
    memo.set(frozen, 7);
    expect(memo.get(frozen)).toBe(7);
    expect(memo.has(frozen)).toBe(true);
    // Frozen after a value was kept on it: a new value still takes.
    const later = { id: 'l' };
    memo.set(later, 1);
    Object.freeze(later);
    memo.set(later, 2);
    expect(memo.get(later)).toBe(2);
  });
});

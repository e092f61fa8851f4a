import { describe, expect, it } from 'vitest';
import { lazy } from '../src/lazy.js';

describe('lazy', () => {
  it('makes the value on first use, once, even when it is undefined', () => {
    let made = 0;
    const value = lazy(() => { made++; return undefined; });
    expect(made).toBe(0);
    expect(value()).toBeUndefined();
    expect(value()).toBeUndefined();
    expect(made).toBe(1);
  });

  it('gives the same object every time', () => {
    const pattern = lazy(() => /^\p{L}+$/u);
    expect(pattern()).toBe(pattern());
    expect(pattern().test('Øyvind')).toBe(true);
  });
});

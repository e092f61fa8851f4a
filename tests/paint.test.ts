import { describe, expect, it } from 'vitest';
import { painter, plain } from '../src/paint.js';

describe('paint', () => {
  it('without colour, every style gives the text as it is, chained ones too', async () => {
    expect(await painter(false)).toBe(plain);
    expect([plain.bold('a'), plain.dim('b'), plain.green('c'), plain.underline('d'), plain.red('e'), plain.red.bold('f'), plain.yellow('g'), plain.yellow.bold('h')]).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(plain.level).toBe(0);
  });

  it('with colour, chalk\'s codes', async () => {
    const paint = await painter(true);
    expect(paint.level).toBe(1);
    expect(paint.red('e')).toBe('\u001b[31me\u001b[39m');
    expect(paint.yellow.bold('h')).toBe('\u001b[33m\u001b[1mh\u001b[22m\u001b[39m');
  });
});

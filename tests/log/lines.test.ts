// The log's line reader, forwards and backwards, across its 1 MiB read chunks: every line whole, in
// order, with its offset; a last line without a newline is marked cut off.
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forEachLine, forEachLineBackwards, type RawLine } from '../../src/log/lines.js';
import { freshDir } from '../helpers/env.js';

function both(text: string) {
  const file = join(freshDir('lines-'), 'log.jsonl');
  writeFileSync(file, text);
  const fd = openSync(file, 'r');
  const show = (l: RawLine) => ({ text: l.bytes?.toString('utf8'), offset: l.offset, length: l.length, terminated: l.terminated });
  const forwards: ReturnType<typeof show>[] = [];
  const backwards: ReturnType<typeof show>[] = [];
  forEachLine(fd, (l) => { forwards.push(show(l)); });
  forEachLineBackwards(fd, (l) => { backwards.push(show(l)); });
  closeSync(fd);
  return { forwards, backwards: backwards.reverse() };
}

describe('reading the log line by line', () => {
  it('gives the same whole lines forwards and backwards, across chunk boundaries', () => {
    const lines = ['a', '', 'é'.repeat(400_000), 'b'.repeat(1_500_000), 'c', 'x'.repeat(1 << 20)];
    const text = lines.join('\n') + '\n';
    const { forwards, backwards } = both(text);
    expect(forwards.map((l) => l.text)).toEqual(lines);
    expect(backwards).toEqual(forwards);
    let offset = 0;
    for (const l of forwards) {
      expect([l.offset, l.terminated]).toEqual([offset, true]);
      offset += l.length + 1;
    }
  });

  it('marks a last line without its newline as cut off, both ways', () => {
    const { forwards, backwards } = both('{"a":1}\n{"b":');
    expect(forwards).toEqual([
      { text: '{"a":1}', offset: 0, length: 7, terminated: true },
      { text: '{"b":', offset: 8, length: 5, terminated: false },
    ]);
    expect(backwards).toEqual(forwards);
    expect(both('').forwards).toEqual([]);
    expect(both('').backwards).toEqual([]);
  });
});

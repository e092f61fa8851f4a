// firstCovering finds, for each situation, the same earlier situation as comparing it with every earlier
// one would: checked against that pairwise search on many made-up playbooks.
import { describe, expect, it } from 'vitest';
import { covers, firstCovering, type Domain } from '../../src/lint/answer-space.js';
import type { Condition, Situation, When } from '../../src/playbook/types.js';

/** A small deterministic generator (mulberry32), so a failure reproduces. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPACE = new Map<string, Domain>([
  ['kind', ['a', 'b', 'c', 'd']],
  ['fault', [true, false]],
  ['later', [true, false, null]], // asked only sometimes
  ['name', 'open'],
]);

function condition(id: string, next: () => number): Condition {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  if (id === 'name' || id === 'ghost') return pick(['Ann', 'Bo']);
  const values = (SPACE.get(id) as (string | boolean | null)[]).filter((v) => v !== null) as (string | boolean)[];
  const shape = next();
  if (shape < 0.4) return pick(values);
  if (shape < 0.6) return values.filter(() => next() < 0.5);
  if (shape < 0.8) return { not: pick(values) };
  return { exists: next() < 0.5 };
}

function situations(next: () => number): Situation[] {
  const ids = [...SPACE.keys(), 'ghost']; // 'ghost' is no question
  return Array.from({ length: 2 + Math.floor(next() * 12) }, (_, i) => {
    const when: When = {};
    for (const id of ids) if (next() < 0.35) when[id] = condition(id, next);
    return { id: `s${i}`, title: `s${i}`, steps: [], ...(next() < 0.1 ? {} : { when }) } as Situation;
  });
}

describe('firstCovering', () => {
  it('agrees with the pairwise search on 2,000 made-up playbooks', () => {
    const next = random(17);
    let shadowed = 0;
    for (let n = 0; n < 2000; n++) {
      const list = situations(next);
      const pairwise = list.map((later, i) => list.slice(0, i).findIndex((earlier) => covers(earlier.when, later.when, SPACE)));
      expect(firstCovering(list, SPACE)).toEqual(pairwise);
      shadowed += pairwise.filter((e) => e !== -1).length;
    }
    expect(shadowed).toBeGreaterThan(1000); // the cases compared include many shadowed situations
  });
});

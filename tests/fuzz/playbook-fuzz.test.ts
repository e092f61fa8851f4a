// Mutation fuzzing, bounded and seeded (the same mutants every run): a few hundred broken variants of
// the starter (its hand-written part, standalone) and of a team playbook made by `init`, through lint,
// scripted triage and the guide. Whatever the damage: exit 0, 1 or 2 only, never an internal error or
// a stack trace, every lint finding at a line and column, and no run over 10 seconds.
// A team playbook's lint runs the starter's ~6,000 examples (seconds), so its mutants go through
// triage and the guide; the standalone starter's go through lint too.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/cli.js';

const SEED = 20261122;
const STARTER_MUTANTS = 160;
const TEAM_MUTANTS = 80;

/** mulberry32: a tiny seeded generator, so a failure names a mutant that can be made again. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE = [
  'constructor', '__proto__', 'toString', '-1', '0', '99999999w', '1.5', 'true', 'null', '~', '[]', '{}', "''", '""',
  '{{@root.constructor}}', '{{#each answers}}{{@index}}{{/each}}', '{{fallback (fallback (fallback answers.name))}}', '{{/if}}',
  '&anchor x', '*anchor', '!!binary aGk=', '"\\u0000"', '"\u202e\u200b"', '"\u001b]52;c;aGk=\u0007"', 'javascript:alert(1)',
  '/etc/passwd', '../../../etc', 'x'.repeat(5000), '- a\n- b', 'key: [unclosed', '"unclosed', '\t', '%YAML 1.1', '---', '...',
];

function mutate(text: string, next: () => number): string {
  let lines = text.split('\n');
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const at = () => Math.floor(next() * lines.length);
  for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
    const i = at();
    switch (Math.floor(next() * 7)) {
      case 0: lines.splice(i, 1); break; // a line lost
      case 1: lines.splice(i, 0, lines[at()]); break; // a line twice
      case 2: { const j = at(); [lines[i], lines[j]] = [lines[j], lines[i]]; break; } // two lines swapped
      case 3: lines[i] = lines[i].replace(/:\s.*$/, `: ${pick(HOSTILE)}`); break; // a value replaced
      case 4: { const col = Math.floor(next() * (lines[i].length + 1)); lines[i] = lines[i].slice(0, col) + pick(HOSTILE) + lines[i].slice(col); break; }
      case 5: lines[i] = lines[i].replace(/^( *)/, (s) => (next() < 0.5 ? s.slice(1) : `${s} `)); break; // indentation off by one
      default: lines = lines.slice(0, Math.max(1, at())); // cut short
    }
  }
  return lines.join('\n');
}

const STACK = /\n\s+at .+:\d+:\d+\)?/;

// One parse cache for the run: the built-in layers a team playbook extends are parsed once.
const cache = mkdtempSync(join(tmpdir(), 'replyguide-fuzz-cache-'));

async function runChecked(args: string[], cwd: string) {
  const started = performance.now();
  const r = await runInProcess(args, { cwd, env: { REPLYGUIDE_CACHE_DIR: cache, REPLYGUIDE_NOW: '2026-11-21T10:00:00Z' } });
  const ms = performance.now() - started;
  return { ...r, ms };
}

describe('mutation fuzzing (seeded, bounded)', () => {
  it(`${STARTER_MUTANTS} mutants of the starter: lint and triage exit 0/1/2 with positioned findings and no stack trace`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-fuzz-'));
    cpSync(join(ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
    // The hand-written part of the starter (the one-line training examples at its end left out), standalone.
    const starter = readFileSync(join(ROOT, 'playbooks/starter.yaml'), 'utf8');
    const base = starter.slice(0, starter.indexOf('\n  - { id: ') + 1).replace(/^templatesDir: .*$/m, 'templatesDir: templates');
    const next = random(SEED);
    const rules = new Set<string>();
    for (let m = 0; m < STARTER_MUTANTS; m++) {
      writeFileSync(join(dir, 'playbook.yaml'), mutate(base, next));
      const lint = await runChecked(['lint', 'playbook.yaml', '--format', 'json'], dir);
      const where = `starter mutant ${m} (seed ${SEED})`;
      expect([0, 1, 2], where).toContain(lint.code);
      expect(lint.stderr, where).not.toMatch(STACK);
      expect(lint.ms, where).toBeLessThan(10_000);
      if (lint.code !== 2) {
        for (const file of JSON.parse(lint.stdout) as { diagnostics: { line: number; column: number; rule: string }[] }[]) {
          for (const d of file.diagnostics) rules.add(d.rule);
          for (const d of file.diagnostics) expect(d.line >= 1 && d.column >= 1 && d.rule !== 'internal-error', `${where}: ${JSON.stringify(d)}`).toBe(true);
        }
      }
      const triage = await runChecked(['triage', '--no-input', '-f', 'json', '--no-log', '-c', 'You lot are useless', '-a', 'kind=abuse', '-a', 'threat=no', '-a', 'repeat_offender=no', '-a', 'name=Kim'], dir);
      expect([0, 1, 2], where).toContain(triage.code);
      expect(triage.stderr, where).not.toMatch(STACK);
      expect(triage.ms, where).toBeLessThan(10_000);
    }
    // The mutants reach past the YAML parser: findings of many kinds, from the parser to the rules.
    expect(rules.size, [...rules].join(' ')).toBeGreaterThanOrEqual(10);
  }, 240_000);

  it(`${TEAM_MUTANTS} mutants of a team playbook made by init: triage and guide exit 0/1/2 with no stack trace`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-fuzz-team-'));
    const init = await runInProcess(['init', join(dir, 'team'), '--brand', 'Acme', '--no-input'], { cwd: dir });
    expect(init.code).toBe(0);
    const team = join(dir, 'team');
    const base = readFileSync(join(team, 'playbook.yaml'), 'utf8');
    const next = random(SEED + 1);
    for (let m = 0; m < TEAM_MUTANTS; m++) {
      writeFileSync(join(team, 'playbook.yaml'), mutate(base, next));
      const where = `team mutant ${m} (seed ${SEED + 1})`;
      for (const args of [
        ['triage', '--no-input', '-f', 'json', '--no-log', '-c', 'Where is my order?', '-a', 'kind=question', '-a', 'answer_known=no', '-a', 'topic=orders', '-a', 'name=Kim'],
        ['guide', '--format', 'md'],
      ]) {
        const r = await runChecked(args, team);
        expect([0, 1, 2], `${where}: ${args[0]}`).toContain(r.code);
        expect(r.stderr, `${where}: ${args[0]}`).not.toMatch(STACK);
        expect(r.ms, `${where}: ${args[0]}`).toBeLessThan(10_000);
      }
    }
  }, 240_000);
});

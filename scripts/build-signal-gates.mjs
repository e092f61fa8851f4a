// Writes src/suggest/generated/signal-gates.ts: for each signal pattern, the words it cannot match
// without (src/suggest/required-text.ts), worked out here once because doing it at start-up took
// ~11 ms. Run after changing a pattern (after `npm run build`, then build again);
// tests/suggest/required-text.test.ts fails while the file is out of date.
import { writeFileSync } from 'node:fs';
import { signalPatterns } from '../dist/suggest/patterns.js';
import { requiredText, sourceLength } from '../dist/suggest/required-text.js';

const gates = signalPatterns().map((regex) => ({ length: sourceLength(regex.source), required: regex.flags.includes('i') ? null : requiredText(regex.source, regex.flags) ?? null }));
writeFileSync(new URL('../src/suggest/generated/signal-gates.ts', import.meta.url), [
  '// Written by scripts/build-signal-gates.mjs: do not edit.',
  'export const SIGNAL_GATES: { length: number; required: string[][][] | null }[] = [',
  ...gates.map((gate) => `  ${JSON.stringify(gate)},`),
  '];',
  '',
].join('\n'));

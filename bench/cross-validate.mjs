// npm run eval -- --dev: 5-fold cross-validation on the starter's own examples, for tuning the engine
// without ever looking at the held-out set. Each fold trains on four fifths and is scored on the rest.
import { loadPlaybook } from '../dist/playbook/load.js';
import { STARTER_PLAYBOOK } from '../dist/playbook/builtin.js';
import { trainModel } from '../dist/suggest/model.js';
import { loadStemmers } from '../dist/suggest/stem.js';
import { CONFIDENT, SETTINGS, suggest } from '../dist/suggest/suggest.js';

// Try other settings: node bench/cross-validate.mjs softening=8 evidenceRatio=2
for (const arg of process.argv.slice(2)) { const [k, v] = arg.split('='); if (v !== undefined) SETTINGS[k] = Number(v); }

await loadStemmers();
const { playbook } = loadPlaybook(STARTER_PLAYBOOK);
const examples = playbook.data.examples.filter((e) => e.answers.kind !== undefined);
const folds = 5;
let n = 0, right = 0, none = 0, wrong = 0;
const buckets = new Map();
const misses = [];
for (let f = 0; f < folds; f++) {
  const train = examples.filter((_, i) => i % folds !== f);
  const test = examples.filter((_, i) => i % folds === f);
  const model = trainModel(playbook, train);
  for (const e of test) {
    const s = suggest(model, e.comment).byQuestion.get('kind');
    const bucket = s ? Math.min(9, Math.floor(s.confidence * 10)) : -1;
    const b = buckets.get(bucket) ?? { n: 0, right: 0 };
    b.n++; if (s?.value === e.answers.kind) b.right++;
    buckets.set(bucket, b);
    n++;
    const got = s && s.confidence >= CONFIDENT ? s.value : undefined;
    if (got === e.answers.kind) right++; else if (got === undefined) none++; else wrong++;
    if (got !== e.answers.kind) misses.push(`${e.answers.kind} → ${s ? `${s.value} ${Math.round(s.confidence * 100)}%` : '(none)'}: ${e.comment.slice(0, 80)}`);
  }
}
const pct = (x) => `${((100 * x) / n).toFixed(1)}%`;
console.log(`${folds}-fold on ${n} starter examples: right ${pct(right)}, none ${pct(none)}, confident wrong ${pct(wrong)}`);
console.log('By confidence (bucket: share right):', [...buckets].sort((a, b) => a[0] - b[0]).map(([k, b]) => `${k < 0 ? 'none' : `${k * 10}%+`}: ${b.right}/${b.n}`).join(' · '));
if (process.argv.includes('--misses')) console.log(misses.join('\n'));

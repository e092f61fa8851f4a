// Cross-validation on the starter's own examples, for tuning the engine without ever looking at the
// held-out set: each of 5 folds trains on four fifths and is scored on the rest.
// Try other settings: node bench/cross-validate.mjs epochs=30 l2=1e-4 evidence=0.2 [--misses]
import { loadPlaybook } from '../dist/playbook/load.js';
import { STARTER_PLAYBOOK } from '../dist/playbook/builtin.js';
import { SETTINGS, trainModel } from '../dist/suggest/model.js';
import { loadStemmers } from '../dist/suggest/stem.js';
import { suggest } from '../dist/suggest/suggest.js';

const settings = { ...SETTINGS };
for (const arg of process.argv.slice(2)) { const [k, v] = arg.split('='); if (v !== undefined && k in settings) settings[k] = Number(v); }

await loadStemmers();
const { playbook } = loadPlaybook(STARTER_PLAYBOOK);
const examples = playbook.data.examples.filter((e) => e.answers.kind !== undefined);
const folds = 5;
let n = 0, top = 0, right = 0, none = 0, wrong = 0, trainMs = 0;
const threats = { n: 0, flagged: 0, others: 0, falseAlarms: 0 };
const chatter = { n: 0, flagged: 0, others: 0, falseAlarms: 0 };
const buckets = new Map();
const misses = [];
for (let f = 0; f < folds; f++) {
  const train = examples.filter((_, i) => i % folds !== f);
  const test = examples.filter((_, i) => i % folds === f);
  const started = performance.now();
  const model = trainModel(playbook, train, settings);
  trainMs += performance.now() - started;
  for (const e of test) {
    const suggestions = suggest(model, e.comment).byQuestion;
    const s = suggestions.get('kind');
    const threat = suggestions.get('threat')?.value === true;
    if (e.answers.threat === true) { threats.n++; if (threat) threats.flagged++; else misses.push(`threat missed: ${e.comment.slice(0, 80)}`); }
    else { threats.others++; if (threat) { threats.falseAlarms++; misses.push(`threat false alarm (${e.answers.kind}): ${e.comment.slice(0, 80)}`); } }
    if (e.answers.chatter !== undefined) {
      const said = suggestions.get('chatter')?.value === true && suggestions.get('chatter').confident;
      if (e.answers.chatter) { chatter.n++; if (said) chatter.flagged++; else misses.push(`chatter missed: ${e.comment.slice(0, 80)}`); }
      else { chatter.others++; if (said) { chatter.falseAlarms++; misses.push(`chatter false alarm: ${e.comment.slice(0, 80)}`); } }
    }
    const bucket = s ? Math.min(9, Math.floor(s.confidence * 10)) : -1;
    const b = buckets.get(bucket) ?? { n: 0, right: 0, sure: 0 };
    b.n++; b.sure += s?.confidence ?? 0; if (s?.value === e.answers.kind) b.right++;
    buckets.set(bucket, b);
    n++;
    if (s?.value === e.answers.kind) top++;
    const got = s?.confident ? s.value : undefined;
    if (got === e.answers.kind) right++; else if (got === undefined) none++; else wrong++;
    if (got !== e.answers.kind) misses.push(`${e.answers.kind} → ${s ? `${s.value} ${Math.round(s.confidence * 100)}% ${s.because.join(', ')}` : '(none)'}: ${e.comment.slice(0, 80)}`);
  }
}
const pct = (x) => `${((100 * x) / n).toFixed(1)}%`;
console.log(`${folds}-fold on ${n} starter examples (${JSON.stringify(settings)}): top suggestion right ${pct(top)}; confident: right ${pct(right)}, none ${pct(none)}, wrong ${pct(wrong)}; ${(trainMs / folds).toFixed(0)} ms per training`);
console.log(`Threats flagged ${threats.flagged} of ${threats.n}; false alarms ${threats.falseAlarms} of ${threats.others}`);
console.log(`Chatter (of "other" examples) flagged confidently ${chatter.flagged} of ${chatter.n}; false alarms ${chatter.falseAlarms} of ${chatter.others} that ask something of us`);
// Honest confidence: how far "NN%" is from the share right, weighed over the suggestions made.
const made = [...buckets].filter(([k]) => k >= 0);
const offered = made.reduce((a, [, b]) => a + b.n, 0);
console.log(`Calibration gap ${(100 * made.reduce((a, [, b]) => a + Math.abs(b.sure - b.right), 0) / offered).toFixed(1)} points`);
console.log('By confidence (bucket: share right):', [...buckets].sort((a, b) => a[0] - b[0]).map(([k, b]) => `${k < 0 ? 'none' : `${k * 10}%+`}: ${b.right}/${b.n}`).join(' · '));
if (process.argv.includes('--misses')) console.log(misses.join('\n'));

// node bench/score.mjs FILE.jsonl...: scores the suggestion engine, as trained on the starter, on any
// labelled comments ({"comment": "...", "answers": {"kind": "...", "threat": true, ...}} per line) —
// for checking comments it has never seen before they are added as examples. Prints, per file, how
// often the kind is confidently right, missing or confidently wrong, and threats flagged / false alarms.
import { readFileSync } from 'node:fs';
import { loadPlaybook } from '../dist/playbook/load.js';
import { trainModel } from '../dist/suggest/model.js';
import { decodeModel, encodeModel } from '../dist/suggest/model-file.js';
import { loadStemmers } from '../dist/suggest/stem.js';
import { suggest } from '../dist/suggest/suggest.js';
import { STARTER_PLAYBOOK } from '../dist/playbook/builtin.js';

await loadStemmers();
const { playbook } = loadPlaybook(STARTER_PLAYBOOK);
const model = decodeModel(encodeModel(trainModel(playbook)));
const pct = (n, of) => `${((100 * n) / of).toFixed(1)}%`;
const all = { n: 0, right: 0, none: 0, wrong: 0 };
const threats = { n: 0, flagged: 0, others: 0, falseAlarms: 0 };
for (const file of process.argv.slice(2)) {
  const t = { n: 0, right: 0, none: 0, wrong: 0 };
  for (const line of readFileSync(file, 'utf8').split('\n').filter((l) => l.trim())) {
    const row = JSON.parse(line);
    const s = suggest(model, row.comment).byQuestion;
    const kind = s.get('kind');
    const got = kind?.confident ? kind.value : undefined;
    for (const x of [t, all]) { x.n++; if (got === row.answers.kind) x.right++; else if (got === undefined) x.none++; else x.wrong++; }
    const threat = s.get('threat')?.value === true && s.get('threat').confident;
    if (row.answers.threat === true) { threats.n++; if (threat) threats.flagged++; } else { threats.others++; if (threat) threats.falseAlarms++; }
  }
  console.log(`${file}: ${t.n} comments, right ${pct(t.right, t.n)}, none ${pct(t.none, t.n)}, confident wrong ${pct(t.wrong, t.n)}`);
}
if (all.n) console.log(`all: ${all.n} comments, right ${pct(all.right, all.n)}, confident wrong ${pct(all.wrong, all.n)}; threats flagged ${threats.flagged} of ${threats.n}; false alarms ${threats.falseAlarms} of ${threats.others}`);

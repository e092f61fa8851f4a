// npm run bench: times replyguide against references measured in the same run (these machines are
// noisy, so ratios matter, not absolute numbers). Not a test: it never fails, it reports.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateGrowthPlaybook, generatePlaybooks } from './generate.mjs';
import { generateLog } from './generate-log.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/replyguide.js');
const ajvCli = join(root, 'node_modules/ajv-cli/dist/index.js');
const node = process.execPath;
// Triage appends to the response log as it does for users (with fsync), but to a throwaway file.
// NODE_EXTRA_CA_CERTS (set on these machines) adds ~100 ms to every Node start; a user's machine has none.
const env = { ...process.env, NO_COLOR: '1', REPLYGUIDE_LOG: join(mkdtempSync(join(tmpdir(), 'replyguide-bench-log-')), 'log.jsonl') };
delete env.NODE_EXTRA_CA_CERTS;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(args, options = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(node, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'], ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && !options.allowFail) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Runs subject and reference alternately, so both see the same machine noise. */
function compare(subject, reference, runs, options) {
  // Warm the file cache and replyguide's caches: a first run fills the parse cache and keeps a cold code
  // cache, the second lets it go, the third keeps the lean one a user's every later run loads.
  for (let i = 0; i < 3; i++) { time(subject, options); time(reference, options); }
  const s = [];
  const r = [];
  for (let i = 0; i < runs; i++) { s.push(time(subject, options)); r.push(time(reference, options)); }
  return { subject: median(s), reference: median(r), ratio: median(s) / median(r) };
}

function peakRss(args) {
  const r = spawnSync(node, ['-r', join(root, 'bench/rss.cjs'), ...args], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  return Number(String(r.output[3])) / 1024;
}

/**
 * `quit`: leave with Ctrl-C, as a person would, so the run ends normally and keeps its code cache (a
 * moment after the prompt: a Ctrl-C before the prompt reads keys is the terminal's, and kills it).
 */
function firstPrompt({ quit = false } = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', `${node} ${bin} triage --agent Bench`, '/dev/null'], { cwd: root, env: { ...env, TERM: 'xterm' } });
    let out = '';
    let shown = false;
    child.stdout.on('data', (d) => {
      out += d;
      if (!shown && out.includes('Paste the comment')) {
        shown = true;
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        if (!quit) child.kill('SIGKILL');
        else setTimeout(() => child.stdin.write('\x03'), 500);
        child.on('close', () => resolve(ms));
      }
    });
    setTimeout(() => { child.kill('SIGKILL'); reject(new Error('no prompt within 10 s')); }, 10_000);
  });
}

/**
 * In a session: from choosing "Done: next comment" to the next comment's paste prompt on screen. The
 * session keeps its playbook, model and prompts loaded, so this is the agent's wait between comments.
 */
function nextCommentTimes(count) {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', `${node} ${bin} triage --agent Bench`, '/dev/null'], { cwd: root, env: { ...env, TERM: 'xterm' } });
    let out = '';
    let from = 0; // waits look at what came after the last key typed
    const waits = [];
    const check = () => { for (const w of [...waits]) if (out.indexOf(w.text, from) !== -1) { waits.splice(waits.indexOf(w), 1); from = out.indexOf(w.text, from) + w.text.length; w.res(); } };
    const waitFor = (text) => new Promise((res) => { waits.push({ text, res }); check(); });
    child.stdout.on('data', (d) => { out += d; check(); });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`session bench timed out; screen: ${out.slice(-600)}`)); }, 30_000);
    const type = (keys) => child.stdin.write(keys);
    (async () => {
      const times = [];
      await waitFor('Comment 1 ·');
      for (let i = 1; i <= count + 1; i++) {
        await waitFor('> '); // the paste prompt, ready for keys
        type('Thanks so much, great service!\r\r');
        await waitFor('suggested');
        await waitFor('select'); // the whole prompt drawn
        type('\r'); // Praise or thanks, suggested
        await waitFor('written by');
        type('n\r');
        await waitFor('first name');
        type('\r');
        await waitFor('What did they like');
        type('\r');
        await waitFor('Link to');
        type('\r');
        await waitFor('When was');
        type('\r');
        await waitFor('What next?');
        await waitFor('select');
        const start = process.hrtime.bigint();
        type('7\r'); // Done: next comment
        await waitFor(`Comment ${i + 1} ·`);
        await waitFor('Paste the comment');
        if (i > 1) times.push(Number(process.hrtime.bigint() - start) / 1e6); // the first warms up
      }
      clearTimeout(timer);
      child.kill('SIGKILL');
      resolve(times);
    })().catch(reject);
  });
}

const rows = [];
const report = (name, value, target, ok) => rows.push({ name, value, target, ok });

/**
 * Lint per file for 1, 10, 100 and 1,000 playbooks (the bench's generated ones; 1,000 is the row
 * above, passed in): the per-file time falls as Node's start is shared, and must not rise with the
 * count (1,000 files no dearer per file than 100).
 */
function lintScaling(dir, count, lintAll) {
  const perFile = new Map([[count, lintAll / count]]);
  for (const n of [1, 10, 100].filter((n) => n < count)) {
    const sub = join(dir, `scaling-${n}`);
    generatePlaybooks(sub, n);
    perFile.set(n, median(Array.from({ length: n >= 100 ? 3 : 7 }, () => time([bin, 'lint', sub, '--format', 'json']))) / n);
    rmSync(sub, { recursive: true, force: true });
  }
  const sizes = [...perFile.keys()].sort((a, b) => a - b);
  const largest = sizes.at(-1);
  const before = sizes.at(-2);
  const scaling = perFile.get(largest) / perFile.get(before);
  report('lint per file at ' + sizes.join(' / '), sizes.map((n) => `${perFile.get(n).toFixed(1)}`).join(' / ') + ' ms', '', true);
  report(`lint per file, ${largest} vs ${before} files`, `${scaling.toFixed(2)}x`, '<= 1.00x', scaling <= 1);
}

/**
 * Teams' own playbooks as `init` makes them, each extending the starter (1.4 MB, 6,400 examples): lint
 * per file for 1 and for 20 of them (an agency's clients, say). The starter must not cost each again.
 */
function teamLint(dir) {
  const teams = join(dir, 'teams');
  const first = join(teams, 'team-01');
  time([bin, 'init', first, '--brand', 'Team 1', '--support-email', 'care@team1.example', '--house-rules', 'https://team1.example/rules']);
  const text = readFileSync(join(first, 'playbook.yaml'), 'utf8');
  for (let i = 2; i <= 20; i++) {
    const folder = join(teams, `team-${String(i).padStart(2, '0')}`);
    cpSync(first, folder, { recursive: true });
    writeFileSync(join(folder, 'playbook.yaml'), text.replaceAll('Team 1', `Team ${i}`).replaceAll('team1', `team${i}`));
  }
  // Exit 1: init leaves placeholders (contacts) for the team to fill in, and lint says so.
  const one = median(Array.from({ length: 7 }, () => time([bin, 'lint', first, '--format', 'json'], { allowFail: true })));
  const all = median(Array.from({ length: 3 }, () => time([bin, 'lint', teams, '--format', 'json'], { allowFail: true }))) / 20;
  report('lint per team playbook (init: extends the starter) at 1 / 20', `${one.toFixed(0)} / ${all.toFixed(0)} ms`, '', true);
  report('lint per team playbook, 20 vs 1', `${(all / one).toFixed(2)}x`, '<= 1.00x', all <= one);
}

/**
 * A playbook 1x, 10x and 100x the starter's size (10, 100, 1,000 situations; 40, 400, 4,000 template
 * files of 3 variants in 4 locales): scripted triage (all answers given) and lint, time and peak RSS.
 * Nothing may grow faster than the playbook: each row's growth over 1x is at most its factor (triage,
 * which reads one template, should stay near flat).
 */
function growth(dir) {
  const factors = (process.env.BENCH_GROWTH ?? '1,10,100').split(',').filter(Boolean).map(Number);
  const base = {};
  for (const factor of factors) {
    const folder = join(dir, `growth-${factor}`);
    mkdirSync(folder, { recursive: true });
    generateGrowthPlaybook(folder, factor);
    const triageArgs = [bin, 'triage', '--playbook', folder, '--no-input', '--no-log', '--format', 'json', '--comment', 'Still waiting', '-a', 'kind=kind-3', '-a', 'our_fault=yes', '-a', 'name=Sam'];
    time(triageArgs); // fills the parse cache, as a second triage on the same playbook finds it
    const triage = median(Array.from({ length: 7 }, () => time(triageArgs)));
    const triageRss = peakRss(triageArgs);
    const lintArgs = [bin, 'lint', folder, '--format', 'json'];
    const lint = median(Array.from({ length: factor >= 100 ? 1 : 3 }, () => time(lintArgs)));
    const lintRss = peakRss(lintArgs);
    base[factor] = { triage, lint };
    const first = base[factors[0]];
    const grew = (now, then) => factor === factors[0] ? '' : ` (${(now / then).toFixed(1)}x of ${factors[0]}x)`;
    const linear = (now, then) => factor === factors[0] || now / then <= factor / factors[0];
    report(`growth ${factor}x starter: triage`, `${triage.toFixed(0)} ms${grew(triage, first.triage)}, ${triageRss.toFixed(0)} MiB`, '<= linear', linear(triage, first.triage));
    report(`growth ${factor}x starter: lint`, `${lint.toFixed(0)} ms${grew(lint, first.lint)}, ${lintRss.toFixed(0)} MiB`, '<= linear', linear(lint, first.lint));
    rmSync(folder, { recursive: true, force: true });
  }
}

const dir = mkdtempSync(join(tmpdir(), 'replyguide-bench-'));
try {
  const count = Number(process.env.BENCH_PLAYBOOKS ?? 1000);
  generatePlaybooks(dir, count);
  process.stderr.write(`generated ${count} playbooks in ${dir}\n`);

  const lint = compare(
    [bin, 'lint', dir, '--format', 'json'],
    [ajvCli, 'validate', '--spec=draft2020', '--strict=false', '-s', join(root, 'schema/playbook.schema.json'), '-d', `${dir}/*/playbook.yaml`],
    3,
  );
  report(`lint ${count} playbooks vs ajv-cli schema check`, `${lint.subject.toFixed(0)} ms vs ${lint.reference.toFixed(0)} ms = ${lint.ratio.toFixed(2)}x`, '<= 1.00x', lint.ratio <= 1);
  // Lint shares files among a thread per core (--concurrency auto); on one thread for comparison.
  const threads = Math.max(1, Math.min(availableParallelism(), Math.floor(count / 16)));
  const single = compare(
    [bin, 'lint', dir, '--format', 'json', '--concurrency', 'off'],
    [ajvCli, 'validate', '--spec=draft2020', '--strict=false', '-s', join(root, 'schema/playbook.schema.json'), '-d', `${dir}/*/playbook.yaml`],
    3,
  );
  report(`lint ${count} playbooks, one thread, vs ajv-cli`, `${single.subject.toFixed(0)} ms vs ${single.reference.toFixed(0)} ms = ${single.ratio.toFixed(2)}x`, 'measured', true);
  // Each thread has its own heap: memory is budgeted per thread.
  const rss = peakRss([bin, 'lint', dir, '--format', 'json']);
  const rssSingle = peakRss([bin, 'lint', dir, '--format', 'json', '--concurrency', 'off']);
  report(`lint ${count} playbooks peak RSS, ${threads} threads / one`, `${rss.toFixed(0)} MiB / ${rssSingle.toFixed(0)} MiB`, '<= 250 MiB a thread', rss / threads <= 250 && rssSingle <= 250);
  lintScaling(dir, count, lint.subject);
  teamLint(dir);
  growth(dir);

  const version = compare([bin, '--version'], ['-e', '0'], 20);
  report('replyguide --version vs node -e 0', `${version.subject.toFixed(0)} ms vs ${version.reference.toFixed(0)} ms = ${version.ratio.toFixed(2)}x`, '<= 1.30x', version.ratio <= 1.3);

  const triageArgs = [bin, 'triage', '--no-input', '--format', 'json', '--comment', 'Still waiting for my refund', '-a', 'kind=complaint', '-a', 'our_fault=yes', '-a', 'private_data=yes', '-a', 'name=Sam'];
  const triage = compare(triageArgs, ['-e', '0'], 20);
  report('triage --format json vs node -e 0', `${triage.subject.toFixed(0)} ms vs ${triage.reference.toFixed(0)} ms = ${triage.ratio.toFixed(2)}x`, '<= 1.50x', triage.ratio <= 1.5);

  const check = compare([bin, 'check', 'Thanks for asking! We will look into it and reply here by Friday.'], ['-e', '0'], 20);
  report('check "text" vs node -e 0', `${check.subject.toFixed(0)} ms vs ${check.reference.toFixed(0)} ms = ${check.ratio.toFixed(2)}x`, '<= 1.50x', check.ratio <= 1.5);

  const one = compare(
    [bin, 'lint', join(dir, 'client-0000'), '--format', 'json'],
    [ajvCli, 'validate', '--spec=draft2020', '--strict=false', '-s', join(root, 'schema/playbook.schema.json'), '-d', join(dir, 'client-0000', 'playbook.yaml')],
    10,
  );
  report('lint 1 playbook vs ajv-cli schema check', `${one.subject.toFixed(0)} ms vs ${one.reference.toFixed(0)} ms = ${one.ratio.toFixed(2)}x`, '<= 1.00x', one.ratio <= 1);

  // What suggesting costs a triage: the same comment, once answered by flags, once by --use-suggestions
  // (learned model from the cache, stemmers loaded, the comment read).
  const comment = 'Ordered three weeks ago and still waiting for my refund, worst service ever';
  const given = [bin, 'triage', '--no-input', '--format', 'json', '--no-log', '--comment', comment, '-a', 'kind=complaint', '-a', 'our_fault=yes', '-a', 'private_data=yes', '-a', 'own_details=no', '-a', 'name=Sam'];
  const suggested = [bin, 'triage', '--no-input', '--format', 'json', '--no-log', '--comment', comment, '--use-suggestions', '-a', 'our_fault=yes', '-a', 'name=Sam'];
  const suggesting = compare(suggested, given, 20);
  const extra = suggesting.subject - suggesting.reference;
  report('suggesting: triage --use-suggestions vs answers given', `${suggesting.subject.toFixed(0)} ms vs ${suggesting.reference.toFixed(0)} ms = +${extra.toFixed(0)} ms`, '<= +20 ms', extra <= 20);

  await firstPrompt({ quit: true });
  const prompts = [];
  for (let i = 0; i < 7; i++) prompts.push(await firstPrompt());
  const prompt = median(prompts);
  report('interactive triage: first prompt on screen', `${prompt.toFixed(0)} ms`, '<= 150 ms', prompt <= 150);

  const next = median(await nextCommentTimes(9));
  report('session: next comment on screen after "Done"', `${next.toFixed(0)} ms`, '<= 50 ms', next <= 50);

  // The response log at 100k and 1M lines: log, followups --due, stats and prune against a streaming
  // scan of the same file (read every line, parse it, keep nothing), with wc -l for scale. Memory is
  // bounded: peak RSS is the target, not the file's size (1M lines ≈ 380 MB).
  for (const lines of (process.env.BENCH_LOG_LINES ?? '100000,1000000').split(',').filter(Boolean).map(Number)) {
    const log = join(dir, `log-${lines}.jsonl`);
    await generateLog(log, lines);
    const label = lines >= 1e6 ? `${lines / 1e6}M` : `${lines / 1e3}k`;
    const runs = lines >= 1e6 ? 1 : 3;
    const scan = [join(root, 'bench/log-scan.mjs'), log];
    const wc = median([0, 1, 2].map(() => { const start = process.hrtime.bigint(); spawnSync('wc', ['-l', log]); return Number(process.hrtime.bigint() - start) / 1e6; }));
    for (const [name, args] of [['log', ['log']], ['followups --due', ['followups', '--due']], ['stats', ['stats', '-p', 'demo']]]) {
      const r = compare([bin, ...args, '--log', log], scan, runs);
      report(`${name}, ${label} lines vs streaming scan`, `${r.subject.toFixed(0)} ms vs ${r.reference.toFixed(0)} ms = ${r.ratio.toFixed(2)}x (wc -l ${wc.toFixed(0)} ms)`, '<= 2.00x', r.ratio <= 2);
      const rss = peakRss([bin, ...args, '--log', log]);
      report(`${name}, ${label} lines peak RSS`, `${rss.toFixed(0)} MiB`, '<= 200 MiB', rss <= 200);
    }
    // Prune rewrites the file, so each run gets a fresh copy (copied outside the timing).
    const pruned = join(dir, 'pruned.jsonl');
    const prunes = [];
    for (let i = 0; i < runs; i++) {
      copyFileSync(log, pruned);
      prunes.push(time([bin, 'log', 'prune', '--before', '2025-01-01', '--log', pruned]));
    }
    const reference = median([0, 1].map(() => time(scan)));
    const prune = median(prunes);
    report(`log prune (half removed), ${label} lines vs streaming scan`, `${prune.toFixed(0)} ms vs ${reference.toFixed(0)} ms = ${(prune / reference).toFixed(2)}x`, '<= 2.50x', prune / reference <= 2.5);
    copyFileSync(log, pruned);
    const pruneRss = peakRss([bin, 'log', 'prune', '--before', '2025-01-01', '--log', pruned]);
    report(`log prune, ${label} lines peak RSS`, `${pruneRss.toFixed(0)} MiB`, '<= 200 MiB', pruneRss <= 200);
    rmSync(log, { force: true });
    rmSync(pruned, { force: true });
  }
  // The shared log (issue 19): file vs PostgreSQL, when a database to fill is given (bench/team-log.mjs).
  if (process.env.REPLYGUIDE_BENCH_PG) {
    const { teamLogRows } = await import('./team-log.mjs');
    for (const r of await teamLogRows(process.env.REPLYGUIDE_BENCH_PG)) report(r.name, r.value, 'measured', true);
  } else report('team log (file vs PostgreSQL)', 'skipped: set REPLYGUIDE_BENCH_PG', '-', true);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const width = Math.max(...rows.map((r) => r.name.length));
console.log(`\nreplyguide bench (node ${process.version}, ${new Date().toISOString()})`);
for (const r of rows) console.log(`${r.name.padEnd(width)}  ${r.value.padEnd(32)}  target ${r.target.padEnd(10)}  ${r.ok ? 'ok' : 'MISSED'}`);

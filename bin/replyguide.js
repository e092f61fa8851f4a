#!/usr/bin/env node
// Thin shim: run the bundled CLI (one CommonJS file) with a V8 code cache, then hand over to it.
// Node 20 has no module.enableCompileCache, so the bundle is compiled through vm.Script with the
// code V8 compiled for the same kind of run last time (kept in the user's cache folder, one file per
// command and per way of running a triage, keyed by the Node version and the bundle file). Any
// problem with the cache just means compiling afresh; REPLYGUIDE_CACHE_DIR=off turns it off.
// CommonJS (bin/package.json says so): loading an ES module would start Node's ESM loader, ~15 ms.
'use strict';
const { fstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

/** Declared before the code below runs: the top-level commands (src/cli/main.ts; tests/cli/code-cache.test.ts holds the two lists equal). */
const COMMANDS = ['actions', 'check', 'completion', 'explain', 'followups', 'guide', 'init', 'lint', 'log', 'schema', 'stats', 'triage'];

// --version alone needs only package.json: answered here, without reading or compiling the bundle.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V') && printedVersion()) return;

const file = join(__dirname, '..', 'dist', 'bundle', 'main.cjs');
const source = readFileSync(file, 'latin1'); // the build makes it ASCII only: latin1 reads it ~20x faster than UTF-8
const cacheFile = codeCacheFile();
// A run that filled the CLI's caches (parsed a playbook, compiled templates, learned a model) compiled
// code that later runs read from those caches instead, and a code cache holds all a run compiled (or
// loaded from a cache): a scripted triage's was 1.0 MB from such a run, 0.64 MB otherwise (~6 ms a run).
// So such a run keeps a "cold" cache, which the next run uses but, if it filled nothing, deletes, so
// the run after it compiles afresh and keeps a lean one.
const coldFile = cacheFile && cacheFile.replace(/\.v8$/, '.cold.v8');
let cachedData;
let fromCold = false;
try { if (cacheFile) cachedData = readFileSync(cacheFile); } catch {
  try { cachedData = readFileSync(coldFile); fromCold = true; } catch { /* first run */ }
}
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
const cli = { exports: {} };
script.runInThisContext()(cli.exports, createRequire(file), cli, file, dirname(file));
if (cacheFile && (!cachedData || script.cachedDataRejected || fromCold)) {
  // Saved at exit, or earlier when the CLI asks (src/cli/code-cache.ts): a terminal closed under an
  // interactive session ends it by SIGHUP, and no exit handler runs then.
  let saved = false;
  const save = () => {
    if (saved) return;
    saved = true;
    const cold = globalThis[Symbol.for('replyguide.filledCaches')] === true;
    if (fromCold && !script.cachedDataRejected) {
      if (!cold) try { rmSync(coldFile, { force: true }); } catch { /* kept: only costs speed */ }
    } else {
      saveCodeCache(cold ? coldFile : cacheFile);
    }
  };
  globalThis[Symbol.for('replyguide.saveCodeCache')] = save;
  process.once('exit', save);
}
// Run as a program, the CLI; required (by a lint worker thread, src/cli/lint-threads.ts), its exports.
if (require.main === module) cli.exports.run();
else module.exports = cli.exports;

/** Whether the version line was written (or its reader had gone); any other problem is left to the CLI to report. */
function printedVersion() {
  try {
    writeSync(1, `${JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version}\n`);
    return true;
  } catch (error) {
    return error.code === 'EPIPE';
  }
}

/** The cache file for this command, this Node and this build of the bundle; none when caching is off. */
function codeCacheFile() {
  const env = process.env;
  if (env.REPLYGUIDE_CACHE_DIR === 'off') return undefined;
  try {
    const dir = env.REPLYGUIDE_CACHE_DIR || join(env.XDG_CACHE_HOME || join(env.HOME || require('node:os').homedir(), '.cache'), 'replyguide');
    const { size, mtimeMs, ino } = statSync(file);
    return join(dir, 'code', `${kindOfRun()}-${process.version}-${process.arch}-${size}-${Math.round(mtimeMs)}-${ino}.v8`);
  } catch {
    return undefined;
  }
}

/**
 * The command, and for a triage the code it will use besides: the prompts (both ends a terminal, not
 * --no-input) or the suggestions. A cache holds what the run that wrote it used, so one triage cache
 * for all three left a scripted run's cache without the prompts' code (or the other way round).
 */
function kindOfRun() {
  // A mistyped command is 'other': each made a 1 MB file of its own that nothing ever removed.
  const command = COMMANDS.includes(args[0]) ? args[0] : 'other';
  if (command !== 'triage') return command;
  const terminal = (fd) => { try { return fstatSync(fd).isCharacterDevice(); } catch { return false; } };
  if (!args.includes('--no-input') && terminal(0) && terminal(1)) return 'triage.ask';
  return args.includes('--use-suggestions') ? 'triage.suggest' : 'triage';
}

/** Written after the command ran, so it holds the functions the command used; older builds' files go. */
function saveCodeCache(cacheFile) {
  try {
    const dir = dirname(cacheFile);
    mkdirSync(dir, { recursive: true });
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
    const command = cacheFile.slice(dir.length + 1).split('-')[0];
    for (const old of readdirSync(dir)) if (old.startsWith(`${command}-`) && join(dir, old) !== cacheFile && !old.endsWith('.tmp')) rmSync(join(dir, old), { force: true });
  } catch {
    // A read-only home or a full disk only costs speed.
  }
}

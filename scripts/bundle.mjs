// Build step: bundle the CLI into one CommonJS file, dist/bundle/main.cjs. Resolving and loading
// hundreds of small files was the largest part of start-up time, and ES modules (even a few chunks)
// cannot use a V8 code cache on Node 20 (no module.enableCompileCache there): bin/replyguide.js
// compiles this one file through vm.Script with cachedData instead, which skips parsing and
// compiling the code a command uses (measured: triage 143 → 105 ms CPU, node -e 0 being 28 ms).
// Commands still run lazily: esbuild turns each `await import()` into a wrapper evaluated on first use.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { escapeNonAscii } from './ascii-only.mjs';

rmSync('dist/bundle', { recursive: true, force: true });

// Bundles of their own beside main.cjs, each required only where its import is first evaluated, so a
// command that does not use one never reads or parses it, and the package installs with no dependency:
// - pg, the PostgreSQL client, only for a log on a database (a dynamic import in response-log.ts);
//   pg-native is pg's optional native binding, not used;
// - date-holidays (with its calendars and time-zone data, half of main.cjs before), only when a year's
//   holidays are not in the cache folder yet (src/cli/holidays.ts).
// - yaml, the exact parser, only when a file needs positions (a finding to point at, explain, init):
//   one file of its own loads in a fraction of the time its 70 files in node_modules took (~35 ms).
const APART = { pg: ['pg-native', 'pg-cloudflare'], 'date-holidays': [], yaml: [] };
// - the generated playbook validator (a fifth of main.cjs), only when a playbook is not in the parse
//   cache as validated: the source of every run's bundle is read whole (~3.5 ms a MB here).
const VALIDATOR = 'validate-playbook';

/** What every bundle here is: one CommonJS file for Node 20. */
const COMMON = { bundle: true, format: 'cjs', platform: 'node', target: 'node20', legalComments: 'none', minify: process.env.BUNDLE_MINIFY !== '0', logLevel: 'warning' };

await build({
  ...COMMON,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/bundle/main.cjs',
  sourcemap: true,
  // Source files find the package's own files (playbooks, templates, models) from their URL.
  define: { 'import.meta.url': '__import_meta_url' },
  banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [stemmersOnly(), apart(Object.keys(APART)), validatorApart(), commanderSpawnsLazily(), chalkTold()],
});
asciiOnly('dist/bundle/main.cjs');

for (const [name, external] of Object.entries(APART)) {
  await build({
    // module.exports is the package as require() gives it: main.cjs imports it with Node's rules
    // (a default import of CommonJS is module.exports), so a bundle of its ES build would not do.
    ...COMMON,
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: process.cwd(), loader: 'js' },
    outfile: `dist/bundle/${name}.cjs`,
    external,
  });
}

await build({ ...COMMON, entryPoints: [`src/playbook/generated/${VALIDATOR}.cjs`], outfile: `dist/bundle/${VALIDATOR}.cjs` });

/** The bundle in ASCII only (see ascii-only.mjs). */
function asciiOnly(file) {
  const escaped = escapeNonAscii(readFileSync(file, 'utf8'));
  if (!/^[\x00-\x7f]*$/.test(escaped)) throw new Error(`${file} is not ASCII after escaping`);
  // bin/replyguide.js runs the bundle through vm.Script, which has no import() callback: a package left
  // to import() at run time (an external) fails there, and only there. Load such a package with require.
  const dynamic = escaped.match(/\bimport\(\s*["'`][^"'`]+["'`]\s*\)/g);
  if (dynamic) throw new Error(`${file} still has ${dynamic.join(', ')}: use createRequire (see src/playbook/exact-yaml.ts)`);
  writeFileSync(file, escaped);
}

/**
 * Commander loads node:child_process when it is required (~2 ms of every command), for executable
 * subcommands, which replyguide has none of: the module is loaded when `spawn` is first asked for.
 */
function commanderSpawnsLazily() {
  const eager = "const childProcess = require('node:child_process');";
  return {
    name: 'commander-spawns-lazily',
    setup(build) {
      build.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes(eager)) throw new Error(`${args.path} no longer says ${eager}: update commanderSpawnsLazily`);
        return { contents: source.replace(eager, "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };"), loader: 'js' };
      });
    },
  };
}

/**
 * Chalk works out the terminal's colour support when it is loaded (node:tty, node:os and the
 * environment, ~3 ms of every command that prints a listing). replyguide always tells it the level
 * (useColor in src/cli/io.ts, which honours NO_COLOR, FORCE_COLOR and --no-color), so chalk's own guess
 * is never used: it gets "no support" without looking.
 */
function chalkTold() {
  return {
    name: 'chalk-told-its-level',
    setup(build) {
      build.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'chalk-told' }));
      build.onLoad({ filter: /.*/, namespace: 'chalk-told' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
    },
  };
}

/** Each of these packages in the main bundle is a require of its own bundle (above), resolved beside main.cjs. */
function apart(names) {
  return {
    name: 'apart',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^(?:${names.join('|')})$`) }, (args) => ({ path: `./${args.path}.cjs`, external: true }));
    },
  };
}

/** The validator (src/playbook/validate.ts requires it on first use) is its own bundle beside main.cjs. */
function validatorApart() {
  return {
    name: 'validator-apart',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^\\./generated/${VALIDATOR}\\.cjs$`) }, () => ({ path: `./${VALIDATOR}.cjs`, external: true }));
    },
  };
}

/** The NLP.js stemmers ask for all of @nlpjs/core; they get only the parts a stemmer uses. */
function stemmersOnly() {
  return {
    name: 'nlpjs-core-stemmers-only',
    setup(build) {
      build.onResolve({ filter: /^@nlpjs\/core$/ }, () => ({ path: fileURLToPath(new URL('nlpjs-core.cjs', import.meta.url)) }));
    },
  };
}

// Build step: bundle the CLI into a few ES modules (with lazy chunks per command), because resolving
// and loading hundreds of small files was the largest part of start-up time.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes: start from an empty folder, or old chunks pile up in the package.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: ['src/cli/main.ts'],
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  legalComments: 'none',
  minify: process.env.BUNDLE_MINIFY !== "0",
  logLevel: 'warning',
  // CommonJS dependencies (commander, handlebars) call require(); give the bundle a real one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // Loaded only when a file needs exact positions; stays a normal dependency.
  external: ['yaml'],
});

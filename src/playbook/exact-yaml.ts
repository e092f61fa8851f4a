// The `yaml` package (exact positions) is loaded only when a file needs it: on the happy path
// js-yaml reads the file, and start-up should not pay for a second parser.
import { createRequire } from 'node:module';

type YamlModule = typeof import('yaml');
let loaded: YamlModule | undefined;

export function exactYaml(): YamlModule {
  // A literal require in the bundle (esbuild makes it the yaml bundle beside main.cjs); from node_modules
  // when run from source (tests).
  loaded ??= (typeof require === 'function' ? require('yaml') : createRequire(import.meta.url)('yaml')) as YamlModule;
  return loaded;
}

#!/usr/bin/env node
// Thin shim: cache compiled code between runs (faster start-up), then hand over to the CLI.
import module from 'node:module';

module.enableCompileCache?.();
const { run } = await import('../dist/bundle/main.js');
await run();

// node:os, loaded on first use: most runs need nothing from it (the home folder is $HOME), and loading
// it with the module that imports it took ~0.5 ms of every command's start.
import { createRequire } from 'node:module';
import { lazy } from './lazy.js';

export const nodeOs = lazy(() => createRequire(import.meta.url)('node:os') as typeof import('node:os'));

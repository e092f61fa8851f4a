// Runs before every test file (vitest.config.ts setupFiles): points the test process's own HOME and
// XDG folders at an empty temporary folder and unsets the user's REPLYGUIDE_* settings. The helpers
// already give each run of replyguide an environment of its own (tests/helpers/env.ts); this is the
// guard for any code path that forgets to: os.homedir() and process.env lead only to this temporary
// folder, never to the user's own config, cache or response log.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { freshDir, removeFreshDirs, USER_VARIABLES, xdgFolders } from '../helpers/env.js';

const home = join(freshDir('process-'), 'home');
mkdirSync(home);
for (const name of USER_VARIABLES) delete process.env[name];
Object.assign(process.env, { HOME: home, ...xdgFolders(home) });

afterAll(removeFreshDirs);

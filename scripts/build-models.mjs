// Build step: learn the suggestion models of the built-in playbooks once, so triage on them (and on a
// team's playbook that extends one without adding examples or hints) never trains at run time.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_NAMES } from '../dist/playbook/builtin.js';
import { loadPlaybook } from '../dist/playbook/load.js';
import { learn, lessonsOf, MODEL_VERSION, SETTINGS } from '../dist/suggest/model.js';
import { encodeModel } from '../dist/suggest/model-file.js';
import { loadStemmers } from '../dist/suggest/stem.js';
import { modelFileName, SHIPPED_MODELS } from '../dist/cli/suggestions.js';

await loadStemmers();
rmSync(SHIPPED_MODELS, { recursive: true, force: true });
mkdirSync(SHIPPED_MODELS, { recursive: true });
for (const [name, file] of Object.entries(BUILTIN_NAMES)) {
  const { playbook } = loadPlaybook(file);
  if (!playbook) throw new Error(`built-in playbook ${name} does not load`);
  const lessons = lessonsOf(playbook);
  writeFileSync(join(SHIPPED_MODELS, modelFileName(lessons, MODEL_VERSION, SETTINGS)), encodeModel(learn(lessons)));
}

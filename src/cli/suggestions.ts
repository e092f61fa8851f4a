// Suggestions for a comment, from a model learned from the playbook. A learned model is found by what
// it learns from (the questions, hints and examples, not the brand's facts): first among the models
// built with the package for the built-in playbooks (so a team's playbook that only fills in its own
// facts learns nothing anew), then in the cache folder beside the parsed playbook files. Any problem
// with the cache only costs the training time.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadedPlaybook } from '../playbook/load.js';
import type { Answers } from '../triage/when.js';
import { fillApplicable } from '../triage/flow.js';
import type { Lessons, SuggestModel } from '../suggest/model.js';
import type { Suggestions } from '../suggest/suggest.js';
import { storeInCache } from '../playbook/parse-cache.js';
import { sha1 } from '../digest.js';
import { withoutOwnNames } from '../suggest/own-accounts.js';
import { parseCache } from './playbook-input.js';
import type { Io } from './io.js';
import { translator, uiLocale, type Translate } from '../i18n/index.js';
import { displayPath } from '../lint/formatters/paths.js';

/** Models learned at build time from the built-in playbooks (scripts/build-models.mjs writes them). */
export const SHIPPED_MODELS = fileURLToPath(new URL('../models/', import.meta.url));

/** The file name of the model these lessons give, with these settings, in this model version. */
export function modelFileName(lessons: Lessons, version: number, settings: object): string {
  return `model-${sha1(String(version), JSON.stringify(settings), JSON.stringify(lessons))}.bin`;
}

export async function suggestionsFor(playbook: LoadedPlaybook, comment: string, io: Io, t: Translate = translator(uiLocale(undefined, io.env))): Promise<Suggestions> {
  // The learning code is loaded only when no learned model is found.
  const [{ suggest, MAX_READ }, { decodeModel, encodeModel, MODEL_VERSION }, { loadStemmers }, { detectLocale }, { SUGGEST_LANGUAGES }] = await Promise.all([
    import('../suggest/suggest.js'), import('../suggest/model-file.js'), import('../suggest/stem.js'), import('../tone/detect-locale.js'), import('../suggest/languages.js'),
  ]);
  // Fast path: the model cached for these very files. Else the one for the same lessons (what it learns
  // from: questions, hints, examples), built with the package or kept from an earlier edit of the
  // playbook that changed none of them, or a new one; then kept under these files' key too.
  const cache = parseCache(io.env);
  const key = sha1(String(MODEL_VERSION), String(cache?.version), ...playbook.layers.flatMap((layer) => [layer.file, layer.digest]));
  const cached = cache ? join(cache.dir, `model-${key}.bin`) : undefined;
  let model = cached ? readModel(cached, decodeModel) : undefined;
  if (!model || model.version !== MODEL_VERSION) {
    const { lessonsOf, learn, SETTINGS } = await import('../suggest/model.js');
    const lessons = lessonsOf(playbook);
    const name = modelFileName(lessons, MODEL_VERSION, SETTINGS);
    const learnedBefore = cache ? join(cache.dir, `model-${sha1(String(cache.version), name)}.bin`) : undefined;
    model = readModel(join(SHIPPED_MODELS, name), decodeModel) ?? (learnedBefore ? readModel(learnedBefore, decodeModel) : undefined);
    if (!model || model.version !== MODEL_VERSION) {
      // A few seconds, once after a change to what it learns from: said, so a terminal does not seem to hang.
      if (cached && io.stderr.isTTY) io.stderr.write(`replyguide: ${t('suggest.learning', { file: displayPath(playbook.layers[0].file, io.cwd) })}\n`);
      await loadStemmers(); // training reads hints and examples in every language
      // Used as it is stored (weights in bytes), so the run that learned it suggests what every later
      // run will, down to the order of the reasons.
      const bytes = encodeModel(learn(lessons));
      model = decodeModel(bytes)!;
      if (cached) storeInCache(cache!, basename(learnedBefore!), bytes) && storeInCache(cache!, basename(cached), bytes);
    } else if (cached) storeInCache(cache!, basename(cached), encodeModel(model));
  }
  const read = withoutOwnNames(comment, playbook);
  const locale = detectLocale(read.slice(0, MAX_READ), SUGGEST_LANGUAGES, 'en');
  await loadStemmers([locale]); // reading the comment needs only its own language
  return suggest(model, read, { locale });
}

function readModel(file: string, decode: (bytes: Uint8Array) => SuggestModel | undefined): SuggestModel | undefined {
  try {
    return decode(readFileSync(file));
  } catch {
    return undefined; // not there
  }
}

/** The answers, with each question that applies and has no answer taken from a confident suggestion. */
export function withConfidentSuggestions(playbook: LoadedPlaybook, given: Answers, suggestions: Suggestions): Answers {
  return fillApplicable(playbook.data, given, (question) => {
    const suggestion = suggestions.byQuestion.get(question.id);
    return suggestion?.confident ? suggestion.value : undefined;
  });
}

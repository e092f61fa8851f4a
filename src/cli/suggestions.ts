// Suggestions for a comment, from a model learned from the playbook. The learned model is kept in the
// cache folder beside the parsed playbook files, keyed by what it learns from, so a triage does not
// retrain; any problem with the cache only costs the training time.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedPlaybook } from '../playbook/load.js';
import type { Answers } from '../triage/when.js';
import { fillApplicable } from '../triage/flow.js';
import type { SuggestModel } from '../suggest/model.js';
import type { Suggestions } from '../suggest/suggest.js';
import { writeFileAtomic } from '../write-file.js';
import { parseCache } from './playbook-input.js';
import type { Io } from './io.js';

export async function suggestionsFor(playbook: LoadedPlaybook, comment: string, io: Io): Promise<Suggestions> {
  const [{ trainModel, MODEL_VERSION, SUGGEST_LANGUAGES }, { suggest, MAX_READ }, { loadStemmers }, { detectLocale }] = await Promise.all([
    import('../suggest/model.js'), import('../suggest/suggest.js'), import('../suggest/stem.js'), import('../tone/detect-locale.js'),
  ]);
  const cache = parseCache(io.env);
  // What the model learns from is in the playbook's files: their text is the key.
  const hash = createHash('sha1').update(`${MODEL_VERSION}\0${cache?.version}\0`);
  for (const layer of playbook.layers) hash.update(`${layer.file}\0${layer.text}\0`);
  const key = hash.digest('hex');
  const file = cache ? join(cache.dir, `model-${key}.json`) : undefined;
  let model: SuggestModel | undefined;
  if (file) {
    try { model = JSON.parse(readFileSync(file, 'utf8')) as SuggestModel; } catch { /* not cached yet */ }
  }
  if (!model || model.version !== MODEL_VERSION) {
    await loadStemmers(); // training reads hints and examples in every language
    model = trainModel(playbook);
    if (file) {
      try {
        mkdirSync(cache!.dir, { recursive: true });
        writeFileAtomic(file, JSON.stringify(model));
      } catch { /* a read-only cache only costs speed */ }
    }
  }
  const locale = detectLocale(comment.slice(0, MAX_READ), SUGGEST_LANGUAGES, 'en');
  await loadStemmers([locale]); // reading the comment needs only its own language
  return suggest(model, comment, { locale });
}

/** The answers, with each question that applies and has no answer taken from a confident suggestion. */
export function withConfidentSuggestions(playbook: LoadedPlaybook, given: Answers, suggestions: Suggestions, confident: number): Answers {
  return fillApplicable(playbook.data, given, (question) => {
    const suggestion = suggestions.byQuestion.get(question.id);
    return suggestion && suggestion.confidence >= confident ? suggestion.value : undefined;
  });
}

// Suggestions for a comment, from a model learned from the playbook. A learned model is found by what
// it learns from (the questions, hints and examples, not the brand's facts): first among the models
// built with the package for the built-in playbooks (so a team's playbook that only fills in its own
// facts learns nothing anew), then in the cache folder beside the parsed playbook files. Any problem
// with the cache only costs the training time.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadedPlaybook } from '../playbook/load.js';
import type { Answers } from '../triage/when.js';
import { fillApplicable } from '../triage/flow.js';
import type { Lessons, SuggestModel } from '../suggest/model.js';
import type { Suggestions } from '../suggest/suggest.js';
import { storeInCache, type ParseCache } from '../playbook/parse-cache.js';
import { sha1 } from '../digest.js';
import { withoutOwnNames } from '../suggest/own-accounts.js';
import { parseCache } from './playbook-input.js';
import type { Io } from './io.js';
import { translator, uiLocale, type Translate } from '../i18n/index.js';
import { displayPath } from '../lint/formatters/paths.js';
import { cliWorker, workerThreads } from './cli-worker.js';

/** Models learned at build time from the built-in playbooks (scripts/build-models.mjs writes them). */
export const SHIPPED_MODELS = fileURLToPath(new URL('../models/', import.meta.url));

/** The file name of the model these lessons give, with these settings, in this model version. */
export function modelFileName(lessons: Lessons, version: number, settings: object): string {
  return `model-${sha1(String(version), JSON.stringify(settings), JSON.stringify(lessons))}.bin`;
}

export async function suggestionsFor(playbook: LoadedPlaybook, comment: string, io: Io, t: Translate = translator(uiLocale(undefined, io.env))): Promise<Suggestions> {
  const [model, { suggest, MAX_READ }, { loadStemmers }, { detectLocale }, { SUGGEST_LANGUAGES }] = await Promise.all([
    modelFor(playbook, io, t), import('../suggest/suggest.js'), import('../suggest/stem.js'), import('../tone/detect-locale.js'), import('../suggest/languages.js'),
  ]);
  const read = withoutOwnNames(comment, playbook);
  const locale = detectLocale(read.slice(0, MAX_READ), SUGGEST_LANGUAGES, 'en');
  await loadStemmers([locale]); // reading the comment needs only its own language
  return suggest(model, read, { locale });
}

/** The model kept for these very files (each layer's path and digest): found without reading the lessons. */
function modelOfFiles(playbook: LoadedPlaybook, cache: ParseCache, version: number): string {
  return join(cache.dir, `model-${sha1(String(version), String(cache.version), ...playbook.layers.flatMap((layer) => [layer.file, layer.digest]))}.bin`);
}

/** Where a playbook's model is, or would be kept once learned. */
interface ModelPlace {
  /** Under the playbook's files: found without working out what it learns from. */
  cached?: string;
  lessons: Lessons;
  /** Its name by what it learns from (as built with the package). */
  name: string;
  /** Under that name in the cache folder: learned before, from an earlier edit that changed none of it. */
  learnedBefore?: string;
}

/**
 * The playbook's model: cached for these very files; else the one for the same lessons (what it learns
 * from: questions, hints, examples), built with the package or kept from an earlier edit of the playbook
 * that changed none of them, or learning ahead (learnAhead), or a new one; then kept under these files'
 * key too. The learning code is loaded only when no learned model is found.
 */
async function modelFor(playbook: LoadedPlaybook, io: Io, t: Translate): Promise<SuggestModel> {
  const { decodeModel, encodeModel, MODEL_VERSION } = await import('../suggest/model-file.js');
  const cache = parseCache(io.env);
  const cached = cache && modelOfFiles(playbook, cache, MODEL_VERSION);
  const model = cached ? readModel(cached, decodeModel, MODEL_VERSION) : undefined;
  if (model) return model;
  const place = await modelPlace(playbook, io, cached);
  const known = knownModel(place, decodeModel, MODEL_VERSION);
  if (known) {
    if (cached) storeInCache(cache!, basename(cached), encodeModel(known));
    return known;
  }
  const ahead = learningAhead.get(place.name);
  // A few seconds, once after a change to what it learns from: said, so a terminal does not seem to hang.
  if (cached && io.stderr.isTTY) io.stderr.write(`replyguide: ${t('suggest.learning', { file: displayPath(playbook.layers[0].file, io.cwd) })}\n`);
  // Used as it is stored (weights in bytes), so the run that learned it suggests what every later run
  // will, down to the order of the reasons.
  const bytes = (ahead && await ahead) ?? await learnHere(place.lessons);
  keep(cache, place, cached, bytes);
  return decodeModel(bytes)!;
}

async function modelPlace(playbook: LoadedPlaybook, io: Io, cached: string | undefined): Promise<ModelPlace> {
  const [{ lessonsOf, SETTINGS }, { MODEL_VERSION }] = await Promise.all([import('../suggest/model.js'), import('../suggest/model-file.js')]);
  const cache = parseCache(io.env);
  const lessons = lessonsOf(playbook);
  const name = modelFileName(lessons, MODEL_VERSION, SETTINGS);
  return { cached, lessons, name, learnedBefore: cache ? join(cache.dir, `model-${sha1(String(cache.version), name)}.bin`) : undefined };
}

function knownModel(place: ModelPlace, decode: (bytes: Uint8Array) => SuggestModel | undefined, version: number): SuggestModel | undefined {
  return readModel(join(SHIPPED_MODELS, place.name), decode, version) ?? (place.learnedBefore ? readModel(place.learnedBefore, decode, version) : undefined);
}

function keep(cache: ReturnType<typeof parseCache>, place: ModelPlace, cached: string | undefined, bytes: Uint8Array): void {
  if (cache && place.learnedBefore && storeInCache(cache, basename(place.learnedBefore), bytes) && cached) storeInCache(cache, basename(cached), bytes);
}

async function learnHere(lessons: Lessons): Promise<Uint8Array> {
  const [{ learn }, { encodeModel }, { loadStemmers }] = await Promise.all([import('../suggest/model.js'), import('../suggest/model-file.js'), import('../suggest/stem.js')]);
  await loadStemmers(); // training reads hints and examples in every language
  return encodeModel(learn(lessons));
}

/** Models being learned in a worker thread, by name: undefined if the worker failed (then learned here). */
const learningAhead = new Map<string, Promise<Uint8Array | undefined>>();

/**
 * An interactive session starts learning its playbook's model, when none is learned yet, in a worker
 * thread while the person pastes the first comment: after an edit to the examples, learning takes a few
 * seconds, which the first comment's suggestions waited for. Kept in the cache folder when done, so a
 * session ended meanwhile still leaves it for the next run. Settles when it is done (or there was nothing to do).
 */
export async function learnAhead(playbook: LoadedPlaybook, io: Io): Promise<void> {
  try {
    const { MODEL_VERSION } = await import('../suggest/model-file.js');
    const cache = parseCache(io.env);
    const cached = cache && modelOfFiles(playbook, cache, MODEL_VERSION);
    // Only whether a model is there (its name holds the model version): the first comment reads it.
    if (cached && existsSync(cached)) return;
    const place = await modelPlace(playbook, io, cached);
    if (learningAhead.has(place.name) || existsSync(join(SHIPPED_MODELS, place.name)) || (place.learnedBefore && existsSync(place.learnedBefore))) return;
    const learned = learnOnWorker(place.lessons, io);
    learningAhead.set(place.name, learned);
    const bytes = await learned;
    if (bytes) keep(cache, place, cached, bytes);
  } catch {
    // Learning ahead only saves time: the first suggestions learn as before.
  }
}

function learnOnWorker(lessons: Lessons, io: Io): Promise<Uint8Array | undefined> {
  return new Promise((resolve) => {
    try {
      // Without a code cache of its own: a worker run would keep one that holds the learning code.
      const worker = cliWorker('serveLearning', { argv: ['learn'], env: { ...io.env, REPLYGUIDE_CACHE_DIR: 'off' }, workerData: lessons });
      worker.unref(); // a session that ends meanwhile is not kept open by it
      worker.once('message', (bytes: Uint8Array) => resolve(bytes));
      worker.once('error', () => resolve(undefined));
      worker.once('exit', () => resolve(undefined));
    } catch {
      resolve(undefined);
    }
  });
}

/** The worker's side of learnAhead. */
export async function serveLearning(): Promise<void> {
  const { parentPort, workerData } = workerThreads();
  if (!parentPort) throw new Error('serveLearning runs in a worker thread');
  parentPort.postMessage(await learnHere(workerData as Lessons));
}

function readModel(file: string, decode: (bytes: Uint8Array) => SuggestModel | undefined, version: number): SuggestModel | undefined {
  try {
    const model = decode(readFileSync(file));
    return model?.version === version ? model : undefined;
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

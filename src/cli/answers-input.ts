// Answers given on the command line: --answer id=value flags and an --answers YAML/JSON file.
import { resolve } from 'node:path';
import { displayPath } from '../lint/formatters/paths.js';
import { exactYaml } from '../playbook/exact-yaml.js';
import { readTextFile } from '../playbook/load.js';
import { UsageError } from './io.js';
import { translator, type Translate } from '../i18n/index.js';
import { messageIn } from '../i18n/phrase.js';

export function parseAnswerFlags(flags: string[], t: Translate = translator('en')): Record<string, string> {
  // No prototype: "__proto__" or "constructor" is a name like any other, reported as no such question.
  const answers: Record<string, string> = Object.create(null);
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq <= 0) throw new UsageError(t('flag.badAnswer', { value: flag }));
    answers[flag.slice(0, eq).trim()] = flag.slice(eq + 1);
  }
  return answers;
}

/** A mapping of question id to answer, in YAML or JSON. Problems name file:line:col. */
/** `ui`: the language of the tool's words (messages). */
export function readAnswersFile(path: string, cwd: string, ui = 'en'): Record<string, unknown> {
  const t = translator(ui);
  const file = resolve(cwd, path);
  const shown = displayPath(file, cwd);
  const read = readTextFile(file);
  if (read.text === undefined) {
    const d = read.diagnostics[0];
    throw new UsageError(`${shown}:${d.line}:${d.column}: ${messageIn(d, ui)}`);
  }
  const { isMap, isScalar, LineCounter, parseDocument } = exactYaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(read.text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    throw new UsageError(`${shown}:${line}:${col}: ${first.message.split('\n')[0]}`);
  }
  if (!isMap(doc.contents)) throw new UsageError(t('answers.notMapping', { where: `${shown}:1:1` }));
  const answers: Record<string, unknown> = {};
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.value)) {
      const { line, col } = lineCounter.linePos((pair.value as { range?: number[] } | null)?.range?.[0] ?? 0);
      throw new UsageError(t('answers.notSingle', { where: `${shown}:${line}:${col}`, id: String((pair.key as { value?: unknown })?.value) }));
    }
    answers[String((pair.key as { value?: unknown })?.value)] = pair.value.value;
  }
  return answers;
}

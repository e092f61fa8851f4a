// A learned model as bytes, for the cache and the package: a JSON header (questions, choices, hints)
// followed by each question's typed arrays, 4-byte aligned, so reading it back is a view on the file,
// not a parse of tens of thousands of numbers. Weights are kept (and used) as one byte each with a scale per
// question: a third of the size; on a fifth of the starter's examples held out, 6 suggestions in 933
// comments changed (confidence moves by 0.02 at most), and as many were right as before.
import type { Linear } from './linear.js';
import type { QuestionModel, SuggestModel } from './model.js';

const MAGIC = 0x4d474752; // "RGGM"
/** Bump when the model's shape or features change: cached models of other versions are learned afresh. */
export const MODEL_VERSION = 9;

type Header = { version: number; temperature: number; common: string[]; questions: (Omit<QuestionModel, 'linear'> & { features: number; scale: number })[] };

export function encodeModel(model: SuggestModel): Uint8Array {
  const header: Header = {
    version: model.version,
    temperature: model.temperature,
    common: model.common,
    questions: model.questions.map(({ linear, ...question }) => ({ ...question, features: linear.keys.length, scale: linear.weights instanceof Int8Array ? linear.step ?? 1 : scaleOf(linear.weights) })),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerBytes = align(8 + json.length);
  let size = headerBytes;
  for (const { linear } of model.questions) size += 4 * (linear.keys.length + linear.bias.length) + align(linear.weights.length);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  bytes.set(json, 8);
  let at = headerBytes;
  model.questions.forEach(({ linear }, q) => {
    for (const array of [linear.keys, linear.bias]) {
      bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
      at += array.byteLength;
    }
    const { scale } = header.questions[q];
    const weights = new Int8Array(bytes.buffer, at, linear.weights.length);
    if (linear.weights instanceof Int8Array) weights.set(linear.weights); // read from a file: bytes already
    else for (let i = 0; i < weights.length; i++) weights[i] = Math.round(linear.weights[i] / scale);
    at += align(weights.length);
  });
  return bytes;
}

/** One step of a byte: the largest weight maps to 127. */
function scaleOf(weights: Float32Array | Int8Array): number {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  return max > 0 ? max / 127 : 1;
}

/** The model in these bytes, or undefined when they are not one (a cache file cut short, another format). */
export function decodeModel(file: Uint8Array): SuggestModel | undefined {
  // Typed arrays need 4-byte alignment: a file read into a shared pool may not start on one.
  const bytes = file.byteOffset % 4 === 0 ? file : file.slice();
  if (bytes.length < 8) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) return undefined;
  const length = view.getUint32(4, true);
  if (8 + length > bytes.length) return undefined;
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as Header;
  } catch {
    return undefined;
  }
  let at = bytes.byteOffset + align(8 + length);
  const end = bytes.byteOffset + bytes.length;
  const take = <T>(make: (buffer: ArrayBufferLike, offset: number, count: number) => T, count: number): T | undefined => {
    if (at + 4 * count > end) return undefined;
    const out = make(bytes.buffer, at, count);
    at += 4 * count;
    return out;
  };
  const questions: QuestionModel[] = [];
  for (const { features, scale, ...question } of header.questions ?? []) {
    const classes = question.classes.length;
    const keys = take((b, o, n) => new Uint32Array(b, o, n), features);
    const bias = take((b, o, n) => new Float32Array(b, o, n), classes);
    const stored = take((b, o, n) => new Int8Array(b, o, 4 * n), align(features * classes) / 4);
    if (!keys || !bias || !stored || typeof scale !== 'number') return undefined;
    // A view on the bytes, each weight worth `scale`: nothing is copied or converted (a model is MBs).
    const linear: Linear = { classes, keys, bias, weights: stored.subarray(0, features * classes), step: scale };
    questions.push({ ...question, linear });
  }
  return at === end ? { version: header.version, temperature: header.temperature, common: header.common ?? [], questions } : undefined;
}

const align = (n: number) => Math.ceil(n / 4) * 4;

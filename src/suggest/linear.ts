// A linear classifier over a comment's features (softmax regression): one weight per feature and
// class, learned from examples by gradient steps (AdaGrad) in a fixed, seeded order, so the same
// playbook always learns the same weights. Features are kept as 32-bit hashes in sorted order: a
// learned model is a few typed arrays, read back from the cache without parsing.

export interface Linear {
  classes: number;
  /** Hashes of the features the model knows, sorted. */
  keys: Uint32Array;
  /** keys.length × classes weights, a feature's classes side by side. */
  weights: Float32Array | Int8Array;
  /** What one unit of `weights` is worth: a stored model keeps a byte per weight, read as is (no copy). */
  step?: number;
  /** One per class: what the model expects before reading a word. */
  bias: Float32Array;
}

export interface TrainingDoc {
  /** The comment's features as hashes (featureKey), in the order it reads them. */
  keys: Uint32Array;
  /** Their values, in the same order. */
  values: Float64Array;
  label: number;
  /** How much it counts (a hint phrase counts more than one example). */
  weight: number;
}

export interface LinearSettings {
  /** Passes over the examples. */
  epochs: number;
  /** Pull towards zero, so no single rare word decides. */
  l2: number;
  /** Step size. */
  rate: number;
  /** A feature in fewer examples than this teaches nothing and is left out. */
  minCount: number;
  /** Seeds the order the examples are visited in (1 unless an evaluation averages over several). */
  seed?: number;
}

/** Features as a training document reads them: their hashes and values, side by side. */
export function hashed(features: readonly { id: string; value: number }[]): { keys: Uint32Array; values: Float64Array } {
  return { keys: Uint32Array.from(features, (f) => featureKey(f.id)), values: Float64Array.from(features, (f) => f.value) };
}

/** FNV-1a over the UTF-16 code units of a feature id. */
export function featureKey(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A comment's feature values scale to length 1: a long comment does not shout louder than a short one. */
export function scale(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] * values[i];
  return sum > 0 ? 1 / Math.sqrt(sum) : 0;
}

export function trainLinear(docs: readonly TrainingDoc[], classes: number, settings: LinearSettings): Linear {
  const keys = keysInAtLeast(docs, settings.minCount);
  const rows = docs.map((doc) => {
    const z = scale(doc.values);
    const found: number[] = [];
    const values: number[] = [];
    for (let i = 0; i < doc.keys.length; i++) {
      const row = find(keys, doc.keys[i]);
      if (row >= 0) found.push(row), values.push(doc.values[i] * z);
    }
    return { rows: Int32Array.from(found), values: Float32Array.from(values), label: doc.label, weight: doc.weight };
  });
  const weights = new Float32Array(keys.length * classes);
  const squares = new Float32Array(keys.length * classes);
  const bias = new Float32Array(classes);
  const biasSquares = new Float32Array(classes);
  const p = new Float64Array(classes);
  const order = rows.map((_, i) => i);
  let seed = settings.seed ?? 1;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x80000000;
  const errors = new Float64Array(classes);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const swapped = order[i];
      order[i] = order[j];
      order[j] = swapped;
    }
    for (const i of order) {
      const doc = rows[i];
      probabilities({ classes, keys, weights, bias }, doc.rows, doc.values, 1, p);
      for (let c = 0; c < classes; c++) {
        errors[c] = doc.weight * (p[c] - (c === doc.label ? 1 : 0));
        biasSquares[c] += errors[c] * errors[c];
        bias[c] -= (settings.rate * errors[c]) / Math.sqrt(biasSquares[c] + 1e-8);
      }
      for (let q = 0; q < doc.rows.length; q++) {
        const base = doc.rows[q] * classes;
        const value = doc.values[q];
        for (let c = 0; c < classes; c++) {
          const at = base + c;
          const gradient = errors[c] * value + settings.l2 * weights[at];
          squares[at] += gradient * gradient;
          weights[at] -= (settings.rate * gradient) / Math.sqrt(squares[at] + 1e-8);
        }
      }
    }
  }
  return { classes, keys, weights, bias };
}

/**
 * The sorted hashes of the features in at least `minCount` documents. Counted by sorting every
 * document's distinct hashes together and measuring runs: a Map of hashes (most above 2^31, which V8
 * keeps as heap numbers) took a second for the starter's 6,400 examples.
 */
function keysInAtLeast(docs: readonly TrainingDoc[], minCount: number): Uint32Array {
  let total = 0;
  for (const doc of docs) total += doc.keys.length;
  const all = new Uint32Array(total);
  let end = 0;
  for (const doc of docs) {
    const start = end;
    all.set(doc.keys, start);
    all.subarray(start, start + doc.keys.length).sort();
    // A document counts once for a feature it shows twice.
    for (let i = start; i < start + doc.keys.length; i++) if (i === start || all[i] !== all[end - 1]) all[end++] = all[i];
  }
  const sorted = all.subarray(0, end).sort();
  const keys: number[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    if (j - i >= minCount) keys.push(sorted[i]);
    i = j;
  }
  return Uint32Array.from(keys);
}

/** The row of a feature hash in the model, or -1. */
export function find(keys: Uint32Array, key: number): number {
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (keys[mid] < key) low = mid + 1;
    else if (keys[mid] > key) high = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * Class probabilities for features already found in the model (rows) with their scaled values. A
 * temperature above 1 softens them: a model fitted closely to its examples is surer than it is right.
 */
export function probabilities(model: Linear, rows: ArrayLike<number>, values: ArrayLike<number>, temperature = 1, out = new Float64Array(model.classes)): Float64Array {
  const { classes, weights, bias } = model;
  const step = model.step ?? 1;
  for (let c = 0; c < classes; c++) out[c] = bias[c];
  for (let q = 0; q < rows.length; q++) {
    const base = rows[q] * classes;
    const value = values[q] * step;
    for (let c = 0; c < classes; c++) out[c] += weights[base + c] * value;
  }
  for (let c = 0; c < classes; c++) out[c] /= temperature;
  let max = -Infinity;
  for (let c = 0; c < classes; c++) max = Math.max(max, out[c]);
  let sum = 0;
  for (let c = 0; c < classes; c++) sum += out[c] = Math.exp(out[c] - max);
  for (let c = 0; c < classes; c++) out[c] /= sum;
  return out;
}

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
  features: readonly { id: string; value: number }[];
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

/** FNV-1a over the UTF-16 code units of a feature id. */
export function featureKey(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A comment's features scale to length 1: a long comment does not shout louder than a short one. */
export function scale(features: readonly { value: number }[]): number {
  let sum = 0;
  for (const f of features) sum += f.value * f.value;
  return sum > 0 ? 1 / Math.sqrt(sum) : 0;
}

export function trainLinear(docs: readonly TrainingDoc[], classes: number, settings: LinearSettings): Linear {
  const counts = new Map<number, number>();
  for (const doc of docs) for (const key of new Set(doc.features.map((f) => featureKey(f.id)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const keys = Uint32Array.from([...counts].filter(([, n]) => n >= settings.minCount).map(([key]) => key)).sort();
  const rows = docs.map((doc) => {
    const z = scale(doc.features);
    const found = doc.features.map((f) => ({ row: find(keys, featureKey(f.id)), value: f.value * z })).filter((f) => f.row >= 0);
    return { rows: Int32Array.from(found, (f) => f.row), values: Float32Array.from(found, (f) => f.value), label: doc.label, weight: doc.weight };
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
      [order[i], order[j]] = [order[j], order[i]];
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

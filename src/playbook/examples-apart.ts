// A playbook's examples are most of its size (the starter ships thousands, to learn from) and are read
// only by lint, explain and the suggestion engine when it learns. Cached playbooks keep them apart and
// parse them on first use, so a triage does not pay for them.

/** Gives `record` an `examples` property computed on first read (then kept), enumerable like data. */
export function examplesOnDemand(record: Record<string, unknown>, compute: () => unknown): void {
  let value: unknown;
  let done = false;
  Object.defineProperty(record, 'examples', {
    enumerable: true,
    configurable: true,
    get() {
      if (!done) { value = compute(); done = true; }
      return value;
    },
    set(next: unknown) { value = next; done = true; },
  });
}

/** Are the examples still waiting to be read? (Reading them would parse them.) */
export function examplesPending(record: object): boolean {
  return typeof Object.getOwnPropertyDescriptor(record, 'examples')?.get === 'function';
}

/** The record's other fields, without reading its examples. */
export function withoutExamples(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) if (key !== 'examples') out[key] = record[key];
  return out;
}

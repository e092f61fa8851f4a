// A value made on first use. For regular expressions: V8 parses a pattern when its literal is
// evaluated, and one with Unicode property classes (\p{L}) takes 0.05–0.5 ms to make, so module-level
// patterns that a run may never use cost every command's start (~2 ms of a triage's).
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

// Lookups by a name from a playbook, a flag or a file: only a record's own entries count, never what
// every object inherits ("constructor", "toString", "__proto__" would otherwise find something).

/** The record's own value under this name, or undefined. */
export function own<T>(record: Readonly<Record<string, T>> | undefined, name: string | undefined): T | undefined {
  return record !== undefined && name !== undefined && Object.hasOwn(record, name) ? record[name] : undefined;
}

// What is worked out from an object, kept as long as the object and no longer: the WeakMap contract,
// stored on the object itself under a private symbol (not enumerable, so no copy, JSON or equality
// ever sees it). For objects that live a short while, such as a playbook being linted and its parts:
// a module-level WeakMap kept the values of such keys through V8's young-generation collections until
// a full one (lint of 1,000 playbooks promoted ~25 MB more, and its GC pauses were a third longer). Keys that live
// for the whole run (a lexicon, a model) may stay in a WeakMap. A value stays with its key even once
// the Memo is gone: a Memo made per call, keyed by something that outlives the call, leaks; keep
// Memos at module level (a WeakMap is right for that case).
export class Memo<K extends object, V> {
  private readonly slot = Symbol('memo');
  /** For a key that takes no new property (frozen, sealed): a WeakMap after all. */
  private readonly fallback = new WeakMap<K, V>();
  /** Whether any key went to the fallback: until then a look-up need not ask it. */
  private fellBack = false;

  get(key: K): V | undefined {
    if (this.fellBack && this.fallback.has(key)) return this.fallback.get(key);
    return Object.prototype.hasOwnProperty.call(key, this.slot) ? (key as Record<symbol, V>)[this.slot] : undefined;
  }

  set(key: K, value: V): this {
    try {
      Object.defineProperty(key, this.slot, { value, writable: true, configurable: true, enumerable: false });
    } catch {
      this.fallback.set(key, value); // frozen or sealed, before or since the last set
      this.fellBack = true;
    }
    return this;
  }

  has(key: K): boolean {
    return Object.prototype.hasOwnProperty.call(key, this.slot) || this.fallback.has(key);
  }
}

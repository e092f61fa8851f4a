// The V8 code cache is the shim's (bin/replyguide.js); it writes it at exit. An interactive session
// may never exit: a closed terminal ends it by SIGHUP, which runs no exit handler, so every session
// would compile the whole bundle afresh. Such a session asks for it once the first plan is on screen.

const SAVE = Symbol.for('replyguide.saveCodeCache');
let asked = false;

/** Has the shim write its code cache soon, if it means to write one; a no-op otherwise (tests, workers). */
export function saveCodeCacheSoon(): void {
  const save = (globalThis as Record<symbol, unknown>)[SAVE];
  if (asked || typeof save !== 'function') return;
  asked = true;
  // After the menu is drawn, while the agent reads the plan; it takes a few milliseconds.
  setTimeout(() => save(), 200).unref();
}

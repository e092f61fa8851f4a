/** A suggestion's reasons as a person reads them: "still waiting", "refund" (a module of its own, so
 * scripted triage can say them without loading the engine). */
export const quoted = (because: readonly string[]): string => because.map((b) => `"${b}"`).join(', ');

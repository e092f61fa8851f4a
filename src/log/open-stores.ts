// What a run must close before it ends (a database connection keeps the process alive otherwise).
// Kept apart from the stores so main.ts can close them without loading any of them.
const closers: (() => Promise<unknown>)[] = [];

export function onExit(close: () => Promise<unknown>): void {
  closers.push(close);
}

export async function closeAll(): Promise<void> {
  await Promise.all(closers.splice(0).map((close) => close()));
}

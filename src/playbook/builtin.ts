import { fileURLToPath } from 'node:url';

const shipped = (name: string) => fileURLToPath(new URL(`../../playbooks/${name}.yaml`, import.meta.url));

/** The brand-neutral playbook a team's own playbook extends: `extends: starter`. */
export const STARTER_PLAYBOOK = shipped('starter');

/** The demo (the starter filled in for a sample brand): used when no playbook of your own is found. */
export const BUILTIN_PLAYBOOK = shipped('demo');

/** Playbooks that ship with replyguide, by the name `extends` may use. */
export const BUILTIN_NAMES: Readonly<Record<string, string>> = { starter: STARTER_PLAYBOOK, demo: BUILTIN_PLAYBOOK };

/** "starter (built-in)" for a shipped playbook's file, else undefined. */
export function builtinName(file: string): string | undefined {
  return Object.entries(BUILTIN_NAMES).find(([, path]) => path === file)?.[0];
}

import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const shipped = (name: string) => fileURLToPath(new URL(`../../playbooks/${name}.yaml`, import.meta.url));

/** The brand-neutral playbook a team's own playbook extends: `extends: starter`. */
export const STARTER_PLAYBOOK = shipped('starter');

/** The demo (the starter filled in for a sample brand): used when no playbook of your own is found. */
export const BUILTIN_PLAYBOOK = shipped('demo');

/** Playbooks that ship with replyguide, by the name `extends` may use. */
export const BUILTIN_NAMES: Readonly<Record<string, string>> = { starter: STARTER_PLAYBOOK, demo: BUILTIN_PLAYBOOK };

/** Where replyguide is installed: the built-in files are named relative to it (playbooks/starter.yaml). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The reply templates that ship with replyguide (templates/<locale>/<id>.hbs), used by the built-in playbooks. */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** "starter (built-in)" for a shipped playbook's file, else undefined. */
export function builtinName(file: string): string | undefined {
  return Object.entries(BUILTIN_NAMES).find(([, path]) => path === file)?.[0];
}

/** Is this one of the built-in templates (a file under the shipped templates folder)? */
export function isBuiltinTemplate(file: string): boolean {
  return file.startsWith(BUILTIN_TEMPLATES.endsWith(sep) ? BUILTIN_TEMPLATES : BUILTIN_TEMPLATES + sep);
}

/** A file that ships with replyguide and that no team can edit: a built-in playbook or template. */
export function isBuiltinFile(file: string): boolean {
  return builtinName(file) !== undefined || isBuiltinTemplate(file);
}

/** A built-in file's name as shipped: playbooks/starter.yaml, templates/en/praise.hbs. */
export function shippedPath(file: string): string {
  return relative(PACKAGE_ROOT, file).split(sep).join('/');
}

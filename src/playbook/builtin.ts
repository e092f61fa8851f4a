import { fileURLToPath } from 'node:url';

/** The starter playbook that ships with replyguide (used when --playbook is not given). */
export const BUILTIN_PLAYBOOK = fileURLToPath(new URL('../../playbooks/starter.yaml', import.meta.url));

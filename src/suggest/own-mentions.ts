// A comment that tags the brand is written to us: our own @handle says nothing of what kind of comment
// it is, and it is no friend tagged in chatter. The models learned the starter's many @mentions as
// replies to other followers, so a mention of one of the playbook's own handles is taken out of what
// they read ("@brightline love the new colours!" was praise at 52%, not sure enough; without the tag, 85%).

import type { Playbook } from '../playbook/types.js';

/** The playbook's own accounts (brand.handles), as written. */
export const ownHandles = (playbook: Playbook): string[] => Object.values(playbook.brand.handles ?? {});

/** The comment without mentions of these handles ("@brightline", "Brightline"; any case), or as it is when nothing else is left. */
export function withoutOwnMentions(comment: string, handles: readonly string[]): string {
  const names = handles.map((handle) => handle.trim().replace(/^@/, '')).filter((name) => /^[\p{L}\p{N}_.]+$/u.test(name));
  if (names.length === 0) return comment;
  const escaped = names.sort((a, b) => b.length - a.length).map((name) => name.replace(/\./g, '\\.'));
  const mention = new RegExp(`(?<![\\p{L}\\p{N}_@])@(?:${escaped.join('|')})(?![\\p{L}\\p{N}_]|\\.[\\p{L}\\p{N}_])`, 'giu');
  const rest = comment.replace(mention, ' ');
  return rest.trim() ? rest : comment;
}

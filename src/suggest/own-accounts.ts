// A comment that names the brand's own accounts is written to us, and they say nothing of what kind of
// comment it is: our @handle is no friend tagged in chatter, our support address or help page is no
// personal data and no spam link. The models learned the starter's many @mentions as replies to other
// followers, and the patterns find any e-mail address or link, so before the comment is read for
// suggestions and for what it shows, the playbook's own accounts are taken out of it. On the demo,
// "@brightline love the new colours!" was praise at 52% (not sure enough; 85% without the tag), "your
// help page https://brightline.example/help gives a 404" was spam at 98%, and "I emailed
// care@brightline.example" had the comment hidden as the writer's own personal data.
import { Memo } from '../memo.js';
import type { Playbook } from '../playbook/types.js';

const patterns = new Memo<Playbook, RegExp | null>();

/**
 * The comment as replyguide reads it: without the playbook's own accounts (brand.handles as @mentions,
 * brand.support's e-mail addresses and phone numbers as written, links to the site of brand.support's
 * web address), or as it is when nothing else would be left.
 */
export function withoutOwnAccounts(comment: string, playbook: Playbook): string {
  let pattern = patterns.get(playbook);
  if (pattern === undefined) patterns.set(playbook, (pattern = ownAccountsPattern(playbook) ?? null));
  if (!pattern) return comment;
  const rest = comment.replace(pattern, ' ');
  return rest.trim() ? rest : comment;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function ownAccountsPattern(playbook: Playbook): RegExp | undefined {
  const handles = Object.values(playbook.brand.handles ?? {})
    .map((handle) => String(handle).trim().replace(/^@/, ''))
    .filter((name) => /^[\p{L}\p{N}_.]+$/u.test(name));
  const support = Object.values(playbook.brand.support ?? {}).filter((value): value is string => typeof value === 'string').map((value) => value.trim());
  const emails = support.filter((value) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value));
  const phones = support.filter((value) => /^\+?[\d\s().-]+$/.test(value) && value.replace(/\D/g, '').length >= 7);
  // The host of the support web address and its subdomains ("brightline.example", "help.brightline.example"),
  // never a whole public suffix: a help page at brightline.co.uk takes out nothing else at .co.uk.
  const sites = support.flatMap((value) => {
    if (!/^https?:\/\//i.test(value)) return [];
    try {
      return [new URL(value).hostname.replace(/^www\./, '')];
    } catch {
      return [];
    }
  });
  const alternatives = [
    ...emails.map((email) => `(?<![\\p{L}\\p{N}_.+-])${escape(email)}(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])`),
    ...phones.map((phone) => `(?<![\\d+])${escape(phone)}(?!\\d)`),
    ...sites.map((site) => `(?<![\\p{L}\\p{N}_.@/-])(?:https?:\\/\\/)?(?:[a-z0-9-]+\\.)*${escape(site)}(?!\\.[\\p{L}\\p{N}])(?::\\d+)?(?:[/?#]\\S*)?(?![\\p{L}\\p{N}_-])`),
    ...(handles.length ? [`(?<![\\p{L}\\p{N}_@])@(?:${handles.sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}_]|\\.[\\p{L}\\p{N}_])`] : []),
  ];
  return alternatives.length ? new RegExp(alternatives.join('|'), 'giu') : undefined;
}

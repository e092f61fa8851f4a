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

interface OwnAccounts {
  /** Lower-case text one of them must hold: most comments hold none, and are not searched further. */
  needles: string[];
  handles: string[];
  support: string[];
  /** Made when a comment first holds a needle. */
  pattern?: RegExp;
}

const accounts = new Memo<Playbook, OwnAccounts | null>();

/**
 * The comment as replyguide reads it: without the playbook's own accounts (brand.handles as @mentions,
 * brand.support's e-mail addresses and phone numbers as written, links to the host of brand.support's
 * web address and its subdomains), or as it is when nothing else would be left.
 */
export function withoutOwnAccounts(comment: string, playbook: Playbook): string {
  let own = accounts.get(playbook);
  if (own === undefined) accounts.set(playbook, (own = ownAccounts(playbook)));
  if (!own) return comment;
  const lower = comment.toLowerCase();
  if (!own.needles.some((needle) => lower.includes(needle))) return comment;
  own.pattern ??= ownAccountsPattern(own.handles, own.support);
  const rest = comment.replace(own.pattern, ' ');
  return rest.trim() ? rest : comment;
}

/** The accounts as written, and a cheap test for them (plain string work: this runs in every scripted triage). */
function ownAccounts(playbook: Playbook): OwnAccounts | null {
  const handles = Object.values(playbook.brand.handles ?? {}).map((handle) => String(handle).trim()).map((handle) => (handle.startsWith('@') ? handle.slice(1) : handle)).filter(Boolean);
  const support = Object.values(playbook.brand.support ?? {}).filter((value): value is string => typeof value === 'string').map((value) => value.trim()).filter(Boolean);
  if (handles.length + support.length === 0) return null;
  const needles = [...handles.map((name) => `@${name}`), ...support.map((value) => hostOf(value) ?? value)].map((needle) => needle.toLowerCase());
  return { needles, handles, support };
}

/** "brightline.example" of "https://www.brightline.example/help". */
function hostOf(url: string): string | undefined {
  const host = /^https?:\/\/(?:[^@/?#\s]*@)?([a-z0-9.-]+)(?::\d+)?(?:[/?#]|$)/i.exec(url)?.[1];
  return host?.includes('.') ? host.toLowerCase().replace(/^www\./, '') : undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Boundaries in ASCII, any other character counting as part of a word: a \p{L} class under the i flag
// made V8 compile a regex of thousands of ranges, ~5 ms of the first triage that used it.
const WORD = '\\w\\u0080-\\uffff';

function ownAccountsPattern(handles: string[], support: string[]): RegExp {
  const names = handles.filter((name) => /^[\w.\u0080-\uffff]+$/.test(name));
  const emails = support.filter((value) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value));
  const phones = support.filter((value) => /^\+?[\d\s().-]+$/.test(value) && value.replace(/\D/g, '').length >= 7);
  // The host of the support web address and its subdomains ("brightline.example", "help.brightline.example"),
  // never a whole public suffix: a help page at brightline.co.uk takes out nothing else at .co.uk.
  const sites = support.flatMap((value) => hostOf(value) ?? []);
  const alternatives = [
    ...emails.map((email) => `(?<![${WORD}.+-])${escape(email)}(?![${WORD}-]|\\.[${WORD}])`),
    ...phones.map((phone) => `(?<![\\d+])${escape(phone)}(?!\\d)`),
    ...sites.map((site) => `(?<![${WORD}.@/-])(?:https?:\\/\\/)?(?:[a-z0-9-]+\\.)*${escape(site)}(?!\\.[${WORD}])(?::\\d+)?(?:[/?#]\\S*)?(?![${WORD}-])`),
    ...(names.length ? [`(?<![${WORD}@])@(?:${names.sort((a, b) => b.length - a.length).map(escape).join('|')})(?![${WORD}]|\\.[${WORD}])`] : []),
  ];
  // (?!) matches nothing: accounts none of which can be written in a comment.
  return new RegExp(alternatives.length ? alternatives.join('|') : '(?!)', 'gi');
}

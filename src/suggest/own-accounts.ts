// A comment that names the brand's own accounts is written to us, and they say nothing of what kind of
// comment it is: our @handle is no friend tagged in chatter, our support address or help page is no
// personal data and no spam link. The models learned the starter's many @mentions as replies to other
// followers, and the personal-data patterns know only generic role mailboxes (support@, klantenservice@)
// as a company's own, so before a comment is read for suggestions and for what it shows, the playbook's
// own accounts are taken out of it. On the demo, "@brightline love the new colours!" was praise at 52%
// (not sure enough; 85% without the tag), "your help page https://brightline.example/help gives a 404"
// was spam at 98%, and "I emailed care@brightline.example" had the comment hidden as the writer's own
// personal data. For the suggestions, the brand's name as a word goes too: every comment is written to
// it, yet the models learned it from a few examples ("brightline your app keeps crashing" was abuse,
// confidently, at 62%). The held-out comments with "Brightline" put before, after or in them, on the
// demo: 87.8% right as written, 89.7% without the name (89.9% for the comments alone).
import { Memo } from '../memo.js';
import type { LoadedPlaybook } from '../playbook/load.js';
import { escapeRegExp } from '../regex-escape.js';
import { isSpace } from '../whitespace.js';
import { isLocaleMap } from '../playbook/localize.js';
import { lazy } from '../lazy.js';

interface Site {
  host: string;
  /** The path a link must start with ("/brightline" on facebook.com), or "" for every page of the host. */
  path: string;
}

interface OwnAccounts {
  /** Lower-case text one of the accounts must hold: most comments hold none, and are not searched further. */
  needles: string[];
  /** The brand's name as a word ("Brightline please fix your app"), in every locale it is written in. */
  names: string[];
  /** Lower case: the first word of each name. */
  nameNeedles: string[];
  handles: string[];
  emails: string[];
  phones: string[];
  sites: Site[];
}

/** By the playbook's document as written, which all its locale views share: every locale's accounts at once. */
const accounts = new Memo<object, OwnAccounts | null>();

/**
 * The comment as replyguide reads it for what it shows (a threat, personal data, an earlier attempt):
 * without the playbook's own accounts (brand.handles as @mentions, brand.support's e-mail addresses and
 * phone numbers as written, links to its web addresses), or as it is when nothing else would be left.
 */
export function withoutOwnAccounts(comment: string, playbook: LoadedPlaybook): string {
  return without(comment, playbook, false);
}

/**
 * The comment as the suggestion models read it, and the examples they learn from: also without the
 * brand's name as a word. Not for what a comment shows: a name can be an ordinary word ("Three" in
 * "I emailed you three times").
 */
export function withoutOwnNames(comment: string, playbook: LoadedPlaybook): string {
  return without(comment, playbook, true);
}

function without(comment: string, playbook: LoadedPlaybook, names: boolean): string {
  let own = accounts.get(playbook.raw);
  if (own === undefined) accounts.set(playbook.raw, (own = ownAccounts(playbook.raw)));
  if (!own) return comment;
  const lower = comment.toLowerCase();
  const hasName = names && own.nameNeedles.some((needle) => lower.includes(needle));
  if (!hasName && !own.needles.some((needle) => lower.includes(needle))) return comment;
  const rest = takeOut(comment, own, hasName);
  return rest.trim() ? rest : comment;
}

/** Every text of a value as written: a string, or each locale's of a { locale: text } mapping. */
const texts = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : isLocaleMap(value) ? Object.values(value).filter((v): v is string => typeof v === 'string') : [];

// Read with string work, not regular expressions: this runs in every scripted triage on a playbook with
// accounts, and each pattern's first use costs ~0.1-0.2 ms to compile.
function ownAccounts(raw: Record<string, unknown>): OwnAccounts | null {
  const brand = (raw.brand ?? {}) as Record<string, unknown>;
  const handles = Object.values((brand.handles ?? {}) as object).flatMap(texts)
    .map((handle) => handle.trim())
    .map((handle) => (handle.startsWith('@') ? handle.slice(1) : handle))
    .filter((name) => name !== '' && [...name].every((c) => isAsciiWord(c) || c === '.' || (c >= '\u00c0' && c <= '\u024f')));
  const support = Object.values((brand.support ?? {}) as object).flatMap(texts).map((value) => value.trim()).map((value) => {
    const lower = value.toLowerCase();
    return lower.startsWith('mailto:') ? value.slice(7) : lower.startsWith('tel:') ? value.slice(4) : value;
  });
  const emails = support.filter((value) => {
    const at = value.indexOf('@');
    return at > 0 && at === value.lastIndexOf('@') && value.indexOf('.', at) > at + 1 && !value.endsWith('.') && ![...value].some(isSpace);
  });
  const phones = support.filter((value) => [...value].every((c) => '+0123456789 ().-'.includes(c)) && [...value].filter((c) => c >= '0' && c <= '9').length >= 7);
  // A web address takes every page of its host when the host bears the brand's name or a handle's
  // (brightline.example, help.fietsbaas.nl); on any other host (facebook.com, wa.me) only the pages under
  // its own path, so that other links to that host still count.
  const names = [...texts(brand.name), ...handles].map(letters).filter((name) => name.length >= 4);
  const sites = support.flatMap((value): Site[] => {
    const url = webAddress(value);
    if (!url) return [];
    if (names.some((name) => letters(url.host).includes(name))) return [{ host: url.host, path: '' }];
    return url.path ? [url] : [];
  });
  const brandNames = [...new Set(texts(brand.name).map((name) => name.trim().split(/\s+/).join(' ')))].filter((name) => name.length >= 2 && !name.startsWith('TODO:'));
  if (brandNames.length + handles.length + emails.length + phones.length + sites.length === 0) return null;
  const needles = [...handles.map((name) => `@${name}`), ...emails, ...phones, ...sites.map((site) => site.host)].map((needle) => needle.toLowerCase());
  return { needles, names: brandNames, nameNeedles: brandNames.map((name) => name.split(' ')[0].toLowerCase()), handles, emails, phones, sites };
}

const isAsciiWord = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_';
/** Lower-case a-z and 0-9 only: "Fietsbaas B.V." gives "fietsbaasbv". */
const letters = (text: string) => [...text.toLowerCase()].filter((c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')).join('');

/** Host (lower case, without www.) and path (lower case, without a trailing /) of an http(s) address. */
function webAddress(value: string): Site | undefined {
  const lower = value.toLowerCase();
  const scheme = lower.startsWith('https://') ? 8 : lower.startsWith('http://') ? 7 : 0;
  if (!scheme || [...lower].some(isSpace)) return undefined;
  const rest = lower.slice(scheme);
  const cut = (text: string, stops: string) => { let end = text.length; for (const stop of stops) { const i = text.indexOf(stop); if (i !== -1 && i < end) end = i; } return end; };
  const authorityEnd = cut(rest, '/?#');
  const authority = rest.slice(0, authorityEnd);
  const hostAndPort = authority.slice(authority.lastIndexOf('@') + 1);
  const host = hostAndPort.slice(0, cut(hostAndPort, ':')).replace(/^www\./, '');
  if (!host.includes('.') || host.startsWith('.') || host.endsWith('.')) return undefined;
  const afterHost = rest.slice(authorityEnd);
  const path = afterHost.slice(0, cut(afterHost, '?#')).replace(/\/+$/, '');
  return { host, path };
}

// Letters and digits of any script, tested one character at a time: as a class inside a pattern with
// the i flag, \p{L} made V8 compile thousands of ranges (~5 ms the first time, ~3 ms again at tier-up).
const WORD_CHAR = lazy(() => /^[\p{L}\p{N}_]$/u);
const isWord = (text: string, at: number) => at >= 0 && at < text.length && WORD_CHAR().test(String.fromCodePoint(text.codePointAt(at)!));
const charBefore = (text: string, at: number) => (at >= 2 && /[\udc00-\udfff]/.test(text[at - 1]) ? at - 2 : at - 1);
/** An account ends here: no word goes on, nor a longer name ("@brightline.example", "care@brightline.example.org"). */
const endsAt = (text: string, at: number) => !isWord(text, at) && text[at] !== '-' && !(text[at] === '.' && isWord(text, at + 1));

/** Is the link's path at or below `prefix` ("/brightline/posts/1" under "/brightline", "/brightlinefan" not)? */
const under = (path: string, prefix: string) => prefix === '' || path === prefix || /^[/?#]/.test(path.slice(prefix.length)) && path.startsWith(prefix);

function takeOut(comment: string, own: OwnAccounts, names: boolean): string {
  let text = comment;
  const replace = (pattern: RegExp, keep: (match: string, at: number, groups: string[]) => boolean) => {
    text = text.replace(pattern, (match: string, ...rest: unknown[]) => {
      const at = rest.find((value) => typeof value === 'number') as number;
      const groups = rest.slice(0, rest.indexOf(at)) as string[];
      return keep(match, at, groups) ? match : ' ';
    });
  };
  if (own.emails.length) {
    replace(new RegExp(own.emails.map(escapeRegExp).join('|'), 'gi'), (match, at) => {
      const before = charBefore(text, at);
      return isWord(text, before) || '.+-'.includes(text[before] ?? ' ') || !endsAt(text, at + match.length);
    });
  }
  if (own.phones.length) {
    replace(new RegExp(own.phones.map(escapeRegExp).join('|'), 'g'), (match, at) => /[\d+]/.test(text[at - 1] ?? '') || /\d/.test(text[at + match.length] ?? ''));
  }
  for (const site of own.sites) {
    // A link that hides another behind ours ("https://brightline.com@bit.ly/…", "…/?r=https://bit.ly/…") stays.
    replace(new RegExp(`(?:https?:\\/\\/)?(?:[a-z0-9-]+\\.)*${escapeRegExp(site.host)}(?::\\d+)?([/?#]\\S*)?`, 'gi'), (match, at, [path]) => {
      const before = charBefore(text, at);
      const hostEnd = at + match.length - (path?.length ?? 0);
      return isWord(text, before) || '.@/-'.includes(text[before] ?? ' ') || text[hostEnd] === '@' || !endsAt(text, hostEnd)
        || !under((path ?? '').toLowerCase(), site.path) || /:\/\/|@/.test(path ?? '');
    });
  }
  if (own.handles.length) {
    const names = [...own.handles].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    replace(new RegExp(`@(?:${names})`, 'gi'), (match, at) => {
      const before = charBefore(text, at);
      return isWord(text, before) || text[before] === '@' || !endsAt(text, at + match.length);
    });
  }
  if (names) {
    // Last: what is left of the name is a word of its own, not part of an address, a handle or a host.
    const names = [...own.names].sort((a, b) => b.length - a.length).map((name) => name.split(' ').map(escapeRegExp).join('\\s+')).join('|');
    replace(new RegExp(names, 'gi'), (match, at) => {
      const before = charBefore(text, at);
      return isWord(text, before) || '@./#_-'.includes(text[before] ?? ' ') || !endsAt(text, at + match.length) || text[at + match.length] === '@';
    });
  }
  return text;
}

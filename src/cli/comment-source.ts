// Where a comment is: the thread link to go back to, the network, and when it was posted. From
// --link/--platform/--posted, a queue row, or the optional questions; the reply-by time counts from
// the posted time when it is known.
import type { CommentSource } from '../log/entry.js';
import { stripControl } from '../triage/clean-text.js';
import { UsageError } from './io.js';
import { readIsoTime } from '../iso-time.js';
import { translator, type Translate } from '../i18n/index.js';

const RELATIVE = /^(\d+)\s*(m|min|h|d)\s*(?:ago)?$/i;

/** An ISO 8601 time (a date alone is midnight UTC), as ISO; undefined when it is not one. */
export function isoTime(value: string): string | undefined {
  return readIsoTime(value)?.toISOString();
}

/** A typed answer: ISO 8601, or "2h ago" / "45m" / "1d" before now. */
export function postedAnswer(value: string, now: Date): string | undefined {
  const iso = isoTime(value);
  if (iso) return iso;
  const rel = RELATIVE.exec(value.trim());
  if (!rel) return undefined;
  const unit = { m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000 }[rel[2].toLowerCase() as 'm' | 'min' | 'h' | 'd'];
  return new Date(now.getTime() - Number(rel[1]) * unit).toISOString();
}

const HOSTS: [RegExp, string][] = [
  [/(^|\.)facebook\.com$|(^|\.)fb\.com$/, 'facebook'],
  [/(^|\.)instagram\.com$/, 'instagram'],
  [/(^|\.)(x|twitter)\.com$/, 'x'],
  [/(^|\.)linkedin\.com$/, 'linkedin'],
  [/(^|\.)tiktok\.com$/, 'tiktok'],
  [/(^|\.)youtube\.com$|(^|\.)youtu\.be$/, 'youtube'],
  [/(^|\.)threads\.net$/, 'threads'],
  [/(^|\.)trustpilot\.com$/, 'trustpilot'],
  [/(^|\.)google\.[a-z.]+$/, 'google'],
];

/** The network a link points to, when it is a known one. */
export function platformFromLink(link: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    const host = new URL(link).hostname.toLowerCase();
    return HOSTS.find(([pattern]) => pattern.test(host))?.[1];
  } catch {
    return undefined;
  }
}

export function cleanPlatform(value: string): string {
  const v = stripControl(value).trim().toLowerCase();
  return v === 'twitter' ? 'x' : v;
}

/** Whether a link is a web address (http or https). */
export function isWebLink(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** --link, --platform, --posted, checked: a bad value is a usage error naming the flag. */
export function sourceFromFlags(flags: { link?: string; platform?: string; posted?: string }, t: Translate = translator('en')): CommentSource {
  const source: CommentSource = {};
  if (flags.link !== undefined) {
    if (!isWebLink(flags.link)) throw new UsageError(t('flag.badLink', { value: stripControl(flags.link) }));
    source.link = stripControl(flags.link).trim();
  }
  if (flags.platform !== undefined) {
    if (!flags.platform.trim()) throw new UsageError(t('flag.badPlatform'));
    source.platform = cleanPlatform(flags.platform);
  }
  if (flags.posted !== undefined) {
    const iso = isoTime(flags.posted);
    if (!iso) throw new UsageError(t('flag.badPosted', { value: stripControl(flags.posted) }));
    source.posted = iso;
  }
  source.platform ??= platformFromLink(source.link);
  return source;
}

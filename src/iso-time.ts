// ISO 8601 times typed by people (--posted, --since, a queue's posted column, REPLYGUIDE_NOW): one
// reader, so "2026-02-30" is refused everywhere instead of rolling over to 2 March.

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** The time, or undefined when it is not an ISO 8601 time on a real calendar day (a date alone is midnight UTC). */
export function readIsoTime(value: string): Date | undefined {
  const v = value.trim();
  const m = ISO.exec(v);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return undefined;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return undefined;
  const date = new Date(m[4] === undefined ? `${m[1]}-${m[2]}-${m[3]}T00:00:00Z` : v.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

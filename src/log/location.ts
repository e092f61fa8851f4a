// Where the response log is: a `postgres://` or `postgresql://` URL is a PostgreSQL database shared by
// the team; anything else is a JSON Lines file path. Pure. The URL's password is never shown: every
// message that names the database uses `shown`, the URL with its password masked.

export type LogLocation =
  | { kind: 'file'; file: string }
  | { kind: 'postgres'; url: string; shown: string };

const SCHEMES = /^postgres(?:ql)?:\/\//i;

/** Whether the text names a database (and so must be a valid URL) rather than a file. */
export function isDatabaseUrl(text: string): boolean {
  return SCHEMES.test(text.trim());
}

/** The URL with any password replaced by `***` (also when the URL does not parse). */
export function maskUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    // Query parameters may carry a password too (?password=…).
    for (const key of [...parsed.searchParams.keys()]) if (/pass/i.test(key)) parsed.searchParams.set(key, '***');
    return parsed.toString().replace('%2A%2A%2A', '***');
  } catch {
    // user:secret@host → user:***@host, whatever else is wrong with it
    return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
  }
}

/**
 * What is wrong with a database URL, in a few words, or undefined when it can be used. Checked before
 * anything connects, so a typo is exit 2 with the reason, not a time-out.
 */
export function databaseUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return 'not a valid URL (postgres://user@host:5432/database)';
  }
  // No host is allowed: pg then takes PGHOST (or a local socket), as psql does.
  if (parsed.port !== '' && !(Number(parsed.port) >= 1 && Number(parsed.port) <= 65535)) return `port ${parsed.port} is not a port number`;
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (database.includes('/')) return `"${database}" is not a database name`;
  return undefined;
}

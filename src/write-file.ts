// The one writer for every output file (-o, caches, config): a whole file or nothing.
// - What is at the path must be a regular file (or nothing): a device, FIFO, socket or folder is
//   never replaced; a symlink is followed, so its target is written and the link stays a link.
// - The new content goes to a temporary file beside the target (mode 0600 while written), is synced
//   (unless it is only a cache entry), gets the old file's mode (a new file: 0666 less the umask, as
//   any new file), and is renamed over the target; the temporary file is removed on every failure.
import { chmodSync, closeSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A path the writer will not write to, with the reason in words. */
export class WriteRefused extends Error {
  readonly code = 'EREFUSED';
}

/**
 * `durable: false` skips the sync to disk, for the cache folder: every entry there is checked when
 * read and only costs speed when lost, and a first run writes several (each sync took 2 to 5 ms).
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, options: { durable?: boolean } = {}): void {
  const target = resolveTarget(path);
  const existing = statOrUndefined(target);
  if (existing && !existing.isFile()) throw new WriteRefused(`${kind(existing)}, not a regular file; replyguide replaces only files`);
  const mode = existing ? existing.mode & 0o7777 : 0o666 & ~currentUmask();
  const temporary = join(dirname(target), `.${Math.random().toString(36).slice(2)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx', 0o600);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written, bytes.length - written);
    if (options.durable !== false) fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    chmodSync(temporary, mode);
    renameSync(temporary, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** The file a path names: through a symlink to its target; a link to nothing is refused. */
function resolveTarget(path: string): string {
  let link;
  try {
    link = lstatSync(path);
  } catch {
    return path;
  }
  if (!link.isSymbolicLink()) return path;
  try {
    return realpathSync(path);
  } catch {
    throw new WriteRefused('a symbolic link to nothing');
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function kind(stat: ReturnType<typeof statSync> & object): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  return 'something other than a file';
}

let umask: number | undefined;
function currentUmask(): number {
  // process.umask() without an argument is deprecated; reading it by setting it back is not thread-safe
  // in workers but replyguide has none.
  if (umask === undefined) { umask = process.umask(0o022); process.umask(umask); }
  return umask;
}

/** One line for a user: why the file could not be written. */
export function writeProblem(error: unknown): string {
  if (error instanceof WriteRefused) return `it is ${error.message}`;
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': case 'ENOTDIR': return 'its folder does not exist';
    case 'EISDIR': return 'it is a folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EROFS': return 'the file system is read-only';
    case 'ENOSPC': return 'no space left on the device';
    default: return code ?? (error as Error).message;
  }
}

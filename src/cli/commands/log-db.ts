// replyguide log migrate: create or update a shared log database's tables. replyguide log sync: send
// what was spooled while the database could not be reached. Both need a postgres:// log.
import { EXIT, UsageError, type Io } from '../io.js';
import { logLocation, openStore, spoolFile, type LogFlag } from '../response-log.js';
import { spoolWaiting } from '../../log/spool.js';

function needDatabase(flag: LogFlag, io: Io, command: string): void {
  const where = logLocation(flag, io);
  if (where.kind === 'file') throw new UsageError(`log ${command} is for a shared log database: give --log postgres://… or REPLYGUIDE_LOG (the log is the file ${where.file})`);
}

export async function migrateCommand(flags: { log?: LogFlag }, io: Io): Promise<number> {
  needDatabase(flags.log, io, 'migrate');
  await openStore(flags.log, io, { migrate: true });
  return EXIT.ok;
}

export async function syncCommand(flags: { log?: LogFlag }, io: Io): Promise<number> {
  needDatabase(flags.log, io, 'sync');
  const spool = spoolFile(io);
  const waiting = spoolWaiting(spool);
  // Opening the store sends what is spooled (and says how many lines).
  const store = await openStore(flags.log, io);
  io.stdout.write(waiting ? `The spool ${spool} is sent to ${store.shown}; nothing waits.\n` : `Nothing waits in ${spool}.\n`);
  return EXIT.ok;
}

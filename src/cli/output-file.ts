// -o FILE for the commands that take it: the one writer, with a failure as one line and exit 2.
import { resolve } from 'node:path';
import { writeFileAtomic, writeProblem } from '../write-file.js';
import { UsageError, type Io } from './io.js';

export function writeOutputFile(path: string, content: string | Uint8Array, io: Io): void {
  try {
    writeFileAtomic(resolve(io.cwd, path), content);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${writeProblem(error)}`);
  }
}

// The reference for the response-log rows of the bench: the least a reader of a JSON Lines file must
// do, a streaming scan that reads each line and parses it, keeping nothing.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

let lines = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (line) { JSON.parse(line); lines++; }
}
process.stdout.write(`${lines}\n`);

import { playbookSchema } from '../../playbook/schema.js';
import { EXIT, type Io } from '../io.js';

export function schemaCommand(io: Io): number {
  io.stdout.write(JSON.stringify(playbookSchema, null, 2) + '\n');
  return EXIT.ok;
}

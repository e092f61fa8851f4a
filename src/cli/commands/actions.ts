import { ACTIONS } from '../../playbook/actions.js';
import { EXIT, type Io } from '../io.js';

export function actionsCommand(options: { format: string }, io: Io): number {
  const entries = Object.entries(ACTIONS);
  if (options.format === 'json') {
    io.stdout.write(JSON.stringify(entries.map(([action, description]) => ({ action, description })), null, 2) + '\n');
  } else {
    const width = Math.max(...entries.map(([name]) => name.length));
    io.stdout.write(entries.map(([name, description]) => `${name.padEnd(width)}  ${description}`).join('\n') + '\n');
  }
  return EXIT.ok;
}

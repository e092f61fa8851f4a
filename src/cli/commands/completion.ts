// replyguide completion: the script for a shell, or (with --complete, as the script calls it) what may
// come next on the command line being typed.
import { completionScript, completions, SHELLS, type CommandShape, type PlaybookIds, type Shell } from '../completion.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { chosenPlaybook, parseCache } from '../playbook-input.js';
import { loadPlaybook } from '../../playbook/load.js';

export function completionCommand(program: CommandShape, request: string | string[] | undefined, options: { playbook?: string }, io: Io): number {
  if (Array.isArray(request)) {
    for (const candidate of completions(program, request.length ? request : [''], () => playbookIds(options.playbook, io))) io.stdout.write(`${candidate}\n`);
    return EXIT.ok;
  }
  if (request === undefined || !(SHELLS as readonly string[]).includes(request)) {
    throw new UsageError(`completion needs a shell: ${SHELLS.join(', ')}${request === undefined ? '' : ` (not "${request}")`}`);
  }
  io.stdout.write(completionScript(request as Shell));
  return EXIT.ok;
}

/** Situation and question ids of the playbook in use; none when it does not load (completion stays quiet). */
function playbookIds(flag: string | undefined, io: Io): PlaybookIds | undefined {
  try {
    const { playbook } = loadPlaybook(chosenPlaybook(flag, io).path, { cache: parseCache(io.env) });
    if (!playbook) return undefined;
    return {
      situations: playbook.data.situations.map((s) => s.id),
      questions: playbook.data.questions.map((q) => ({
        id: q.id,
        values: q.type === 'select' ? (q.choices ?? []).map((c) => c.value) : q.type === 'confirm' ? ['yes', 'no'] : [],
      })),
    };
  } catch {
    return undefined;
  }
}

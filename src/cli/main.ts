// The commander program: parses argv, lazily loads the command it names, and returns the exit code.
// Commands set the code; nothing here calls process.exit(), so piped output is never cut off.
import { EXIT, guardedOutput, UsageError, withStreams, writeFailure, type Io } from './io.js';
import { standardOutput } from './standard-output.js';
import { terminalSafe } from '../triage/clean-text.js';
import { version } from './version.js';
import { LANGUAGES } from '../i18n/languages.js';
import { SHELLS } from './completion.js';
import { translator, uiLocale, type MessageKey, type Translate } from '../i18n/index.js';
import { closeAll } from '../log/open-stores.js';
import { useProgramStore } from '../render/environment.js';
import type { Concurrency } from './lint-threads.js';

/** The examples under `replyguide --help`, in the tool's language. */
const examples = (h: Translate) => `
${h('help.examples')}
  $ replyguide triage                                  ${h('help.ex.triage')}
  $ replyguide triage --comment - --answer kind=praise --format json < comment.txt
  $ replyguide check "Hi Sam, calm down."              ${h('help.ex.check')}
  $ replyguide lint playbooks/                         ${h('help.ex.lint')}
  $ replyguide lint "**/*.yaml" --format github        ${h('help.ex.github')}
  $ replyguide guide --format pdf -o guide.pdf        ${h('help.ex.guide')}
  $ replyguide schema > playbook.schema.json           ${h('help.ex.schema')}
  $ replyguide actions                                 ${h('help.ex.actions')}

${h('help.exitCodes')}
${h('help.docs')}`;

/** The words commander puts in "(choices: …, default: …)", in the tool's language. */
function extraWords(text: string, h: Translate): string {
  return text.replace(/\((choices|default): /g, (_, word: string) => `(${h(word === 'choices' ? 'help.choices' : 'help.default')}: `).replace(/, default: /g, `, ${h('help.default')}: `);
}

/** Every command, in the order `--help` lists them. */
const COMMANDS = ['triage', 'check', 'lint', 'guide', 'init', 'explain', 'log', 'followups', 'stats', 'schema', 'actions', 'completion'];

/** Commander's headings ("Usage:", "Options:"), said in the tool's language. */
const TITLES: Record<string, MessageKey> = { 'Usage:': 'help.title.usage', 'Options:': 'help.title.options', 'Commands:': 'help.title.commands', 'Arguments:': 'help.title.arguments' };

export async function main(given: Io): Promise<number> {
  // Every command writes through the one sanitiser: nothing raw reaches a terminal, whatever its source.
  const io = withStreams(given, { stdout: guardedOutput(given.stdout), stderr: guardedOutput(() => given.stderr, 'standard error') });
  // Fast path: --version answers without building the program.
  if (io.argv.length === 1 && (io.argv[0] === '--version' || io.argv[0] === '-V')) {
    io.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  useProgramStore(undefined); // a command that caches parsed templates says so (usePlaybook): not one run before it in this process
  const { Command, CommanderError, Help, Option } = await import('commander');
  let exitCode: number = EXIT.ok;
  const setExit = (code: number) => { exitCode = code; };
  // --help in the tool's language (LANG/LC_ALL): the catalog is in the bundle already, so this costs a lookup per line.
  const h = translator(uiLocale(undefined, io.env));
  const PLAYBOOK_HELP = h('help.playbook');
  const program = new Command('replyguide')
    .description(h('help.program'))
    .version(version(), '-V, --version', h('help.version'))
    .helpOption('-h, --help', h('help.help'))
    .addHelpCommand(false)
    .exitOverride()
    .configureHelp({
      styleTitle: (title: string) => (TITLES[title] ? h(TITLES[title]) : title),
      // Commander adds "(choices: …, default: …)" in English; the two words follow the language too.
      optionDescription: (option) => extraWords(Help.prototype.optionDescription.call(new Help(), option), h),
      argumentDescription: (argument) => extraWords(Help.prototype.argumentDescription.call(new Help(), argument), h),
    })
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // One line, as every other problem is said: "replyguide: unknown option '--frmat' (did you mean --format?); run with --help for usage".
      outputError: (s, write) => write(`replyguide: ${oneLineError(s)}; ${h('help.afterError')}\n`),
    })
    .addHelpText('after', examples(h))
    // An option's value that is one of the command's own options was not meant as one: "--comment --no-log"
    // took "--no-log" as the comment (and the log was written).
    .hook('preAction', (_program, command) => {
      // (Help and version are commander's own, outside command.options.)
      const flags = new Set(['-h', '--help', '-V', '--version', ...command.options.flatMap((o) => [o.long, o.short]).filter((f): f is string => f !== undefined)]);
      for (const option of command.options) {
        const values = [command.getOptionValue(option.attributeName())].flat();
        const taken = values.find((v) => typeof v === 'string' && flags.has(v.split('=')[0]));
        if (taken !== undefined) throw new UsageError(h('flag.valueIsOption', { option: option.long ?? option.flags, value: taken }));
      }
    });

  // Only the command a run names is defined (defining all of them cost ~2 ms of every run); help, an
  // unknown word, or completion (which reads every command's options) gets them all.
  const named = io.argv[0];
  const only = named !== undefined && COMMANDS.includes(named) && named !== 'completion' ? named : undefined;
  const wanted = (name: string) => only === undefined || only === name;

  if (wanted('triage')) {
    program
      .command('triage')
      .description(h('help.triage'))
      .option('-c, --comment <text>', h('help.triage.comment'))
      .option('-q, --queue <file>', h('help.triage.queue'))
      .option('--link <url>', h('help.triage.link'))
      .option('--platform <name>', h('help.triage.platform'))
      .option('--posted <time>', h('help.triage.posted'))
      .option('-a, --answer <id=value>', h('help.triage.answer'), collect, [])
      .option('--answers <file>', h('help.triage.answers'))
      .option('-p, --playbook <path>', PLAYBOOK_HELP)
      .option('--agent <name>', h('help.triage.agent'))
      .option('--locale <locale>', h('help.triage.locale'))
      .option('--variant <n>', h('help.triage.variant'))
      .addOption(new Option('-f, --format <name>', h('help.format')).choices(['text', 'json']).default('text'))
      .option('--no-input', h('help.triage.noInput'))
      .option('--use-suggestions', h('help.triage.useSuggestions'))
      .option('--log <file|url>', h('help.triage.log'))
      .option('--no-log', h('help.triage.noLog'))
      .option('--no-color', h('help.noColor'))
      .addHelpText('after', `
${h('help.examples')}
  $ replyguide triage                                  ${h('help.ex.session')}
  $ replyguide triage --queue inbox-export.csv         ${h('help.ex.queue')}
  $ replyguide triage --queue comments.jsonl --no-input --use-suggestions --format json
  $ replyguide triage --comment "Still waiting for my refund" --answer kind=complaint \\
      --answer our_fault=yes --answer private_data=yes --answer name=Sam --format json`)
      .action(async (options) => {
        const { triageCommand } = await import('./commands/triage.js');
        setExit(await triageCommand(options, io));
      });
  }

  if (wanted('check')) {
    program
      .command('check')
      .description(h('help.check'))
      .argument('[text]', h('help.check.text'))
      .option('--file <file>', h('help.check.file'))
      .option('--locale <locale>', h('help.check.locale'))
      .option('-s, --situation <id>', h('help.check.situation'))
      .option('-p, --playbook <path>', h('help.check.playbook'))
      .option('--name <name>', h('help.check.name'))
      .option('--comment <text>', h('help.check.comment'))
      .addOption(new Option('-f, --format <name>', h('help.format')).choices(['text', 'json']).default('text'))
      .option('--no-color', h('help.noColor'))
      .addHelpText('after', `
${h('help.examples')}
  $ replyguide check "Hi Sam, you should read the manual. We will check it."
  $ replyguide check --file draft.txt --situation abuse --format json`)
      .action(async (text: string | undefined, options) => {
        const { checkCommand } = await import('./commands/check.js');
        setExit(await checkCommand(text, options, io));
      });
  }

  if (wanted('lint')) {
    const lint = program
      .command('lint')
      .description(h('help.lint'))
      .argument('[paths...]', h('help.lint.paths'), ['.'])
      .addOption(new Option('-f, --format <name>', h('help.format')).choices(['stylish', 'json', 'github', 'sarif']).default('stylish'))
      .option('-o, --output <file>', h('help.lint.output'))
      .option('--max-warnings <n>', h('help.lint.maxWarnings'), parseCount)
      .option('-q, --quiet', h('help.lint.quiet'))
      .option('--concurrency <n>', h('help.lint.concurrency'), (value: string) => parseConcurrency(value, h), 'auto')
      .addOption(new Option('--locale <locale>', h('help.lint.locale')).choices([...LANGUAGES]))
      .option('--no-color', h('help.noColor'))
      .addHelpText('after', '\n' + h('help.example') + '\n  $ replyguide lint playbooks/ --format sarif -o replyguide.sarif');
    lint.action(async (paths: string[], options) => {
      const { lintCommand } = await import('./commands/lint.js');
      setExit(await lintCommand(paths, options, io));
    });
  }

  if (wanted('guide')) {
    program
      .command('guide')
      .description(h('help.guide'))
      .option('-p, --playbook <path>', PLAYBOOK_HELP)
      .addOption(new Option('-f, --format <name>', h('help.format')).choices(['html', 'md', 'pdf']).default('html'))
      .option('--locale <locale>', h('help.guide.locale'))
      .option('-o, --output <file>', h('help.guide.output'))
      .addHelpText('after', `
${h('help.examples')}
  $ replyguide guide -o guide.html
  $ replyguide guide --format pdf -o guide.pdf        ${h('help.ex.chromium')}
  $ replyguide guide --format md > GUIDE.md`)
      .action(async (options) => {
        const { guideCommand } = await import('./commands/guide.js');
        setExit(await guideCommand(options, io));
      });
  }

  if (wanted('init')) {
    program
      .command('init')
      .description(h('help.init'))
      .argument('[dir]', h('help.init.dir'), '.')
      .option('--brand <name>', h('help.init.brand'))
      .option('--handle <platform=handle>', h('help.init.handle'), collect, [])
      .option('--support-email <address>', h('help.init.email'))
      .option('--support-url <url>', h('help.init.url'))
      .option('--locales <list>', h('help.init.locales'))
      .option('--response-times <list>', h('help.init.responseTimes'))
      .option('--house-rules <url>', h('help.init.houseRules'))
      .option('--facts-url <url>', h('help.init.facts'))
      .option('--contact <id=reach>', h('help.init.contact'), collect, [])
      .option('--voice <voice>', h('help.init.voice'))
      .option('--no-input', h('help.init.noInput'))
      .addHelpText('after', `
${h('help.examples')}
  $ replyguide init acme-care
  $ replyguide init acme --brand Acme --locales nl,en --voice formal --no-input
  $ replyguide init acme --brand Acme --support-email care@acme.com --contact legal=legal@acme.com --no-input

${h('help.init.after')}`)
      .action(async (dir: string, options) => {
        const { initCommand } = await import('./commands/init.js');
        setExit(await initCommand(dir, options, io));
      });
  }

  if (wanted('explain')) {
    program
      .command('explain')
      .description(h('help.explain'))
      .option('-p, --playbook <path>', PLAYBOOK_HELP)
      .addOption(new Option('-f, --format <name>', h('help.format')).choices(['yaml', 'json']).default('yaml'))
      .addHelpText('after', '\n' + h('help.example') + '\n  $ replyguide explain --playbook acme/ | less')
      .action(async (options) => {
        const { explainCommand } = await import('./commands/explain.js');
        setExit(await explainCommand(options, io));
      });
  }

  const logOptions = (command: InstanceType<typeof Command>) => command
    .option('--log <file|url>', h('help.log.option'));

  if (wanted('log')) {
    const log = logOptions(program
      .command('log')
      .description(h('help.log'))
      .option('--situation <id>', h('help.log.situation'))
      .option('--since <date>', h('help.since'))
      .option('--grep <text>', h('help.log.grep'))
      .addOption(new Option('-f, --format <name>', h('help.format')).choices(['text', 'json']).default('text'))
      .option('--no-color', h('help.noColor'))
      .addHelpText('after', '\n' + h('help.examples') + '\n  $ replyguide log --situation complaint --since 2026-11-01\n  $ replyguide log prune --before 2026-01-01'))
      .action(async (options) => {
        const { logCommand } = await import('./commands/log.js');
        setExit(await logCommand(options, io));
      });
    logOptions(log
      .command('prune')
      .description(h('help.prune'))
      .requiredOption('--before <date>', h('help.prune.before')))
      .action(async (options) => {
        const { pruneCommand } = await import('./commands/log.js');
        setExit(await pruneCommand({ ...log.opts(), ...options }, io));
      });
    logOptions(log
      .command('migrate')
      .description(h('help.log.migrate'))
      .addHelpText('after', '\n' + h('help.example') + '\n  $ replyguide log migrate --log postgres://sam@db.example.org/replyguide'))
      .action(async (options) => {
        const { migrateCommand } = await import('./commands/log-db.js');
        setExit(await migrateCommand({ ...log.opts(), ...options }, io));
      });
    logOptions(log
      .command('sync')
      .description(h('help.log.sync'))
      .addHelpText('after', '\n' + h('help.example') + '\n  $ replyguide log sync --log postgres://sam@db.example.org/replyguide'))
      .action(async (options) => {
        const { syncCommand } = await import('./commands/log-db.js');
        setExit(await syncCommand({ ...log.opts(), ...options }, io));
      });
  }

  if (wanted('followups')) {
    const followups = logOptions(program
      .command('followups')
      .description(h('help.followups'))
      .option('--due', h('help.followups.due'))
      .option('-p, --playbook <path>', h('help.followups.playbook'))
      .addOption(new Option('-f, --format <name>', h('help.format')).choices(['text', 'json']).default('text'))
      .option('--no-color', h('help.noColor'))
      .addHelpText('after', '\n' + h('help.examples') + '\n  $ replyguide followups --due\n  $ replyguide followups done 3f9a1c2e-1'))
      .action(async (options) => {
        const { followupsCommand } = await import('./commands/followups.js');
        setExit(await followupsCommand(options, io));
      });
    logOptions(followups
      .command('done')
      .description(h('help.done'))
      .argument('<id>', h('help.done.id')))
      .action(async (id: string, options) => {
        const { followupDoneCommand } = await import('./commands/followups.js');
        setExit(await followupDoneCommand(id, { ...followups.opts(), ...options }, io));
      });
    logOptions(followups
      .command('take')
      .description(h('help.followups.take'))
      .argument('<id>', h('help.followups.takeId')))
      .action(async (id: string, options) => {
        const { followupTakeCommand } = await import('./commands/followups.js');
        setExit(await followupTakeCommand(id, { ...followups.opts(), ...options }, io));
      });
  }

  if (wanted('stats')) {
    logOptions(program
      .command('stats')
      .description(h('help.stats'))
      .option('--since <date>', h('help.since'))
      .option('-p, --playbook <path>', PLAYBOOK_HELP)
      .addOption(new Option('--by <what>', h('help.stats.by')).choices(['agent']))
      .addOption(new Option('-f, --format <name>', h('help.format')).choices(['text', 'json']).default('text')))
      .action(async (options) => {
        const { statsCommand } = await import('./commands/stats.js');
        setExit(await statsCommand(options, io));
      });
  }

  if (wanted('schema')) {
    program
      .command('schema')
      .description(h('help.schema'))
      .addHelpText('after', '\n' + h('help.example') + '\n  $ replyguide schema > playbook.schema.json')
      .action(async () => {
        const { schemaCommand } = await import('./commands/schema.js');
        setExit(schemaCommand(io));
      });
  }

  if (wanted('actions')) {
    program
      .command('actions')
      .description(h('help.actions'))
      .addOption(new Option('-f, --format <name>', h('help.format')).choices(['text', 'json']).default('text'))
      .addHelpText('after', '\n' + h('help.example') + '\n  $ replyguide actions --format json')
      .action(async (options) => {
        const { actionsCommand } = await import('./commands/actions.js');
        setExit(actionsCommand(options, io));
      });
  }

  if (wanted('completion')) {
    program
      .command('completion')
      .description(h('help.completion'))
      .argument('[shell]', `${SHELLS.join(', ')}`)
      .argument('[words...]')
      .addOption(new Option('--complete', h('help.completion.complete')).hideHelp())
      .option('-p, --playbook <path>', PLAYBOOK_HELP)
      .addHelpText('after', '\n' + h('help.examples') + '\n  $ source <(replyguide completion bash)     # in ~/.bashrc\n  $ source <(replyguide completion zsh)      # in ~/.zshrc\n  $ replyguide completion fish > ~/.config/fish/completions/replyguide.fish')
      .action(async (shell: string | undefined, words: string[], options: { complete?: boolean; playbook?: string }) => {
        const { completionCommand } = await import('./commands/completion.js');
        setExit(completionCommand(program, options.complete ? [...(shell === undefined ? [] : [shell]), ...words] : shell, options, io));
      });
  }



  try {
    await program.parseAsync(io.argv, { from: 'user' });
  } catch (error) {
    await closeAll();
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof UsageError) {
      writeQuietly(io.stderr, `replyguide: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
  await closeAll();
  return exitCode;
}

/** Commander's "error: unknown option '--frmat'\n(Did you mean --format?)\n" as one line, without its "error:". */
function oneLineError(message: string): string {
  return message.trim().replace(/^error: /, '').replace(/\s*\n\(Did you mean (.*)\)$/s, ' (did you mean $1)').replace(/\s*\n\s*/g, ' ').replace(/\.$/, '');
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number, not "${value}"`);
  return Number(value);
}

/** `--concurrency`: a number of threads, `auto` or `off`. */
function parseConcurrency(value: string, t: Translate): Concurrency {
  if (value === 'auto' || value === 'off') return value;
  if (!/^[1-9]\d{0,2}$/.test(value)) throw new UsageError(t('flag.badConcurrency', { value }));
  return Number(value);
}

/** Entry point of a lint worker thread (bin/replyguide.js required by src/cli/lint-threads.ts). */
export async function serveLint(): Promise<void> {
  (await import('./lint-threads.js')).serveLint();
}

/** Entry point of a worker thread learning suggestions ahead of the first comment (src/cli/suggestions.ts). */
export async function serveLearning(): Promise<void> {
  await (await import('./suggestions.js')).serveLearning();
}

/** Entry point used by bin/replyguide.js. */
export async function run(): Promise<void> {
  let stderr: Io['stderr'] | undefined;
  const io: Io = {
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    get stdin() { return process.stdin; }, // made on first use: a command given everything never reads it
    stdout: standardOutput(1, watchedStdout),
    // Made when something goes wrong or is said aside; written straight to the descriptor like stdout
    // (process.stderr on a pipe loads net and stream: ~9 ms for one line after a scripted triage).
    get stderr() { return (stderr ??= standardOutput(2, () => process.stderr)); },
  };
  try {
    process.exitCode = await main(io);
  } catch (error) {
    const detail = process.env.REPLYGUIDE_DEBUG ? `\n${(error as Error).stack}` : '';
    process.stderr.write(`replyguide: internal error: ${terminalSafe((error as Error).message)}. This is a bug in replyguide; please report it.${detail}\n`);
    process.exitCode = EXIT.usage;
  }
}

/** process.stdout, made on first use: a pipe's write error comes later, as an event, and gets the same one line (nothing for a closed reader). */
function watchedStdout(): NodeJS.WriteStream {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    const failure = writeFailure(error, 'standard output');
    if (!failure) return;
    writeQuietly(process.stderr, `replyguide: ${failure.message}\n`);
    process.exit(failure.exitCode);
  });
  return process.stdout;
}

/** A message about a failed write must not fail the run in turn (stderr may be gone too). */
function writeQuietly(stream: Io['stderr'], text: string): void {
  try {
    stream.write(text);
  } catch {
    // nothing left to tell
  }
}

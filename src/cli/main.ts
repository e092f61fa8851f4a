// The commander program: parses argv, lazily loads the command it names, and returns the exit code.
// Commands set the code; nothing here calls process.exit(), so piped output is never cut off.
import { EXIT, guardedOutput, UsageError, writeFailure, type Io } from './io.js';
import { terminalSafe } from '../triage/clean-text.js';
import { version } from './version.js';
import { LANGUAGES } from '../i18n/languages.js';
import { SHELLS } from './completion.js';
import { closeAll } from '../log/open-stores.js';

const PLAYBOOK_HELP = 'playbook folder or file, or "starter"/"demo" (default: REPLYGUIDE_PLAYBOOK, your config, the nearest playbook.yaml, else the built-in demo)';

const EXAMPLES = `
Examples:
  $ replyguide triage                                  answer a comment (your playbook.yaml, else the demo)
  $ replyguide triage --comment - --answer kind=praise --format json < comment.txt
  $ replyguide check "Hi Sam, calm down."              check a draft's tone (BIFF)
  $ replyguide lint playbooks/                         check playbooks, e.g. in CI
  $ replyguide lint "**/*.yaml" --format github        annotations on a pull request
  $ replyguide guide --format pdf -o guide.pdf        printable guide for new staff
  $ replyguide schema > playbook.schema.json           JSON Schema for editor completion
  $ replyguide actions                                 the next-step vocabulary

Exit codes: 0 success, 1 findings (lint errors), 2 usage error or unreadable input, 130 interrupted.
Docs: README.md`;

export async function main(given: Io): Promise<number> {
  // Every command writes through the one sanitiser: nothing raw reaches a terminal, whatever its source.
  const io: Io = { ...given, stdout: guardedOutput(given.stdout), stderr: guardedOutput(given.stderr, 'standard error') };
  // Fast path: --version answers without building the program.
  if (io.argv.length === 1 && (io.argv[0] === '--version' || io.argv[0] === '-V')) {
    io.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  const { Command, CommanderError, Option } = await import('commander');
  let exitCode: number = EXIT.ok;
  const setExit = (code: number) => { exitCode = code; };
  const program = new Command('replyguide')
    .description('Answer social-media comments by your communication playbook: triage, lint, guide.')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpCommand(false)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .addHelpText('after', EXAMPLES);

  program
    .command('triage')
    .description('classify a comment and get the reply to paste and the next steps')
    .option('-c, --comment <text>', 'the comment ("-" reads it from standard input)')
    .option('-q, --queue <file>', 'comments to answer one by one: CSV with a header, or JSON Lines ("-": standard input)')
    .option('--link <url>', 'the web address of the comment or its thread (logged; followups shows it)')
    .option('--platform <name>', 'the network it was posted on, e.g. instagram (default: from the link)')
    .option('--posted <time>', 'when it was posted, ISO 8601 (the reply-by time counts from then)')
    .option('-a, --answer <id=value>', 'answer a question (repeatable)', collect, [])
    .option('--answers <file>', 'answers from a YAML or JSON file')
    .option('-p, --playbook <path>', PLAYBOOK_HELP)
    .option('--agent <name>', 'your name for the sign-off (else REPLYGUIDE_AGENT or your config)')
    .option('--locale <locale>', 'reply language')
    .option('--variant <n>', 'which variant of the reply template (1, 2, ...)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .option('--no-input', 'never prompt; fail naming what is missing')
    .option('--use-suggestions', 'answer what is not given from the confident suggestions for the comment')
    .option('--log <file|url>', 'response log to append to: a file, or a postgres:// URL shared by the team (default: REPLYGUIDE_LOG or your data folder)')
    .option('--no-log', 'keep no record of this answer')
    .option('--no-color', 'no colour, even on a terminal')
    .addHelpText('after', `
Examples:
  $ replyguide triage                                  a session: one comment after another
  $ replyguide triage --queue inbox-export.csv         the comments of an export, one by one
  $ replyguide triage --queue comments.jsonl --no-input --use-suggestions --format json
  $ replyguide triage --comment "Still waiting for my refund" --answer kind=complaint \\
      --answer our_fault=yes --answer private_data=yes --answer name=Sam --format json`)
    .action(async (options) => {
      const { triageCommand } = await import('./commands/triage.js');
      setExit(await triageCommand(options, io));
    });

  program
    .command('check')
    .description('check a drafted reply against the BIFF tone rules (Brief, Informative, Friendly, Firm)')
    .argument('[text]', 'the draft ("-" reads standard input)')
    .option('--file <file>', 'read the draft from a file')
    .option('--locale <locale>', 'language of the draft (default: detected)')
    .option('-s, --situation <id>', "apply this situation's rules (from the playbook in use)")
    .option('-p, --playbook <path>', "use this playbook's tone settings")
    .option('--name <name>', "the person's name, to check the reply uses it")
    .option('--comment <text>', 'the comment being answered (quoting it is not sarcasm)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .option('--no-color', 'no colour, even on a terminal')
    .addHelpText('after', `
Examples:
  $ replyguide check "Hi Sam, you should read the manual. We will check it."
  $ replyguide check --file draft.txt --situation abuse --format json`)
    .action(async (text: string | undefined, options) => {
      const { checkCommand } = await import('./commands/check.js');
      setExit(await checkCommand(text, options, io));
    });

  const lint = program
    .command('lint')
    .description('check playbooks: YAML, schema, references, templates, staleness')
    .argument('[paths...]', 'playbook files, folders or globs', ['.'])
    .addOption(new Option('-f, --format <name>', 'output format').choices(['stylish', 'json', 'github', 'sarif']).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('-q, --quiet', 'report errors only')
    .addOption(new Option('--locale <locale>', 'language of the messages (default: from LANG)').choices([...LANGUAGES]))
    .option('--no-color', 'no colour, even on a terminal')
    .addHelpText('after', '\nExample:\n  $ replyguide lint playbooks/ --format sarif -o replyguide.sarif');
  lint.action(async (paths: string[], options) => {
    const { lintCommand } = await import('./commands/lint.js');
    setExit(await lintCommand(paths, options, io));
  });

  program
    .command('guide')
    .description('print a staff guide from a playbook (HTML, Markdown or PDF)')
    .option('-p, --playbook <path>', PLAYBOOK_HELP)
    .addOption(new Option('-f, --format <name>', 'output format').choices(['html', 'md', 'pdf']).default('html'))
    .option('--locale <locale>', 'language of the guide')
    .option('-o, --output <file>', 'write to a file (written whole or not at all)')
    .addHelpText('after', `
Examples:
  $ replyguide guide -o guide.html
  $ replyguide guide --format pdf -o guide.pdf        (needs Chromium; CHROME_PATH to choose one)
  $ replyguide guide --format md > GUIDE.md`)
    .action(async (options) => {
      const { guideCommand } = await import('./commands/guide.js');
      setExit(await guideCommand(options, io));
    });

  program
    .command('init')
    .description('start your own playbook: a small one that extends the brand-neutral starter')
    .argument('[dir]', 'folder to create it in', '.')
    .option('--brand <name>', 'brand name as it appears in replies')
    .option('--handle <platform=handle>', 'an account, e.g. instagram=@acme (repeatable)', collect, [])
    .option('--support-email <address>', 'support e-mail address')
    .option('--support-url <url>', 'support page')
    .option('--locales <list>', 'languages you answer in, default first, e.g. nl,en')
    .option('--response-times <list>', 'e.g. urgent=30m,normal=2h,low=1d')
    .option('--house-rules <url>', 'link to your published house rules')
    .option('--facts-url <url>', 'link to your facts page (corrections, statements)')
    .option('--contact <id=reach>', 'how to reach a contact, e.g. legal=legal@acme.com (repeatable)', collect, [])
    .option('--voice <voice>', 'formal or informal')
    .option('--no-input', 'never ask; take flags and defaults')
    .addHelpText('after', `
Examples:
  $ replyguide init acme-care
  $ replyguide init acme --brand Acme --locales nl,en --voice formal --no-input
  $ replyguide init acme --brand Acme --support-email care@acme.com --contact legal=legal@acme.com --no-input

Anything not given is written as a "TODO:" placeholder that replyguide lint reports until it is filled in.
The CI workflow goes to the git repository's .github/workflows/ (printed instead outside a repository).`)
    .action(async (dir: string, options) => {
      const { initCommand } = await import('./commands/init.js');
      setExit(await initCommand(dir, options, io));
    });

  program
    .command('explain')
    .description('print the resolved playbook with where each item came from (itself or what it extends)')
    .option('-p, --playbook <path>', PLAYBOOK_HELP)
    .addOption(new Option('-f, --format <name>', 'output format').choices(['yaml', 'json']).default('yaml'))
    .addHelpText('after', '\nExample:\n  $ replyguide explain --playbook acme/ | less')
    .action(async (options) => {
      const { explainCommand } = await import('./commands/explain.js');
      setExit(await explainCommand(options, io));
    });

  const logOptions = (command: InstanceType<typeof Command>) => command
    .option('--log <file|url>', 'the response log: a file, or a postgres:// URL (default: REPLYGUIDE_LOG or your data folder)');

  const log = logOptions(program
    .command('log')
    .description('how we answered before: the response log, newest last')
    .option('--situation <id>', 'only this situation')
    .option('--since <date>', 'only from this date (YYYY-MM-DD)')
    .option('--grep <text>', 'only entries whose comment or reply contains this')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .option('--no-color', 'no colour, even on a terminal')
    .addHelpText('after', '\nExamples:\n  $ replyguide log --situation complaint --since 2026-11-01\n  $ replyguide log prune --before 2026-01-01'))
    .action(async (options) => {
      const { logCommand } = await import('./commands/log.js');
      setExit(await logCommand(options, io));
    });
  logOptions(log
    .command('prune')
    .description('remove log entries from before a date (the only thing that rewrites the log)')
    .requiredOption('--before <date>', 'remove what happened before this date (YYYY-MM-DD)'))
    .action(async (options) => {
      const { pruneCommand } = await import('./commands/log.js');
      setExit(await pruneCommand({ ...log.opts(), ...options }, io));
    });
  logOptions(log
    .command('migrate')
    .description('create or update the tables of a shared response log database (safe to run again, and by several at once)')
    .addHelpText('after', '\nExample:\n  $ replyguide log migrate --log postgres://sam@db.example.org/replyguide'))
    .action(async (options) => {
      const { migrateCommand } = await import('./commands/log-db.js');
      setExit(await migrateCommand({ ...log.opts(), ...options }, io));
    });
  logOptions(log
    .command('sync')
    .description('send the answers kept locally while the response log database could not be reached')
    .addHelpText('after', '\nExample:\n  $ replyguide log sync --log postgres://sam@db.example.org/replyguide'))
    .action(async (options) => {
      const { syncCommand } = await import('./commands/log-db.js');
      setExit(await syncCommand({ ...log.opts(), ...options }, io));
    });

  const followups = logOptions(program
    .command('followups')
    .description('follow-ups we owe (e.g. "ask in the thread whether it is solved"), oldest due first')
    .option('--due', 'only those due now')
    .option('-p, --playbook <path>', 'the playbook whose staffed hours count "due soon" (default: as for triage)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .option('--no-color', 'no colour, even on a terminal')
    .addHelpText('after', '\nExamples:\n  $ replyguide followups --due\n  $ replyguide followups done 3f9a1c2e-1'))
    .action(async (options) => {
      const { followupsCommand } = await import('./commands/followups.js');
      setExit(await followupsCommand(options, io));
    });
  logOptions(followups
    .command('done')
    .description('mark a follow-up done')
    .argument('<id>', 'the follow-up id from `replyguide followups`'))
    .action(async (id: string, options) => {
      const { followupDoneCommand } = await import('./commands/followups.js');
      setExit(await followupDoneCommand(id, { ...followups.opts(), ...options }, io));
    });
  logOptions(followups
    .command('take')
    .description('take over a follow-up another agent owns (shown to the whole team on a shared log)')
    .argument('<id>', 'the follow-up id from `replyguide followups`'))
    .action(async (id: string, options) => {
      const { followupTakeCommand } = await import('./commands/followups.js');
      setExit(await followupTakeCommand(id, { ...followups.opts(), ...options }, io));
    });

  logOptions(program
    .command('stats')
    .description('comments by situation, replies used and never used, answers in time')
    .option('--since <date>', 'only from this date (YYYY-MM-DD)')
    .option('-p, --playbook <path>', PLAYBOOK_HELP)
    .addOption(new Option('--by <what>', 'also count per agent (who answered; a shared log records it)').choices(['agent']))
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text')))
    .action(async (options) => {
      const { statsCommand } = await import('./commands/stats.js');
      setExit(await statsCommand(options, io));
    });

  program
    .command('schema')
    .description('print the JSON Schema of the playbook format (for editors)')
    .addHelpText('after', '\nExample:\n  $ replyguide schema > playbook.schema.json')
    .action(async () => {
      const { schemaCommand } = await import('./commands/schema.js');
      setExit(schemaCommand(io));
    });

  program
    .command('actions')
    .description('list the next-step actions a playbook can use, with what each means')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExample:\n  $ replyguide actions --format json')
    .action(async (options) => {
      const { actionsCommand } = await import('./commands/actions.js');
      setExit(actionsCommand(options, io));
    });

  program
    .command('completion')
    .description('print a shell completion script: commands, flags, formats, situation and question ids')
    .argument('[shell]', `${SHELLS.join(', ')}`)
    .argument('[words...]')
    .addOption(new Option('--complete', 'print what may come after the given words').hideHelp())
    .option('-p, --playbook <path>', PLAYBOOK_HELP)
    .addHelpText('after', '\nExamples:\n  $ source <(replyguide completion bash)     # in ~/.bashrc\n  $ source <(replyguide completion zsh)      # in ~/.zshrc\n  $ replyguide completion fish > ~/.config/fish/completions/replyguide.fish')
    .action(async (shell: string | undefined, words: string[], options: { complete?: boolean; playbook?: string }) => {
      const { completionCommand } = await import('./commands/completion.js');
      setExit(completionCommand(program, options.complete ? [...(shell === undefined ? [] : [shell]), ...words] : shell, options, io));
    });

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

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number, not "${value}"`);
  return Number(value);
}

/** Entry point used by bin/replyguide.js. */
export async function run(): Promise<void> {
  // A pipe's write error comes later, as an event: the same one line (nothing for a closed reader).
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    const failure = writeFailure(error, 'standard output');
    if (!failure) return;
    writeQuietly(process.stderr, `replyguide: ${failure.message}\n`);
    process.exit(failure.exitCode);
  });
  const io: Io = {
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  };
  try {
    process.exitCode = await main(io);
  } catch (error) {
    const detail = process.env.REPLYGUIDE_DEBUG ? `\n${(error as Error).stack}` : '';
    process.stderr.write(`replyguide: internal error: ${terminalSafe((error as Error).message)}. This is a bug in replyguide; please report it.${detail}\n`);
    process.exitCode = EXIT.usage;
  }
}

/** A message about a failed write must not fail the run in turn (stderr may be gone too). */
function writeQuietly(stream: Io['stderr'], text: string): void {
  try {
    stream.write(text);
  } catch {
    // nothing left to tell
  }
}

import { uiLocale } from '../../i18n/index.js';
import { countBySeverity } from '../../diagnostics.js';
import { FORMATTERS } from '../../lint/formatters/index.js';
import type { FileResult } from '../../lint/run.js';
import { expandTargets } from '../../lint/targets.js';
import { lintFiles, type Concurrency } from '../lint-threads.js';
import { EXIT, now, useColor, type Io } from '../io.js';
import { version } from '../version.js';
import { writeOutputFile } from '../output-file.js';
import { painter } from '../../paint.js';

export interface LintFlags {
  format: string;
  output?: string;
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
  locale?: string;
  concurrency?: Concurrency;
}

export async function lintCommand(paths: string[], flags: LintFlags, io: Io): Promise<number> {
  const today = now(io.env);
  const { files, unmatched } = expandTargets(paths, io.cwd);
  for (const arg of unmatched) io.stderr.write(`replyguide: no playbook found at "${arg}"\n`);
  // Nothing to check is a usage error: no report (not even an empty one) on stdout or in --output.
  if (files.length === 0) return EXIT.usage;

  let results: FileResult[] = await lintFiles(files, today, io.env, flags.concurrency);
  const unreadable = results.some((r) => r.diagnostics.some((d) => d.rule === 'file-unreadable'));
  const { errors, warnings } = countBySeverity(results.flatMap((r) => r.diagnostics));
  if (flags.quiet) results = results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }));

  const color = !flags.output && useColor(io.stdout, io.env, flags.color);
  const paint = await painter(color);
  const report = FORMATTERS[flags.format](results, { cwd: io.cwd, paint, version: version(), locale: uiLocale(flags.locale, io.env) });
  if (flags.output) writeOutputFile(flags.output, report, io);
  else io.stdout.write(report);

  if (unmatched.length > 0 || unreadable) return EXIT.usage;
  if (errors > 0) return EXIT.findings;
  if (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) {
    io.stderr.write(`replyguide: ${warnings} warnings, more than --max-warnings ${flags.maxWarnings}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

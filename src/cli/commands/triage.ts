// `replyguide triage`: classify a comment and get the reply and next steps. Interactive on a
// terminal; scripted with flags (and never prompting) otherwise.
import { displayPath } from '../../lint/formatters/paths.js';
import { inLocale } from '../../playbook/load.js';
import { chooseLocale, type LocaleChoice } from '../../triage/locale.js';
import { languageNames } from '../../i18n/language-names.js';
import { translator, uiLocale, type Translate } from '../../i18n/index.js';
import { readAnswers, withDefaults } from '../../triage/answers.js';
import { planJson, planObject } from '../../triage/format/json.js';
import type { Answers } from '../../triage/when.js';
import type { LoadedPlaybook } from '../../playbook/load.js';
import type { CommentSource } from '../../log/entry.js';
import { sourceFromFlags } from '../comment-source.js';
import type { QueueRow } from '../queue.js';
import { sayProblem } from '../queue.js';
import { messageIn } from '../../i18n/phrase.js';
import { triage, type MissingAnswer, type Plan, type TriageResult } from '../../triage/plan.js';
import type { Suggestions } from '../../suggest/suggest.js';
import { contradictedAnswers, mayDefault, shownBy, withDetectedAnswers } from '../../suggest/detect.js';
import { withoutOwnAccounts } from '../../suggest/own-accounts.js';
import { inferredAnswers, type AnswerSteps } from '../../triage/inferred.js';
import { quoted } from '../../suggest/quoted.js';
import { configuredAgent } from '../agent-config.js';
import { parseAnswerFlags, readAnswersFile } from '../answers-input.js';
import { EXIT, now, readStdin, UsageError, useColor, type Io } from '../io.js';
import { sayIfDemo, usePlaybook } from '../playbook-input.js';
import { handledRows, recordPlan, type LogFlag } from '../response-log.js';
import { playbookHolidays } from '../holidays.js';
import { painter } from '../../paint.js';

export interface TriageFlags {
  comment?: string;
  answer: string[];
  answers?: string;
  playbook?: string;
  agent?: string;
  locale?: string;
  variant?: string;
  format: 'text' | 'json';
  input: boolean;
  color?: boolean;
  log?: LogFlag;
  useSuggestions?: boolean;
  queue?: string;
  link?: string;
  platform?: string;
  posted?: string;
}

export async function triageCommand(flags: TriageFlags, io: Io): Promise<number> {
  const playbook = usePlaybook(flags.playbook, io, { locale: flags.locale });
  const ui = uiLocale(flags.locale, io.env);
  const t = translator(ui);
  const variant = parseVariant(flags.variant, t);
  const source = sourceFromFlags(flags, t);
  const raw = { ...(flags.answers ? readAnswersFile(flags.answers, io.cwd, ui) : {}), ...parseAnswerFlags(flags.answer, t) };
  const { answers, problems } = readAnswers(playbook.data, raw);
  if (problems.length > 0) {
    for (const problem of problems) io.stderr.write(`replyguide: ${messageIn(problem, ui)}\n`);
    return EXIT.usage;
  }
  if (flags.queue !== undefined && flags.comment !== undefined) throw new UsageError(t('triage.queueAndComment'));
  if (flags.comment === '-' && io.stdin.isTTY) throw new UsageError(t('triage.commentStdinTerminal'));
  const interactive = flags.input && flags.format === 'text' && io.stdin.isTTY === true && io.stdout.isTTY === true;
  if (flags.queue !== undefined) {
    const { readQueue } = await import('../queue.js');
    const queue = await readQueue(flags.queue, io.cwd, io.stdin, ui);
    if (interactive) {
      const { interactiveTriage } = await import('../interactive-triage.js');
      return interactiveTriage({ playbook, answers, variant, flags, io, source, queue: { shown: queue.shown, rows: queue.rows } });
    }
    return scriptedQueue(playbook, answers, queue.shown, queue.rows, variant, flags, io, t);
  }
  const comment = flags.comment === '-' ? await readStdin(io.stdin) : flags.comment;
  if (interactive) {
    const { interactiveTriage } = await import('../interactive-triage.js');
    return interactiveTriage({ playbook, answers, comment, variant, flags, io, source });
  }
  const outcome = await scriptedPlan({ playbook, answers, comment, variant, flags, io, source });
  if (outcome.kind === 'missing') return reportMissing(outcome.missing, outcome.suggestions, outcome.locale, flags.format, io, t);
  if (outcome.kind === 'failed') return reportFailure(outcome.result, io, t);
  const plan = outcome.plan;
  await recordPlan(flags.log, plan, comment ?? '', playbook, io, { outcome: 'scripted', source });
  if (outcome.locale.how === 'unsupported' && flags.format === 'text') sayUnsupportedLanguage(outcome.locale, io, ui, t);
  if (flags.format === 'json') {
    io.stdout.write(planJson(plan, playbook.file));
  } else {
    const { planText } = await import('../../triage/format/text.js'); // chalk only for people
    io.stdout.write(planText(plan, { paint: await painter(useColor(io.stdout, io.env, flags.color)), locale: ui, now: now(io.env), timeZone: io.env.TZ || undefined, width: io.stdout.columns }));
  }
  // Given for this very comment, the answer stands; but the comment reads otherwise, so say so.
  for (const { id, because } of contradictedAnswers(playbook.data, answers, withoutOwnAccounts(comment ?? '', playbook))) {
    io.stderr.write(`replyguide: ${t('triage.contradicted', { id, because: quoted(because) })}\n`);
  }
  sayIfDemo(io, playbook, t);
  return EXIT.ok;
}

interface ScriptedRequest {
  playbook: LoadedPlaybook;
  answers: Answers;
  comment: string | undefined;
  variant: number | undefined;
  flags: TriageFlags;
  io: Io;
  source: CommentSource;
  /** The reply language a queue row names. */
  locale?: string;
}

type Scripted =
  | { kind: 'plan'; plan: Extract<TriageResult, { ok: true }>['plan']; locale: LocaleChoice }
  | { kind: 'missing'; missing: MissingAnswer[]; suggestions: Suggestions; locale: LocaleChoice }
  | { kind: 'failed'; result: Exclude<TriageResult, { ok: true }> };

/** A plan from the answers given, what the comment itself shows, and (with --use-suggestions) the confident suggestions. */
async function scriptedPlan(request: ScriptedRequest): Promise<Scripted> {
  const { playbook, answers, comment, variant, flags, io, source } = request;
  const localeFlag = request.locale ?? flags.locale;
  const choice = chooseLocale(playbook.locales, localeFlag, comment);
  const { locale } = choice;
  const replyIn = inLocale(playbook, locale);
  const agent = configuredAgent(flags.agent, io.env);
  const posted = source.posted ? new Date(source.posted) : undefined;
  // Flags the comment itself answers (a threat, personal data posted) are not asked of a script; it is
  // read without the brand's own accounts (our support address is no personal data of the writer's).
  const read = withoutOwnAccounts(comment ?? '', playbook);
  let given = withDetectedAnswers(replyIn.data, answers, read);
  const steps: AnswerSteps = [{ from: 'given', answers }, { from: 'comment', answers: given }];
  let suggested: Suggestions | undefined;
  const holidays = await playbookHolidays(replyIn.data, posted ?? now(io.env), io);
  let result = triage({ playbook: replyIn, answers: given, comment: comment ?? '', agent, variant, now: now(io.env), posted, holidays });
  // Answers missing: with a comment, say what it suggests (and with --use-suggestions, take the confident ones).
  if (!result.ok && result.kind === 'missing' && comment?.trim()) {
    const { suggestionsFor, withConfidentSuggestions } = await import('../suggestions.js');
    const suggestions = await suggestionsFor(replyIn, comment, io);
    if (flags.useSuggestions) {
      // What an agent would accept: the confident suggestions, then the playbook's defaults (never for a threat).
      suggested = suggestions;
      const taken = withConfidentSuggestions(replyIn, given, suggestions);
      const detected = withDetectedAnswers(replyIn.data, taken, read);
      given = withDefaults(replyIn.data, detected, mayDefault);
      steps.push({ from: 'suggestion', answers: taken }, { from: 'comment', answers: detected }, { from: 'default', answers: given });
      result = triage({ playbook: replyIn, answers: given, comment, agent, variant, now: now(io.env), posted, holidays });
    }
    if (!result.ok && result.kind === 'missing') return { kind: 'missing', missing: result.missing, suggestions, locale: choice };
  }
  // No comment to read: a bot still gets the missing answers as JSON.
  if (!result.ok && result.kind === 'missing' && flags.format === 'json') return { kind: 'missing', missing: result.missing, suggestions: { locale, byQuestion: new Map() }, locale: choice };
  if (!result.ok) return { kind: 'failed', result };
  const shownFor = (id: string) => {
    const detect = replyIn.data.questions.find((q) => q.id === id)?.detect;
    return detect ? shownBy(read, detect) : [];
  };
  const inferred = inferredAnswers(result.plan.answers, steps, suggested, shownFor);
  const plan = { ...result.plan, commentLanguage: choice.language ?? null, ...(Object.keys(inferred).length > 0 ? { inferred } : {}) };
  return { kind: 'plan', plan, locale: choice };
}

/** The answers for a queue row: those given on the command line, and the author's first name from the row. */
export function rowAnswers(playbook: LoadedPlaybook, answers: Answers, row: QueueRow): Answers {
  const name = playbook.data.questions.find((q) => q.id === 'name' && q.type === 'input');
  return name && row.name && answers.name === undefined ? { ...answers, name: row.name } : answers;
}

/**
 * A queue without a person: one result per row (JSON Lines with --format json, else one line each),
 * then a summary. A row that fails says why and the rest go on; rows already in the log are passed over.
 * The lines are in the tool's language (`t`); JSON Lines stay English, for machines.
 */
async function scriptedQueue(playbook: LoadedPlaybook, answers: Answers, shown: string, rows: QueueRow[], variant: number | undefined, flags: TriageFlags, io: Io, t: Translate): Promise<number> {
  const handled = await handledRows(flags.log, io);
  const flagSource = sourceFromFlags(flags, t); // a row's own link, platform and posted time win
  const json = flags.format === 'json';
  const count = { rows: rows.length, planned: 0, failed: 0, alreadyLogged: 0 };
  const head = (row: QueueRow) => ({ row: row.number, line: row.line, key: row.key });
  const at = (row: QueueRow) => `${row.number} / ${rows.length}`;
  const english = translator('en');
  const replyBy = json ? undefined : await replyByText(flags, io, t); // a person's line only
  const language = languageNames(uiLocale(flags.locale, io.env));
  /** `say` words the failure: in English for JSON, in the tool's language for a person. */
  const fail = (row: QueueRow, say: (words: Translate) => string, extra: Record<string, unknown> = {}) => {
    count.failed++;
    if (json) io.stdout.write(JSON.stringify({ ...head(row), status: 'failed', error: say(english), ...extra }) + '\n');
    else io.stdout.write(t('triage.row.failed', { at: at(row), error: say(t), where: `${shown}:${row.line}` }) + '\n');
  };
  for (const row of rows) {
    if (handled.has(row.key)) {
      count.alreadyLogged++;
      if (json) io.stdout.write(JSON.stringify({ ...head(row), status: 'already-logged' }) + '\n');
      else io.stdout.write(t('triage.row.alreadyLogged', { at: at(row) }) + '\n');
      continue;
    }
    const problem = row.problem;
    if (problem) { fail(row, (words) => sayProblem(problem, words)); continue; }
    const source = { ...flagSource, ...row.source };
    const locale = row.locale && playbook.locales.includes(row.locale) && flags.locale === undefined ? row.locale : undefined;
    // An answer given for every row that this row's comment contradicts: a person triages it.
    const [contradicted] = contradictedAnswers(playbook.data, answers, withoutOwnAccounts(row.comment, playbook));
    if (contradicted) { fail(row, (words) => words('triage.row.contradicted', { id: contradicted.id, because: quoted(contradicted.because) })); continue; }
    const outcome = await scriptedPlan({ playbook, answers: rowAnswers(playbook, answers, row), comment: row.comment, variant, flags, io, source, locale });
    if (outcome.kind === 'missing') {
      const ids = outcome.missing.map((m) => m.id).join(', ');
      fail(row, (words) => words(flags.useSuggestions ? 'triage.row.missingNoSuggestion' : 'triage.row.missingHint', { ids }), { missing: outcome.missing.map((m) => ({ id: m.id, valid: m.values })) });
      continue;
    }
    if (outcome.kind === 'failed') { const result = outcome.result; fail(row, (words) => failureText(result, words)); continue; }
    const plan = outcome.plan;
    await recordPlan(flags.log, plan, row.comment, playbook, io, { outcome: 'scripted', source });
    count.planned++;
    if (json) io.stdout.write(JSON.stringify({ ...head(row), status: 'planned', ...(source.link ? { link: source.link } : {}), plan: planObject(plan, playbook.file) }) + '\n');
    else io.stdout.write(`${at(row)}  ${[plan.situation.id, plan.reply ? t('triage.row.reply', { template: plan.reply.template, variant: plan.reply.variant }) : t('triage.row.noReply'), ...(plan.respondBy ? [replyBy!(plan)] : []), ...(outcome.locale.how === 'unsupported' ? [t('triage.row.otherLanguage', { language: language(outcome.locale.language ?? ''), reply: language(outcome.locale.locale) })] : []), ...(plan.inferred ? [t('triage.row.inferred', { ids: Object.keys(plan.inferred).join(', ') })] : []), ...(source.link ? [source.link] : [])].join(' · ')}\n`);
  }
  if (json) io.stdout.write(JSON.stringify({ summary: count }) + '\n');
  if (count.planned > 0) sayIfDemo(io, playbook, t);
  io.stderr.write(t('triage.queueSummary', { queue: shown, rows: count.rows, planned: count.planned, failed: count.failed, already: count.alreadyLogged }) + '\n');
  return count.failed > 0 ? EXIT.usage : EXIT.ok;
}

/** "by 09:40" as the plan says it (the agent's clock, the zone named where the team's differs), and how late it is; made once per queue. */
async function replyByText(flags: TriageFlags, io: Io, t: Translate): Promise<(plan: Plan) => string> {
  const { formatTime, overdueWords } = await import('../../triage/format/text.js');
  const locale = uiLocale(flags.locale, io.env);
  return (plan) => {
    const clock = { locale, now: now(io.env), timeZone: io.env.TZ || undefined, teamZone: plan.hours?.timeZone };
    const late = overdueWords(plan.respondBy!, clock.now, t);
    return t('plan.by', { time: formatTime(plan.respondBy!, clock) }) + (late ? ` (${late})` : '');
  };
}

function failureText(result: Exclude<TriageResult, { ok: true }>, t: Translate): string {
  switch (result.kind) {
    case 'missing': return t('triage.row.missing', { ids: result.missing.map((m) => m.id).join(', ') });
    case 'no-situation': return t('triage.row.noSituation');
    case 'bad-variant': return t('triage.variantRange', { variants: result.variants });
    case 'template': return t('triage.row.template', { template: result.error.template, message: messageIn(result.error, t.locale ?? 'en') });
  }
}

/** A comment in a language the playbook has no replies in: say which, and which the reply is in. */
function sayUnsupportedLanguage(choice: LocaleChoice, io: Io, ui: string, t: Translate): void {
  const name = languageNames(ui);
  io.stderr.write(`replyguide: ${t('triage.language.unsupported', { language: name(choice.language ?? ''), reply: name(choice.locale) })}\n`);
}

/** Missing answers, with what the comment suggests: JSON on stdout for a bot, words on stderr for a person. */
function reportMissing(missing: MissingAnswer[], suggestions: Suggestions, locale: LocaleChoice, format: 'text' | 'json', io: Io, t: Translate): number {
  const suggested = Object.fromEntries([...suggestions.byQuestion].map(([id, s]) => [id, { value: s.value, confidence: s.confidence, because: s.because, confident: s.confident }]));
  if (format === 'json') {
    io.stdout.write(JSON.stringify({
      missing: missing.map((m) => ({ id: m.id, prompt: m.prompt, valid: m.values })),
      suggestions: suggested,
      // detected: read from the comment (not --locale, not the default); language: the comment's own, when sure.
      locale: { value: locale.locale, detected: locale.how === 'detected', confidence: locale.confidence, language: locale.language ?? null },
    }, null, 2) + '\n');
    return EXIT.usage;
  }
  io.stderr.write(`replyguide: ${t('triage.missingHead')}\n`);
  for (const m of missing) {
    const s = suggestions.byQuestion.get(m.id);
    // The value stays as --answer takes it (yes, an id); the words around it are the tool's.
    const said = s ? t('triage.missingSuggested', { value: s.value === true ? 'yes' : String(s.value), percent: Math.round(s.confidence * 100), unsure: s.confident ? '' : t('triage.missingUnsure'), because: quoted(s.because) }) : '';
    io.stderr.write(`  ${m.id}: ${m.prompt} (${m.valid})${said}\n`);
  }
  return EXIT.usage;
}

export function reportFailure(result: Exclude<TriageResult, { ok: true }>, io: Io, t: Translate = translator('en')): number {
  switch (result.kind) {
    case 'missing':
      io.stderr.write(`replyguide: ${t('triage.missingHeadPlain')}\n`);
      for (const m of result.missing) io.stderr.write(`  ${m.id}: ${m.prompt} (${m.valid})\n`);
      break;
    case 'no-situation':
      io.stderr.write(`replyguide: ${t('triage.noSituation')}\n`);
      break;
    case 'bad-variant':
      io.stderr.write(`replyguide: ${t('triage.variantRange', { variants: result.variants })}\n`);
      break;
    case 'template': {
      const e = result.error;
      io.stderr.write(`replyguide: ${t('triage.templateFailed', { template: e.template, where: `${displayPath(e.file, io.cwd)}:${e.line}:${e.column}`, message: messageIn(e, t.locale ?? 'en') })}\n`);
      break;
    }
  }
  return EXIT.usage;
}

function parseVariant(value: string | undefined, t: Translate): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(t('triage.badVariant', { value }));
  return Number(value);
}

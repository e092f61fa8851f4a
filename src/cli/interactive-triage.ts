// The interactive triage session: a stream of comments, not one per launch. For each comment: paste
// it (or take it from a queue row), answer the questions that apply (hinted choices pre-selected),
// read the plan, then copy, vary, edit, change the language, skip, start over or be done. Every
// outcome goes to the response log as it happens, so Ctrl-C loses only the comment on screen. Ctrl-D at
// the paste prompt, or a menu choice, ends the session with a one-line summary.
import { performance } from 'node:perf_hooks';
import type { CommentSource, LogEntry, Outcome } from '../log/entry.js';
import { handledRows, recordPlan, recordSkip, similarBefore } from './response-log.js';
import { teamSignOff } from '../render/render.js';
import { painter, type Paint } from '../paint.js';
import { inLocale, type LoadedPlaybook } from '../playbook/load.js';
import type { Question } from '../playbook/types.js';
import { createPrompter, Interrupted, type Prompter } from '../prompt/adapter.js';
import { removedChoices } from '../playbook/removed-choices.js';
import { checkTone } from '../tone/check.js';
import { chooseLocale, LOCALE_SURE } from '../triage/locale.js';
import { languageNames } from '../i18n/language-names.js';
import { findingsText } from '../tone/format/text.js';
import { LEXICONS } from '../tone/lexicons/index.js';
import { toneSettings } from '../tone/settings.js';
import { completeAnswers } from '../triage/answers.js';
import { matchSituation, nextQuestion, unusedQuestion } from '../triage/flow.js';
import { analyzeTemplate } from '../render/analyze.js';
import { templateKey } from '../playbook/load.js';
import { quoted, type Suggestion } from '../suggest/suggest.js';
import { learnAhead, suggestionsFor } from './suggestions.js';
import { formatTime, planText } from '../triage/format/text.js';
import { wrap } from '../triage/format/wrap.js';
import { triage, type Plan } from '../triage/plan.js';
import { stripControl } from '../triage/clean-text.js';
import type { Answers } from '../triage/when.js';
import { configuredAgent, readConfig, saveConfig } from './agent-config.js';
import { playbookLabel } from './playbook-input.js';
import { copyToClipboard, osc52 } from './clipboard.js';
import { saveCodeCacheSoon } from './code-cache.js';
import { isWebLink, platformFromLink, postedAnswer } from './comment-source.js';
import type { TriageFlags } from './commands/triage.js';
import { reportFailure, rowAnswers } from './commands/triage.js';
import { sayProblem, type QueueRow } from './queue.js';
import { dateLocale, translator, uiLocale, type Translate } from '../i18n/index.js';
import { EXIT, now, rawOutput, useColor, type Io } from './io.js';
import { playbookHolidays } from './holidays.js';
import { own } from '../own.js';
import { EditorFailed } from '../prompt/editor.js';

export interface SessionOptions {
  playbook: LoadedPlaybook;
  /** Answers from --answer / --answers: for the comment given, or every queue row. */
  answers: Answers;
  /** A comment given with --comment: the session handles it and ends. */
  comment?: string;
  variant?: number;
  flags: TriageFlags;
  io: Io;
  /** --link, --platform, --posted. */
  source: CommentSource;
  queue?: { shown: string; rows: QueueRow[] };
}


interface Tally { copied: number; done: number; skipped: number; startedOver: number }

/** What one session shares across its comments: loaded once, so the next comment appears at once. */
interface Context extends SessionOptions {
  prompter: Prompter;
  chalk: Paint;
  t: Translate;
  ui: string;
  agent?: string;
  tally: Tally;
  started: number;
  width: number;
}

/** A comment to triage, with what is known of it already. */
interface Item {
  comment: string;
  answers: Answers;
  source: CommentSource;
  /** A reply language the queue row names. */
  locale?: string;
  /** Given (flag or queue row): "start over" triages it again; else it asks for another comment. */
  given: boolean;
  /**
   * Ask for the link and posted time when they are not known: for a pasted comment, not for one given
   * with --comment (--link and --posted say it) or a queue row (its columns say it).
   */
  askSource: boolean;
}

type Next = 'next' | 'end';

export async function interactiveTriage(options: SessionOptions): Promise<number> {
  const { io, playbook } = options;
  const chalk = await painter(useColor(io.stdout, io.env, options.flags.color));
  const ui = uiLocale(options.flags.locale, io.env);
  const t = translator(ui);
  const ctx: Context = {
    ...options,
    prompter: await createPrompter({ input: io.stdin, output: rawOutput(io.stdout), locale: ui, env: io.env }),
    chalk,
    t,
    ui,
    agent: configuredAgent(options.flags.agent, io.env),
    tally: { copied: 0, done: 0, skipped: 0, startedOver: 0 },
    started: performance.now(),
    width: Math.max(40, Math.min(io.stdout.columns ?? 80, 100)),
  };
  try {
    io.stdout.write(chalk.dim(t('triage.banner', { playbook: `${playbook.data.name} · ${playbookLabel(playbook.file, io.cwd, t)}`, locale: playbook.locales.join('/') }) + '\n'));
    if (options.queue) {
      await runQueue(ctx, options.queue);
    } else if (options.comment !== undefined) {
      await handle(ctx, { comment: stripControl(options.comment), answers: options.answers, source: options.source, given: true, askSource: false });
    } else {
      // While the first comment is pasted, a model not learned yet is learned on another thread.
      void learnAhead(playbook, io);
      for (let n = 1; ; n++) {
        io.stdout.write('\n' + chalk.dim(rule(ctx, t('triage.header', { n, handled: handledCount(ctx.tally), time: elapsed(ctx) }))) + '\n');
        const pasted = await ctx.prompter.multiline(`${chalk.bold(t('triage.paste'))} ${chalk.dim(t('triage.session.paste'))}`);
        if (pasted === undefined) break; // Ctrl-D
        // Flags describe the comment given with them; later comments start afresh.
        const first = n === 1;
        const next = await handle(ctx, { comment: stripControl(pasted), answers: first ? options.answers : {}, source: first ? options.source : {}, given: false, askSource: true });
        if (next === 'end') break;
      }
    }
    io.stdout.write('\n' + await summary(ctx) + '\n');
    return EXIT.ok;
  } catch (error) {
    if (error instanceof Interrupted) {
      const handled = handledCount(ctx.tally) + ctx.tally.startedOver;
      io.stderr.write(`\n${handled === 0 ? t('triage.cancelled') : t('triage.interrupted', { handled })}\n`);
      return EXIT.interrupted;
    }
    throw error;
  }
}

const handledCount = (tally: Tally) => tally.copied + tally.done + tally.skipped;

async function summary(ctx: Context): Promise<string> {
  const { tally, t } = ctx;
  const line = t('triage.summary', { handled: handledCount(tally), time: elapsed(ctx), copied: tally.copied, done: tally.done, skipped: tally.skipped, startedOver: tally.startedOver });
  if (!ctx.queue) return line;
  const left = ctx.queue.rows.length - (await handledRows(ctx.flags.log, ctx.io)).size;
  const queueLine = left > 0 ? t('triage.queueLeft', { left, total: ctx.queue.rows.length, queue: ctx.queue.shown }) : t('triage.queueFinished', { queue: ctx.queue.shown });
  return `${line}\n${queueLine}`;
}

/** "45s", "3m 05s", "1h 02m": time since the session started. */
function elapsed(ctx: Context): string {
  const s = Math.floor((performance.now() - ctx.started) / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor(s / 60) % 60).padStart(2, '0')}m`;
}

function rule(ctx: Context, title: string): string {
  const head = `── ${title} `;
  return head + '─'.repeat(Math.max(2, ctx.width - head.length));
}

/** The rows of a queue not yet in the log, one by one, with progress ("4 / 27"). */
async function runQueue(ctx: Context, queue: { shown: string; rows: QueueRow[] }): Promise<void> {
  const { io, chalk, t, prompter } = ctx;
  const handled = await handledRows(ctx.flags.log, io);
  const total = queue.rows.length;
  const pending = queue.rows.filter((row) => !handled.has(row.key));
  const already = total - pending.length;
  const first = pending.find((row) => !row.problem);
  if (already > 0 && first) io.stdout.write(t('triage.queueResume', { done: already, total, queue: queue.shown, next: first.number }) + '\n');
  for (const row of pending) {
    io.stdout.write('\n' + chalk.dim(rule(ctx, t('triage.queueHeader', { n: row.number, total, handled: handledCount(ctx.tally), time: elapsed(ctx) }))) + '\n');
    if (row.problem) {
      io.stdout.write(chalk.yellow(wrap(t('triage.queueProblem', { row: row.number, where: `${queue.shown}:${row.line}`, problem: sayProblem(row.problem, t) }), ctx.width, 2)) + '\n');
      continue;
    }
    const source = { ...ctx.source, ...row.source };
    const meta = [row.author, source.platform, source.posted ? t('triage.postedAt', { time: formatTime(new Date(source.posted), { locale: ctx.ui, now: now(io.env), timeZone: io.env.TZ || undefined }) }) : undefined, source.link].filter(Boolean).join(' · ');
    if (meta) io.stdout.write(chalk.dim(wrap(meta, ctx.width, 2)) + '\n');
    io.stdout.write(quoteComment(ctx, row.comment) + '\n');
    const action = await prompter.select(t('triage.queueAction'), [
      { value: 'triage', label: t('triage.queueTriage') },
      { value: 'skip', label: t('triage.skip') },
      { value: 'end', label: t('triage.end') },
    ], 'triage');
    if (action === 'end') return;
    if (action === 'skip') {
      await skip(ctx, row.comment, source);
      continue;
    }
    const locale = row.locale && ctx.playbook.locales.includes(row.locale) ? row.locale : undefined;
    const next = await handle(ctx, { comment: row.comment, answers: rowAnswers(ctx.playbook, ctx.answers, row), source, locale, given: true, askSource: false });
    if (next === 'end') return;
  }
}

/** The comment as the agent reads it: wrapped, each line behind a bar. */
function quoteComment(ctx: Context, comment: string): string {
  return wrap(comment, ctx.width - 2).split('\n').map((line) => ctx.chalk.dim('│ ') + line).join('\n');
}

async function skip(ctx: Context, comment: string, source: CommentSource): Promise<void> {
  const reason = stripControl(await ctx.prompter.text(ctx.t('triage.skipReason'), { required: true })).trim();
  await recordSkip(ctx.flags.log, reason, comment, ctx.playbook, ctx.io, source);
  ctx.tally.skipped++;
  ctx.io.stdout.write(ctx.chalk.green(ctx.t('triage.skipped')) + '\n');
}

/** One comment, from its questions to an outcome (started over: its questions again, or the next comment). */
async function handle(ctx: Context, item: Item): Promise<Next> {
  const { playbook, prompter, io } = ctx;
  for (;;) {
    const locale = await replyLocale(ctx, item);
    // The agent reads the questions in their own language when the playbook has it.
    const askIn = playbook.locales.includes(ctx.ui) ? inLocale(playbook, ctx.ui) : inLocale(playbook, locale);
    const answers = await askQuestions(prompter, askIn, { ...item.answers }, item.comment, io, ctx.chalk, ctx.t);
    const source = item.askSource ? await askSource(ctx, item.source) : item.source;
    ctx.agent ??= await askAgent(prompter, inLocale(playbook, locale), io, ctx.t);
    const outcome = await showAndAct(ctx, { ...item, source }, answers, locale);
    if (outcome === 'restart') {
      if (item.given) continue;
      return 'next';
    }
    return outcome;
  }
}

/**
 * The reply language: --locale, the queue row's, else the comment's when detection is sure (said in a
 * line, changed from the menu), else asked with the best guess pre-selected.
 */
async function replyLocale(ctx: Context, item: Item): Promise<string> {
  const { playbook, t, io } = ctx;
  const locales = playbook.locales;
  const fallback = locales[0];
  const chosen = ctx.flags.locale ?? item.locale;
  const language = languageNames(ctx.ui);
  if (chosen !== undefined) {
    if (locales.length > 1) io.stdout.write(ctx.chalk.dim(t('triage.language.sure', { language: language(chosen), how: t('triage.language.chosenShort') })) + '\n');
    return chosen;
  }
  const choice = chooseLocale(locales, undefined, item.comment);
  if (choice.how === 'unsupported' && choice.language) {
    // Said even with one locale: the agent should know the reply is not in the comment's language.
    io.stdout.write(ctx.chalk.dim(t('triage.language.unsupported', { language: language(choice.language), reply: language(choice.locale) })) + '\n');
    return choice.locale;
  }
  if (locales.length < 2) return fallback;
  // Sure enough: answer in that language without asking (the agent can still change it).
  if (choice.confidence >= LOCALE_SURE) {
    io.stdout.write(ctx.chalk.dim(t('triage.language.sure', { language: language(choice.locale), how: t('triage.language.detectedShort') })) + '\n');
    return choice.locale;
  }
  const how = t(choice.confidence > 0 ? 'triage.language.guess' : 'triage.language.default');
  return ctx.prompter.select(t('triage.language', { locale: choice.locale, how }), localeChoices(ctx), choice.locale);
}

function localeChoices(ctx: Context) {
  const language = languageNames('en');
  return ctx.playbook.locales.map((l) => ({ value: l, label: `${language(l)} (${l})` }));
}

/** The optional questions for the link to the thread and the posted time, when not known. */
async function askSource(ctx: Context, known: CommentSource): Promise<CommentSource> {
  const { prompter, t, io, chalk } = ctx;
  const source = { ...known };
  while (source.link === undefined) {
    const link = stripControl(await prompter.text(t('triage.link'))).trim();
    if (!link) break;
    if (isWebLink(link)) source.link = link;
    else io.stdout.write(chalk.yellow(t('triage.linkInvalid')) + '\n');
  }
  source.platform ??= platformFromLink(source.link);
  if (!source.platform) delete source.platform;
  while (source.posted === undefined) {
    const posted = stripControl(await prompter.text(t('triage.posted'))).trim();
    if (!posted) break;
    const iso = postedAnswer(posted, now(io.env));
    if (iso) source.posted = iso;
    else io.stdout.write(chalk.yellow(t('triage.postedInvalid')) + '\n');
  }
  return source;
}

/** The BIFF checks on an edited reply: the report to show, and whether it has errors. */
function toneReport(playbook: LoadedPlaybook, answers: Answers, comment: string, text: string, paint: Paint, ui: string): { text: string; errors: number } {
  const { data } = playbook;
  const situation = matchSituation(data, completeAnswers(data, answers));
  const settings = toneSettings(data, situation);
  const locale = own(LEXICONS, data.locale) ? data.locale : 'en';
  const name = typeof answers.name === 'string' ? answers.name : undefined;
  const findings = checkTone({ text, lexicon: LEXICONS[locale], limits: settings.limits, situation: settings.situation, name, comment, allowCaps: settings.allowCaps, uiLocale: ui }, settings.rules);
  return { text: findingsText(findings, { paint, locale, uiLocale: ui }), errors: findings.filter((f) => f.severity === 'error').length };
}

async function askQuestions(prompter: Prompter, playbook: LoadedPlaybook, answers: Answers, comment: string, io: Io, chalk: Paint, t: Translate): Promise<Answers> {
  // Suggestions read the comment in its own language, whatever language the questions are in.
  if (!nextQuestion(playbook.data, answers)) return answers;
  const suggestions = comment.trim() ? (await suggestionsFor(playbook, comment, io, t)).byQuestion : new Map<string, Suggestion>();
  const removed = removedChoices(playbook); // a choice only a removed situation named is not offered
  for (let q = nextQuestion(playbook.data, answers); q; q = nextQuestion(playbook.data, answers)) {
    if (unusedQuestion(playbook.data, q, answers, (template) => answersUsedBy(playbook, template))) {
      answers[q.id] = null; // nothing reachable uses it: not asked
      continue;
    }
    const suggestion = suggestions.get(q.id);
    const offered = removed.has(q.id) && q.choices ? { ...q, choices: q.choices.filter((c) => !removed.get(q.id)!.has(c.value)) } : q;
    answers[q.id] = await ask(prompter, offered, suggestion?.confident && !removed.get(q.id)?.has(suggestion.value) ? suggestion : undefined, chalk, t);
  }
  return answers;
}

/** The answers a template's variants use (`answers.<id>`), in any locale. */
function answersUsedBy(playbook: LoadedPlaybook, template: string): Set<string> {
  const used = new Set<string>();
  for (const locale of playbook.locales) {
    const source = playbook.templates.get(templateKey(locale, template));
    for (const variant of source?.variants ?? []) {
      const analysis = analyzeTemplate(variant.text);
      if (!analysis.ok) return new Set(playbook.data.questions.map((q) => q.id)); // unsure: ask everything
      for (const use of analysis.variables) if (use.path[0] === 'answers' && use.path[1]) used.add(use.path[1]);
    }
  }
  return used;
}

/** One question; a confident suggestion is pre-selected and says why ("suggested · 86% · "refund""). */
async function ask(prompter: Prompter, q: Question, suggestion: Suggestion | undefined, chalk: Paint, t: Translate) {
  const message = q.help ? `${q.prompt} ${chalk.dim(`(${q.help})`)}` : q.prompt;
  const because = (s: Suggestion) => chalk.dim(` · ${t('triage.suggested')} · ${Math.round(s.confidence * 100)}% · ${quoted(s.because)}`);
  if (q.type === 'select') {
    const choices = (q.choices ?? []).map((c) => ({
      value: c.value,
      label: suggestion?.value === c.value ? `${c.label}${because(suggestion)}` : c.label,
      ...(c.help ? { help: c.help } : {}),
    }));
    const preselected = (suggestion?.value as string | undefined) ?? (q.default as string | undefined);
    return prompter.select(message, choices, preselected, chalk.dim(t('triage.pickOne')));
  }
  if (q.type === 'confirm') {
    return prompter.confirm(suggestion ? `${message}${because(suggestion)}` : message, suggestion ? suggestion.value === true : q.default === true);
  }
  // An input's `default` (a team's facts page, say) is pre-filled: Enter takes it.
  const prefill = typeof q.default === 'string' && q.default !== '' ? { defaultValue: q.default } : {};
  return prompter.text(message, { required: q.required === true, ...prefill }); // triage() strips control characters
}

async function askAgent(prompter: Prompter, playbook: LoadedPlaybook, io: Io, t: Translate): Promise<string> {
  const name = (await prompter.text(t('triage.agent', { team: teamSignOff(playbook.data) }))).trim();
  if (name && await prompter.confirm(t('triage.remember'), true)) {
    const path = saveConfig(io.env, { ...readConfig(io.env), agent: name });
    io.stdout.write(t('triage.saved', { path }) + '\n');
  }
  return name || teamSignOff(playbook.data);
}

async function showAndAct(ctx: Context, item: Item, answers: Answers, startLocale: string): Promise<Next | 'restart'> {
  const { io, chalk, t, ui, prompter } = ctx;
  const session = !!ctx.queue || ctx.comment === undefined;
  let locale = startLocale;
  let variant = ctx.variant;
  let edited: { text: string; errors: number } | undefined;
  let show = true;
  let similar: string | undefined;
  let holdingCopied = false;
  const posted = item.source.posted ? new Date(item.source.posted) : undefined;
  const log = (plan: Plan, outcome: Outcome) => recordPlan(ctx.flags.log, plan, item.comment, ctx.playbook, io, { outcome, source: item.source });
  const holidays = await playbookHolidays(ctx.playbook.data, posted ?? now(io.env), io);
  for (;;) {
    const replyIn = inLocale(ctx.playbook, locale);
    const result = triage({ playbook: replyIn, answers, comment: item.comment, agent: ctx.agent, variant, now: now(io.env), posted, holidays });
    if (!result.ok) {
      reportFailure(result, io, ctx.t);
      return 'next';
    }
    const plan: Plan = edited && result.plan.reply ? { ...result.plan, reply: { ...result.plan.reply, text: edited.text } } : result.plan;
    if (show) {
      io.stdout.write('\n' + planText(plan, { paint: chalk, locale: ui, now: now(io.env), timeZone: io.env.TZ || undefined, width: ctx.width }) + '\n');
      // The situation is the same for every variant and edit: read the log once.
      similar ??= similarLine(await similarBefore(ctx.flags.log, io, plan.situation.id), ui, io, t);
      if (similar) io.stdout.write(chalk.dim(wrap(similar, ctx.width, 2)) + '\n');
      saveCodeCacheSoon();
    }
    show = true;
    const choices = [
      // Outside hours the holding reply goes out now; the menu stays for the reply itself.
      ...(plan.holdingReply ? [{ value: 'copy-holding', label: t('triage.copyHolding') }] : []),
      ...(plan.reply ? [{ value: 'copy', label: t('triage.copy') }] : []),
      ...(plan.reply && plan.reply.variants > 1 ? [{ value: 'variant', label: t('triage.variant') }] : []),
      ...(plan.reply ? [{ value: 'edit', label: t('triage.edit') }] : []),
      ...(ctx.playbook.locales.length > 1 && plan.reply ? [{ value: 'language', label: t('triage.languageChange') }] : []),
      { value: 'skip', label: t('triage.skip') },
      { value: 'restart', label: t(item.given ? 'triage.restartSame' : 'triage.restart') },
      { value: 'done', label: t(session ? 'triage.doneNext' : 'triage.done') },
      ...(session ? [{ value: 'end', label: t('triage.doneEnd') }] : []),
    ];
    const next = await prompter.select(t('triage.next'), choices, plan.holdingReply && !holdingCopied ? 'copy-holding' : plan.reply ? 'copy' : 'done');
    // An edit with tone errors is used only when the agent says so.
    const confirmed = async () => !edited || edited.errors === 0 || await prompter.confirm(t('triage.useAnyway'), false);
    if (next === 'done' || next === 'end') {
      if (!await confirmed()) { show = false; continue; }
      await log(plan, 'done');
      ctx.tally.done++;
      return next === 'end' ? 'end' : 'next';
    }
    if (next === 'restart') {
      await log(plan, 'started-over');
      ctx.tally.startedOver++;
      return 'restart';
    }
    if (next === 'skip') {
      await skip(ctx, item.comment, item.source);
      return 'next';
    }
    if (next === 'language') {
      locale = await prompter.select(t('triage.languageWhich'), localeChoices(ctx), locale);
      edited = undefined;
    } else if (next === 'variant' && plan.reply) {
      variant = (plan.reply.variant % plan.reply.variants) + 1;
      edited = undefined;
    } else if (next === 'edit' && plan.reply) {
      let text = '';
      try {
        text = stripControl(await prompter.edit(t('triage.editPrompt'), plan.reply.text)).trim();
      } catch (error) {
        if (!(error instanceof EditorFailed)) throw error;
        io.stderr.write(`replyguide: ${error.message}\n`);
        continue;
      }
      if (text) {
        const report = toneReport(replyIn, answers, item.comment, text, chalk, ui);
        edited = { text, errors: report.errors };
        io.stdout.write(`\n${t('triage.toneCheck')}\n${report.text}`);
      } else edited = undefined;
    } else if (next === 'copy-holding' && plan.holdingReply) {
      copy(plan.holdingReply.text, ctx, io);
      holdingCopied = true;
      show = false;
    } else if (next === 'copy' && plan.reply) {
      if (!await confirmed()) { show = false; continue; }
      copy(plan.reply.text, ctx, io);
      await log(plan, 'copied');
      ctx.tally.copied++;
      return session ? 'next' : 'end';
    }
  }
}

/** Puts a text on the clipboard (else the terminal's, through OSC 52) and says where. */
function copy(text: string, ctx: Context, io: Io): void {
  const { chalk, t } = ctx;
  const tool = copyToClipboard(text, io.env);
  if (tool) io.stdout.write(chalk.green(t('triage.copied', { tool }) + '\n'));
  else {
    rawOutput(io.stdout).write(osc52(text, io.env));
    io.stdout.write(chalk.green(wrap(t('triage.osc52'), ctx.width, 2)) + '\n');
  }
}

/** "You answered a comment like this on 12 Nov: …", or '' when the log has none. */
function similarLine(before: LogEntry | undefined, ui: string, io: Io, t: Translate): string {
  if (!before) return '';
  const date = new Intl.DateTimeFormat(dateLocale(ui), { day: 'numeric', month: 'short', timeZone: io.env.TZ || undefined }).format(new Date(before.time));
  const reply = (before.reply?.text ?? '').split('\n')[0];
  // A shared log says who answered, and when: it may be a colleague an hour ago.
  if (before.agent) {
    const time = new Intl.DateTimeFormat(dateLocale(ui), { hour: '2-digit', minute: '2-digit', timeZone: io.env.TZ || undefined }).format(new Date(before.time));
    return t('triage.similarBy', { agent: stripControl(before.agent), date, time, reply });
  }
  return t('triage.similar', { date, reply });
}

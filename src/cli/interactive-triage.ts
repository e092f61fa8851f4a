// The interactive triage session: paste the comment, answer the questions that apply (hinted
// choices pre-selected), read the plan, then copy, vary, edit or start over.
import type { LogEntry } from '../log/entry.js';
import { recordPlan, similarBefore } from './response-log.js';
import { teamSignOff } from '../render/render.js';
import { Chalk } from 'chalk';
import { inLocale, type LoadedPlaybook } from '../playbook/load.js';
import { chooseLocale } from '../triage/locale.js';
import type { Question } from '../playbook/types.js';
import { createPrompter, Interrupted, type Prompter } from '../prompt/adapter.js';
import { checkTone } from '../tone/check.js';
import { findingsText } from '../tone/format/text.js';
import { LEXICONS } from '../tone/lexicons/index.js';
import { toneSettings } from '../tone/settings.js';
import { completeAnswers } from '../triage/answers.js';
import { matchSituation, nextQuestion } from '../triage/flow.js';
import { quoted, type Suggestion } from '../suggest/suggest.js';
import { suggestionsFor } from './suggestions.js';
import { planText } from '../triage/format/text.js';
import { triage, type Plan } from '../triage/plan.js';
import { stripControl } from '../triage/clean-text.js';
import type { Answers } from '../triage/when.js';
import { configuredAgent, readConfig, saveConfig } from './agent-config.js';
import { playbookLabel } from './playbook-input.js';
import { copyToClipboard } from './clipboard.js';
import type { TriageFlags } from './commands/triage.js';
import { reportFailure } from './commands/triage.js';
import { dateLocale, translator, uiLocale, type Translate } from '../i18n/index.js';
import { EXIT, now, useColor, type Io } from './io.js';

interface Session {
  playbook: LoadedPlaybook;
  answers: Answers;
  comment?: string;
  variant?: number;
  flags: TriageFlags;
  io: Io;
}

export async function interactiveTriage(session: Session): Promise<number> {
  const { io, playbook } = session;
  const chalk = new Chalk({ level: useColor(io.stdout, io.env, session.flags.color) ? 1 : 0 });
  const prompter = await createPrompter({ input: io.stdin, output: io.stdout });
  const ui = uiLocale(session.flags.locale, io.env);
  const t = translator(ui);
  try {
    io.stdout.write(chalk.dim(t('triage.banner', { playbook: `${playbook.data.name} · ${playbookLabel(playbook.file, io.cwd)}`, locale: playbook.locales.join('/') }) + '\n'));
    let agent = configuredAgent(session.flags.agent, io.env);
    let comment = session.comment;
    for (;;) {
      comment ??= stripControl(await prompter.multiline(chalk.bold(t('triage.paste'))));
      const replyIn = inLocale(playbook, await askLocale(prompter, playbook, session.flags.locale, comment, t));
      // The agent reads the questions in their own language when the playbook has it.
      const askIn = playbook.locales.includes(ui) ? inLocale(playbook, ui) : replyIn;
      const answers = await askQuestions(prompter, askIn, { ...session.answers }, comment, io, chalk, t);
      agent ??= await askAgent(prompter, replyIn, io, t);
      const outcome = await showAndAct(prompter, { ...session, playbook: replyIn, answers, comment, agent }, chalk, t, ui);
      if (outcome !== 'restart') return outcome;
      comment = undefined;
    }
  } catch (error) {
    if (error instanceof Interrupted) {
      io.stderr.write(`\n${t('triage.cancelled')}\n`);
      return EXIT.interrupted;
    }
    throw error;
  }
}

/** The BIFF checks on an edited reply, shown before it is copied. */
function toneReport(session: Session & { comment: string }, text: string, color: boolean, ui: string): string {
  const { data } = session.playbook;
  const situation = matchSituation(data, completeAnswers(data, session.answers));
  const settings = toneSettings(data, situation);
  const locale = LEXICONS[data.locale] ? data.locale : 'en';
  const name = typeof session.answers.name === 'string' ? session.answers.name : undefined;
  const findings = checkTone({ text, lexicon: LEXICONS[locale], limits: settings.limits, situation: settings.situation, name, comment: session.comment, allowCaps: settings.allowCaps, uiLocale: ui }, settings.rules);
  return findingsText(findings, { color, locale, uiLocale: ui });
}

/** Says which language it will answer in (detected from the comment) and lets the agent switch. */
async function askLocale(prompter: Prompter, playbook: LoadedPlaybook, flag: string | undefined, comment: string, t: Translate): Promise<string> {
  const choice = chooseLocale(playbook.locales, flag, comment);
  if (flag !== undefined || playbook.locales.length < 2) return choice.locale;
  const how = t(choice.how === 'detected' ? 'triage.language.detected' : 'triage.language.default');
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  return prompter.select(t('triage.language', { locale: choice.locale, how }), playbook.locales.map((l) => ({ value: l, label: `${names.of(l) ?? l} (${l})` })), choice.locale);
}

async function askQuestions(prompter: Prompter, playbook: LoadedPlaybook, answers: Answers, comment: string, io: Io, chalk: InstanceType<typeof Chalk>, t: Translate): Promise<Answers> {
  // Suggestions read the comment in its own language, whatever language the questions are in.
  const suggestions = comment.trim() ? (await suggestionsFor(playbook, comment, io)).byQuestion : new Map<string, Suggestion>();
  for (let q = nextQuestion(playbook.data, answers); q; q = nextQuestion(playbook.data, answers)) {
    const suggestion = suggestions.get(q.id);
    answers[q.id] = await ask(prompter, q, suggestion?.confident ? suggestion : undefined, chalk, t);
  }
  return answers;
}

/** One question; a confident suggestion is pre-selected and says why ("suggested · 86% · "refund""). */
async function ask(prompter: Prompter, q: Question, suggestion: Suggestion | undefined, chalk: InstanceType<typeof Chalk>, t: Translate) {
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
  return prompter.text(message, { required: q.required === true }); // triage() strips control characters
}

async function askAgent(prompter: Prompter, playbook: LoadedPlaybook, io: Io, t: Translate): Promise<string> {
  const name = (await prompter.text(t('triage.agent', { team: teamSignOff(playbook.data) }))).trim();
  if (name && await prompter.confirm(t('triage.remember'), true)) {
    const path = saveConfig(io.env, { ...readConfig(io.env), agent: name });
    io.stdout.write(t('triage.saved', { path }) + '\n');
  }
  return name || teamSignOff(playbook.data);
}

async function showAndAct(prompter: Prompter, session: Session & { comment: string; agent: string }, chalk: InstanceType<typeof Chalk>, t: Translate, ui: string): Promise<number | 'restart'> {
  const { io } = session;
  let variant = session.variant;
  let edited: string | undefined;
  let show = true;
  let copyFailed = false;
  let similar: string | undefined;
  for (;;) {
    const result = triage({ playbook: session.playbook, answers: session.answers, comment: session.comment, agent: session.agent, variant, now: now(io.env) });
    if (!result.ok) return reportFailure(result, io);
    const plan: Plan = edited && result.plan.reply ? { ...result.plan, reply: { ...result.plan.reply, text: edited } } : result.plan;
    if (show) {
      io.stdout.write('\n' + planText(plan, { color: chalk.level > 0, locale: ui, now: now(io.env), timeZone: io.env.TZ || undefined, width: io.stdout.columns }) + '\n');
      // The situation is the same for every variant and edit: read the log once.
      similar ??= similarLine(similarBefore(session.flags.log, io, plan.situation.id), ui, io, t);
      if (similar) io.stdout.write(chalk.dim(similar) + '\n');
    }
    show = true;
    const choices = [
      ...(plan.reply ? [{ value: 'copy', label: t('triage.copy') }] : []),
      ...(plan.reply && plan.reply.variants > 1 ? [{ value: 'variant', label: t('triage.variant') }] : []),
      ...(plan.reply ? [{ value: 'edit', label: t('triage.edit') }] : []),
      { value: 'restart', label: t('triage.restart') },
      { value: 'done', label: t('triage.done') },
    ];
    const next = await prompter.select(t('triage.next'), choices, plan.reply && !copyFailed ? 'copy' : 'done');
    if (next === 'done') {
      recordPlan(session.flags.log, plan, session.comment, session.playbook, io);
      return EXIT.ok;
    }
    if (next === 'restart') return 'restart';
    if (next === 'variant' && plan.reply) {
      variant = (plan.reply.variant % plan.reply.variants) + 1;
      edited = undefined;
    } else if (next === 'edit' && plan.reply) {
      edited = stripControl(await prompter.edit(t('triage.editPrompt'), plan.reply.text)).trim() || undefined;
      if (edited) io.stdout.write(`\n${t('triage.toneCheck')}\n${toneReport(session, edited, chalk.level > 0, ui)}`);
    } else if (next === 'copy' && plan.reply) {
      const tool = copyToClipboard(plan.reply.text, io.env);
      if (tool) {
        io.stdout.write(chalk.green(t('triage.copied', { tool }) + '\n'));
        recordPlan(session.flags.log, plan, session.comment, session.playbook, io);
        return EXIT.ok;
      }
      io.stdout.write(chalk.yellow(`${t('triage.noClipboard')}\n`));
      show = false;
      copyFailed = true;
    }
  }
}

/** "You answered a comment like this on 12 Nov: …", or '' when the log has none. */
function similarLine(before: LogEntry | undefined, ui: string, io: Io, t: Translate): string {
  if (!before) return '';
  const date = new Intl.DateTimeFormat(dateLocale(ui), { day: 'numeric', month: 'short', timeZone: io.env.TZ || undefined }).format(new Date(before.time));
  return t('triage.similar', { date, reply: (before.reply?.text ?? '').split('\n')[0] });
}

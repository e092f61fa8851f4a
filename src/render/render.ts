// Renders one variant of a reply template with the answers, brand facts and agent name.
import { translator } from '../i18n/index.js';
import type { Phrase } from '../i18n/phrase.js';
import type { Playbook } from '../playbook/types.js';
import type { Answers } from '../triage/when.js';
import { describeParseError } from './analyze.js';
import { compileTemplate, type TemplateDelegate } from './environment.js';
import { RenderFailure } from './evaluate.js';
import { positionInFile, type TemplateSource, type Variant } from './variants.js';
import { sampleReopens } from '../hours/reopens.js';
import { Memo } from '../memo.js';

export interface ReplyContext {
  locale: string;
  answers: Answers;
  brand: Playbook['brand'];
  policies: NonNullable<Playbook['policies']>;
  agent: string;
  comment: string;
  /** When the team is back, in words ("tomorrow at 08:00"); only with staffed hours. */
  reopens?: string;
}

export interface RenderError {
  template: string;
  file: string;
  line: number;
  column: number;
  /** In English; `phrase`, when there is one, says it in the tool's other languages. */
  message: string;
  phrase?: Phrase;
}

const compiled = new Memo<Variant, TemplateDelegate>();

export function replyContext(playbook: Playbook, answers: Answers, comment: string, agent: string | undefined, reopens = playbook.policies?.hours ? sampleReopens(playbook.locale) : undefined): ReplyContext {
  const all: Answers = {};
  // Every question is in the context (null when not asked), so strict mode never trips on a skipped one.
  for (const q of playbook.questions) all[q.id] = answers[q.id] ?? null;
  return {
    locale: playbook.locale,
    answers: all,
    brand: playbook.brand,
    policies: playbook.policies ?? {},
    agent: agent?.trim() || teamSignOff(playbook),
    comment,
    ...(reopens !== undefined ? { reopens } : {}),
  };
}

export function renderVariant(template: TemplateSource, variant: Variant, context: ReplyContext): { text: string } | { error: RenderError } {
  try {
    let render = compiled.get(variant);
    if (!render) {
      render = compileTemplate(variant.text, variant);
      compiled.set(variant, render);
    }
    return { text: tidy(render(context)) };
  } catch (error) {
    if (error instanceof RenderFailure) {
      const { line, column } = positionInFile(template, variant, error.line, error.column + 1);
      return { error: { template: template.id, file: template.file, line, column, message: error.message } };
    }
    // A syntax error (lint reports these with their position too).
    const parsed = describeParseError(String((error as Error).message ?? error));
    const { line, column } = positionInFile(template, variant, parsed.line, parsed.column);
    return { error: { template: template.id, file: template.file, line, column, message: parsed.message } };
  }
}

/** The variants worth offering: an empty one (a stray "---") is a lint warning, never a reply. */
export function usableVariants(template: TemplateSource): Variant[] {
  return template.variants.filter((v) => v.text.trim() !== '');
}

/** Collapses the blank runs and stray spaces that optional sections leave behind. */
function tidy(text: string): string {
  return text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').replace(/ {2,}/g, ' ').replace(/ ([,.!?])/g, '$1').trim();
}

/** The sign-off when no agent name is given: "the Acme team", in the reply's language. */
export function teamSignOff(playbook: Playbook): string {
  return translator(playbook.locale)('reply.team', { brand: playbook.brand.name });
}

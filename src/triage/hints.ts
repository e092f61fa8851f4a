// Keyword hints: words in the comment that suggest a choice. A suggestion, never a decision.
import type { AnswerValue, Playbook } from '../playbook/types.js';

function normalize(text: string): string {
  return ` ${text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ')} `;
}

function hintFound(comment: string, hint: string): boolean {
  const needle = hint.toLowerCase();
  // Hints made of word characters match whole words; hints like "http://" or "www." match anywhere.
  if (!/^[\p{L}\p{N}]/u.test(needle) || !/[\p{L}\p{N}]$/u.test(needle)) return comment.includes(needle);
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(comment);
}

/** For each question with hints, the suggested answer and the hint words that matched. */
export function suggestAnswers(playbook: Playbook, comment: string): Map<string, { value: AnswerValue; matched: string[] }> {
  const text = normalize(comment);
  const suggestions = new Map<string, { value: AnswerValue; matched: string[] }>();
  if (!comment.trim()) return suggestions;
  for (const question of playbook.questions) {
    if (question.type === 'select') {
      let best: { value: string; matched: string[] } | undefined;
      for (const choice of question.choices ?? []) {
        const matched = (choice.hints ?? []).filter((hint) => hintFound(text, hint));
        if (matched.length > (best?.matched.length ?? 0)) best = { value: choice.value, matched };
      }
      if (best) suggestions.set(question.id, best);
    } else if (question.type === 'confirm' && question.hints) {
      const matched = question.hints.filter((hint) => hintFound(text, hint));
      if (matched.length > 0) suggestions.set(question.id, { value: true, matched });
    }
  }
  return suggestions;
}

// Words as staff read them: durations ("30m" → "30 minutes", "26w" → "6 months", in the guide's
// language) and action ids ("move-to-private" → "Move to private").
import type { Translate } from '../i18n/index.js';

const UNITS = { m: ['unit.minute', 'unit.minutes'], h: ['unit.hour', 'unit.hours'], d: ['unit.day', 'unit.days'], w: ['unit.week', 'unit.weeks'] } as const;

export function durationInWords(duration: string, t: Translate): string {
  const match = /^([1-9][0-9]*)(m|h|d|w)$/.exec(duration);
  if (!match) return duration;
  const n = Number(match[1]);
  const unit = match[2] as keyof typeof UNITS;
  if (unit === 'w' && n >= 4) {
    const months = Math.round((n * 7) / 30.44);
    if (Math.abs(n * 7 - months * 30.44) < 4) return `${months} ${t(months === 1 ? 'unit.month' : 'unit.months')}`;
  }
  const [one, many] = UNITS[unit];
  return `${n} ${t(n === 1 ? one : many)}`;
}

/** An action as staff read it: "move-to-private" → "Move to private". */
export function actionName(action: string): string {
  const words = action.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

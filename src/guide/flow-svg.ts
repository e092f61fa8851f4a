// The triage flow as an inline SVG: situations are tried in order, the first whose conditions hold
// wins; "otherwise" leads down to the next.
import { escapeHtml } from './escape.js';
import type { Translate } from '../i18n/index.js';
import type { GuideSituation } from './model.js';

const WIDTH = 720;
const ROW = 60;
const BOX = 44;
const LEFT = { x: 8, w: 430 };
const RIGHT = { x: 486, w: 226 };

export function flowSvg(situations: readonly GuideSituation[], t: Translate): string {
  const height = situations.length * ROW + 8;
  const parts: string[] = [];
  situations.forEach((s, i) => {
    const y = 8 + i * ROW;
    const lines = wrap(`${s.number}. ${s.shortConditions.join(' · ')}`, 64, 2);
    const title = wrap(s.title, 30, 2);
    parts.push(
      `<rect x="${LEFT.x}" y="${y}" width="${LEFT.w}" height="${BOX}" rx="8" class="cond"/>`,
      text(LEFT.x + 12, y + (lines.length === 1 ? 27 : 19), lines, 'cond-text'),
      `<line x1="${LEFT.x + LEFT.w}" y1="${y + BOX / 2}" x2="${RIGHT.x - 6}" y2="${y + BOX / 2}" class="arrow" marker-end="url(#head)"/>`,
      `<text x="${LEFT.x + LEFT.w + 8}" y="${y + BOX / 2 - 5}" class="otherwise">${escapeHtml(t('guide.yes'))}</text>`,
      `<rect x="${RIGHT.x}" y="${y}" width="${RIGHT.w}" height="${BOX}" rx="8" class="${s.noReply ? 'sit noreply' : 'sit'}"/>`,
      text(RIGHT.x + 10, y + (title.length === 1 ? 27 : 19), title, 'sit-text'),
    );
    if (i < situations.length - 1) {
      parts.push(
        `<line x1="${LEFT.x + 40}" y1="${y + BOX}" x2="${LEFT.x + 40}" y2="${y + ROW - 2}" class="arrow" marker-end="url(#head)"/>`,
        `<text x="${LEFT.x + 48}" y="${y + BOX + 12}" class="otherwise">${escapeHtml(t('guide.otherwise'))}</text>`,
      );
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="Triage flow: situations in the order they are tried">`
    + '<defs><marker id="head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>'
    + parts.join('') + '</svg>';
}

function text(x: number, y: number, lines: string[], cls: string): string {
  return `<text x="${x}" y="${y}" class="${cls}">${lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : 15}">${escapeHtml(l)}</tspan>`).join('')}</text>`;
}

/** Word-wraps to at most `max` lines of `width` characters (the last one shortened with …). */
export function wrap(value: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > width && line) { lines.push(line); line = word; }
    else line = (line + ' ' + word).trim();
  }
  if (line) lines.push(line);
  if (lines.length > max) {
    lines.length = max;
    lines[max - 1] = lines[max - 1].slice(0, width - 1).trimEnd() + '…';
  }
  return lines;
}

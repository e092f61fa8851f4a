// The guide as one self-contained HTML file: inline CSS, no script, no network; made for the
// screen and for print on A4 (each situation on a new page, no box split across pages, page numbers).
import { escapeHtml as e } from './escape.js';
import { translator, type Translate } from '../i18n/index.js';
import type { GuideFlow, GuideModel, GuideSituation } from './model.js';
import { hoursNotes, type GuideHours } from './hours.js';
import { actionName } from './words.js';

const CSS = `
:root { --ink: #1d2430; --muted: #5b6675; --line: #d8dde5; --accent: #1f6feb; --soft: #f4f7fb; --warn: #9a3412; --warn-soft: #fff4ed; }
* { box-sizing: border-box; }
html { color: var(--ink); font: 11pt/1.5 "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
body { margin: 0 auto; max-width: 780px; padding: 32px 24px; }
h1, h2, h3 { line-height: 1.25; margin: 1.4em 0 .5em; }
h1 { font-size: 26pt; margin-top: 0; }
h2 { font-size: 17pt; border-bottom: 2px solid var(--accent); padding-bottom: 4px; }
h3 { font-size: 12pt; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
a { color: var(--accent); }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { font-size: 9.5pt; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
.purpose { font-size: 12.5pt; }
.remember ol { margin: .3em 0 0; padding-left: 1.3em; }
.remember li { margin: .3em 0; }
nav.toc ol { padding-left: 1.3em; }
nav.toc ol.situations { list-style: none; padding-left: .6em; columns: 2 240px; }
nav.toc a { text-decoration: none; }
figure.flow { margin: 1em 0; break-inside: avoid; }
.keep, dl.glossary .term, .facts { break-inside: avoid; }
.facts { margin: .6em 0; }
.cover { min-height: 60vh; display: flex; flex-direction: column; justify-content: center; border-left: 6px solid var(--accent); padding-left: 28px; }
.cover .brand { font-size: 13pt; color: var(--accent); font-weight: bold; letter-spacing: .06em; text-transform: uppercase; }
.cover .meta { color: var(--muted); margin-top: 1.5em; }
.box { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; margin: .6em 0; background: #fff; break-inside: avoid; }
.reply { background: var(--soft); white-space: pre-wrap; }
.reply .label, .noreply .label { display: block; font-size: 9pt; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; margin-bottom: 4px; white-space: normal; }
.noreply { background: var(--warn-soft); border-color: #f3c7a9; color: var(--warn); }
.sample-comment { border-left: 4px solid var(--line); margin: .6em 0; padding: 4px 12px; color: var(--muted); font-style: italic; break-inside: avoid; }
ul.checklist { list-style: none; padding-left: 0; }
ul.checklist li { padding-left: 1.7em; text-indent: -1.7em; margin: .25em 0; break-inside: avoid; }
ul.checklist li::before { content: "☐"; display: inline-block; width: 1.7em; text-indent: 0; color: var(--accent); }
.action { font-size: 8.5pt; color: var(--muted); font-family: ui-monospace, Menlo, Consolas, monospace; }
.condition { font-size: 9pt; color: var(--muted); }
.facts { display: flex; gap: 12px; flex-wrap: wrap; }
.facts .box { flex: 1 1 200px; margin: 0; }
.why { color: var(--muted); }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.do li::marker { content: "✔  "; color: #15803d; }
.dont li::marker { content: "✘  "; color: #b91c1c; }
dl.glossary dt { font-family: ui-monospace, Menlo, Consolas, monospace; font-weight: bold; margin-top: .5em; }
dl.glossary dd { margin: 0 0 0 1.5em; }
.flow-root { display: inline-block; font-weight: bold; font-size: 12.5pt; padding: 8px 14px; background: var(--soft); border: 1px solid var(--line); border-radius: 8px; margin: .2em 0 .6em; }
.flow-root::before { content: "?"; display: inline-block; width: 1.5em; height: 1.5em; line-height: 1.5em; text-align: center; border-radius: 50%; background: var(--accent); color: #fff; margin-right: .5em; }
ul.tree { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(290px, 1fr)); gap: 10px 14px; align-items: start; }
ul.tree > li { border: 1px solid var(--line); border-top: 3px solid var(--accent); border-radius: 8px; padding: 8px 12px; break-inside: avoid; }
ul.tree .answer { display: block; font-weight: bold; margin-bottom: 4px; }
ol.rows { list-style: none; margin: 0; padding: 0 0 0 10px; border-left: 2px solid var(--line); }
ol.rows li { margin: 5px 0; }
ol.rows .ask { display: block; font-size: 9.5pt; color: var(--muted); }
ol.rows .otherwise { font-style: italic; }
a.sit { display: inline-block; padding: 1px 8px; border-radius: 6px; background: #e8f0fe; border: 1px solid var(--accent); color: var(--ink); text-decoration: none; font-weight: bold; }
a.sit.noreply { background: var(--warn-soft); border-color: #e8a27c; }
p.back { font-size: 9.5pt; margin: 0 0 -.6em; }
p.back a { text-decoration: none; }
nav.toc .group { font-weight: bold; color: var(--muted); font-size: 9.5pt; text-transform: uppercase; letter-spacing: .03em; break-after: avoid; }
nav.toc ol.situations > li { break-inside: avoid; padding-bottom: .5em; }
nav.toc ol.situations ol { list-style: none; padding-left: 0; margin: 0; }
footer { color: var(--muted); font-size: 9pt; margin-top: 3em; border-top: 1px solid var(--line); padding-top: 8px; }
@media (max-width: 600px) { body { padding: 16px 12px; } h1 { font-size: 20pt; } .cover { min-height: 0; padding: 8px 0 8px 16px; } .columns { grid-template-columns: 1fr; } table { display: block; overflow-x: auto; } }
@media (min-width: 1200px) { body { max-width: 980px; } }
@page { size: A4; margin: 16mm 15mm 18mm; @bottom-center { content: counter(page) " / " counter(pages); font: 9pt Arial, sans-serif; color: #5b6675; } }
@media print {
  html { font-size: 10pt; }
  body { max-width: none; padding: 0; }
  .cover { min-height: 240mm; }
  section.chapter, section.situation { break-before: page; }
  h2, h3, figcaption { break-after: avoid; }
  nav.toc { break-before: page; }
  .cover { justify-content: space-between; padding: 20mm 0 10mm 28px; }
  .cover h1 { font-size: 34pt; }
  table, tr, .box, svg { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  p.back { display: none; }
  ul.tree { grid-template-columns: 1fr 1fr; }
}`;

export function guideHtml(model: GuideModel, t: Translate = translator('en')): string {
  const meta = [
    model.version ? e(t('guide.version', { version: model.version })) : '',
    model.reviewed ? `${e(t('guide.reviewed', { date: model.reviewed }))}${model.reviewInterval ? ` · ${e(t('guide.reviewEvery', { interval: model.reviewInterval }))}` : ''}` : '',
  ].filter(Boolean).join('<br>');
  const body = [
    `<header class="cover"><div class="brand">${e(model.brand)}</div><h1>${e(model.title)}</h1>`
      + (model.description ? `<p>${e(model.description)}</p>` : '')
      + `<p class="purpose">${e(t('guide.purpose'))}</p>`
      + `<div class="box remember"><h3>${e(t('guide.remember'))}</h3><ol>${(['guide.remember1', 'guide.remember2', 'guide.remember3'] as const).map((k) => `<li>${e(t(k))}</li>`).join('')}</ol></div>`
      + `<p class="meta">${meta}${meta ? '<br>' : ''}${e(t('guide.staffGuide'))}</p></header>`,
    toc(model, t),
    section('how', t('guide.how'), true, `<p>${e(t('guide.how1'))}</p><p>${e(t('guide.how2'))}</p>`),
    model.houseRules ? section('rules', t('guide.rules'), false, `<div class="box"><p>${e(model.houseRules.text)}</p>${model.houseRules.link ? `<p>${e(t('guide.publishedAt'))} ${link(model.houseRules.link)}</p>` : ''}</div>`) : '',
    model.responseTimes.length || model.hours ? section('times', t('guide.times'), false, (model.responseTimes.length ? table([t('guide.target'), t('guide.replyWithin'), t('guide.situations')], model.responseTimes.map((r) => [e(r.name), e(r.duration), e(r.situations.join(', ') || '—')])) : '') + (model.hours ? hoursHtml(model.hours, t) : '')) : '',
    model.contacts.length ? section('contacts', t('guide.contacts'), false, table([t('guide.who'), t('guide.role'), t('guide.reach'), t('guide.handles')], model.contacts.map((c) => [`<strong>${e(c.name)}</strong>`, e(c.role ?? ''), e(c.reach ?? ''), e(c.handles.join(', '))]))) : '',
    section('flow', t('guide.flow'), true, `<figure class="flow" id="decision"><figcaption><h3>${e(t('guide.flowHeading'))}</h3><p>${e(t('guide.flowIntro'))}</p></figcaption>${treeHtml(model.flow, t)}</figure>`
      + `<p>${e(t('guide.questionsAfter'))}</p><ol>${model.questions.map((q) => `<li>${e(q.prompt)} <span class="condition">(${e(q.options.join(' · '))})</span></li>`).join('')}</ol>`),
    ...model.situations.map((s) => situationHtml(s, t)),
    section('glossary', t('guide.glossary'), true, `<dl class="glossary">${model.actions.map((a) => `<div class="term"><dt>${e(actionName(a.action))}</dt><dd>${e(a.description)}</dd></div>`).join('')}</dl>`),
    section('dos', t('guide.dosDonts'), false, `<div class="columns"><div><h3>${e(t('guide.do'))}</h3><ul class="do">${model.dos.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div><div><h3>${e(t('guide.dont'))}</h3><ul class="dont">${model.donts.map((d) => `<li>${e(d)}</li>`).join('')}</ul></div></div>`),
    `<footer>${e(t('guide.footer', { title: model.title }))}</footer>`,
  ].filter(Boolean).join('\n');
  return `<!DOCTYPE html>
<html lang="${e(model.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(model.title)} · ${e(model.brand)}</title>
<style>${CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** The staffed hours under the response times: the week, then holidays, closed days and who is on call. */
function hoursHtml(hours: GuideHours, t: Translate): string {
  return `<div class="box hours"><h3>${e(t('guide.hours'))}</h3><p>${e(t('guide.hoursIntro', { zone: hours.zone }))}</p>`
    + table([t('guide.day'), t('guide.staffed')], hours.days.map((d) => [e(d.day), e(d.spans)]))
    + hoursNotes(hours, t).map((n) => `<p>${e(n)}</p>`).join('')
    + '</div>';
}

/** The table of contents: every chapter and situation, linked (page numbers come from print). */
function toc(model: GuideModel, t: Translate): string {
  const items: [string, string][] = [['how', t('guide.how')]];
  if (model.houseRules) items.push(['rules', t('guide.rules')]);
  if (model.responseTimes.length || model.hours) items.push(['times', t('guide.times')]);
  if (model.contacts.length) items.push(['contacts', t('guide.contacts')]);
  items.push(['flow', t('guide.flow')]);
  const entry = (s: { id: string; number: number; title: string }) => `<li><a href="#situation-${e(s.id)}">${s.number}. ${e(s.title)}</a></li>`;
  const situations = tocGroups(model).map((g) => (g.answer === undefined ? g.situations.map(entry).join('') : `<li><div class="group">${e(g.answer)}</div><ol>${g.situations.map(entry).join('')}</ol></li>`)).join('');
  const tail: [string, string][] = [['glossary', t('guide.glossary')], ['dos', t('guide.dosDonts')]];
  const li = ([id, title]: [string, string]) => `<li><a href="#${id}">${e(title)}</a></li>`;
  return `<nav class="toc" id="contents"><h2>${e(t('guide.contents'))}</h2><ol>${items.map(li).join('')}<li>${e(t('guide.situations'))}<ol class="situations">${situations}</ol></li>${tail.map(li).join('')}</ol></nav>`;
}

/** Situations grouped by the answer that first leads to them, so a reader finds one by the kind of comment. */
function tocGroups(model: GuideModel): { answer?: string; situations: GuideModel['situations'] }[] {
  const seen = new Set<string>();
  const groups = model.flow.branches.map((b) => ({
    answer: model.flow.question === undefined ? undefined : b.answer,
    situations: b.rows.map((r) => model.situations.find((s) => s.id === r.situation.id)!).filter((s) => !seen.has(s.id) && seen.add(s.id)),
  })).filter((g) => g.situations.length > 0);
  const rest = model.situations.filter((s) => !seen.has(s.id));
  return rest.length ? [...groups, { answer: undefined, situations: rest }] : groups;
}

/** The decision tree: the question, a box per answer, and in it the lines to follow, each to its situation. */
function treeHtml(flow: GuideFlow, t: Translate): string {
  const sit = (s: GuideFlow['branches'][number]['rows'][number]['situation']) => `<a class="sit${s.noReply ? ' noreply' : ''}" href="#situation-${e(s.id)}">${s.number}. ${e(s.title)}</a>`;
  const branch = (b: GuideFlow['branches'][number]) => {
    const rows = b.rows.map((r, i) => `<li>${r.ask ? `<span class="ask">${e(r.ask)} →</span>` : i > 0 ? `<span class="ask otherwise">${e(t('guide.otherwise'))} →</span>` : ''}${sit(r.situation)}</li>`);
    return `<li><span class="answer">${e(b.answer)}</span><ol class="rows">${rows.join('')}</ol></li>`;
  };
  return `${flow.question ? `<p class="flow-root">${e(flow.question)}</p>` : ''}<ul class="tree">${flow.branches.map(branch).join('')}</ul>`;
}

/** Only web and mail links become links; anything else (javascript:, data:) stays text. */
function link(url: string): string {
  return /^(https?:|mailto:)/i.test(url) ? `<a href="${e(url)}">${e(url)}</a>` : e(url);
}

/** A chapter starts a new printed page; other sections follow on. */
function section(id: string, title: string, chapter: boolean, content: string): string {
  return `<section${chapter ? ' class="chapter"' : ''} id="${id}"><h2>${e(title)}</h2>${content}</section>`;
}

function table(headings: string[], rows: string[][]): string {
  return `<table><thead><tr>${headings.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

function situationHtml(s: GuideSituation, t: Translate): string {
  const boxes = s.noReply
    ? [`<div class="box noreply"><span class="label">${e(t('guide.noReply'))}</span>${e(s.noReply)}</div>`]
    : s.replies.map((r, i) => `<div class="box reply"><span class="label">${e(t('guide.replyVariant', { n: i + 1, total: s.replies.length }))}</span>${e(r)}</div>`);
  const facts = [
    s.respondWithin ? `<div class="box"><span class="condition">${e(t('guide.respondWithin'))}</span><br><strong>${e(s.respondWithin.duration)}</strong></div>` : '',
    s.route ? `<div class="box"><span class="condition">${e(t('guide.notify'))}</span><br><strong>${e(s.route.name)}</strong>${s.route.reach ? `<br>${e(s.route.reach)}` : ''}</div>` : '',
  ].join('');
  return `<section class="situation" id="situation-${e(s.id)}">
<p class="back"><a href="#flow">↑ ${e(t('guide.backToFlow'))}</a> · <a href="#contents">${e(t('guide.backToContents'))}</a></p>
<h2>${s.number}. ${e(s.title)}</h2>
${s.description ? `<p>${e(s.description)}</p>` : ''}
${s.why ? `<p class="why">${e(s.why)}</p>` : ''}
${facts ? `<div class="facts">${facts}</div>` : ''}
<h3>${e(t('guide.whenApplies'))}</h3><ul>${s.conditions.map((c) => `<li>${e(c)}</li>`).join('')}</ul>
${s.example ? `<h3>${e(t('guide.example'))}</h3><blockquote class="sample-comment">${e(s.example)}</blockquote>` : ''}
${s.steps.length ? `<h3>${e(t('guide.steps'))}</h3><ul class="checklist">${s.steps.map((st) => `<li>${e(st.text)}${st.condition ? ` <span class="condition">(${e(t('guide.onlyIf', { condition: st.condition }))})</span>` : ''}</li>`).join('')}</ul>` : ''}
<div class="keep"><h3>${e(s.noReply ? t('guide.noReply') : t('guide.approvedReplies'))}</h3>${boxes[0] ?? ''}</div>${boxes.slice(1).join('')}
</section>`;
}

// The guide in Markdown, for wikis and repositories: the same sections as the HTML.
import { translator, type Translate } from '../i18n/index.js';
import { flowMermaid } from './flow-mermaid.js';
import type { GuideModel, GuideSituation } from './model.js';
import { hoursNotes } from './hours.js';
import { actionName } from './words.js';

/** Playbook text must not turn into Markdown or HTML markup. */
const md = (text: string) => text.replace(/([\\`*_{}[\]<>#|!])/g, '\\$1').replace(/\n/g, ' ');
/** A link only for web and mail addresses (as the HTML guide); anything else ("javascript:") stays text. */
const mdLink = (url: string) => (/^(https?:|mailto:)/i.test(url) ? `<${url.replace(/[<>\s]/g, '')}>` : md(url));
const quoteBlock = (text: string) => text.split('\n').map((l) => `> ${md(l)}`).join('  \n');

export function guideMarkdown(model: GuideModel, t: Translate = translator('en')): string {
  const out: string[] = [];
  out.push(`# ${md(model.title)}`, '', `**${md(model.brand)}** · ${md(t('guide.staffGuide'))}`);
  const meta = [model.version ? md(t('guide.version', { version: model.version })) : '', model.reviewed ? `${md(t('guide.reviewed', { date: model.reviewed }))}${model.reviewInterval ? `, ${md(t('guide.reviewEvery', { interval: model.reviewInterval }))}` : ''}` : ''].filter(Boolean);
  if (meta.length) out.push('', meta.join(' · '));
  if (model.description) out.push('', md(model.description));
  out.push('', `## ${md(t('guide.how'))}`, '', md(t('guide.how1')), '', md(t('guide.how2')));
  if (model.houseRules) {
    out.push('', `## ${md(t('guide.rules'))}`, '', md(model.houseRules.text));
    if (model.houseRules.link) out.push('', `${md(t('guide.publishedAt'))} ${mdLink(model.houseRules.link)}`);
  }
  if (model.responseTimes.length || model.hours) out.push('', `## ${md(t('guide.times'))}`);
  if (model.responseTimes.length) {
    out.push('', `| ${t('guide.target')} | ${t('guide.replyWithin')} | ${t('guide.situations')} |`, '|---|---|---|');
    for (const r of model.responseTimes) out.push(`| ${md(r.name)} | ${md(r.duration)} | ${md(r.situations.join(', ') || '—')} |`);
  }
  if (model.hours) {
    out.push('', `### ${md(t('guide.hours'))}`, '', md(t('guide.hoursIntro', { zone: model.hours.zone })), '', `| ${t('guide.day')} | ${t('guide.staffed')} |`, '|---|---|');
    for (const d of model.hours.days) out.push(`| ${md(d.day)} | ${md(d.spans)} |`);
    for (const note of hoursNotes(model.hours, t)) out.push('', md(note));
  }
  if (model.contacts.length) {
    out.push('', `## ${md(t('guide.contacts'))}`, '', `| ${t('guide.who')} | ${t('guide.role')} | ${t('guide.reach')} | ${t('guide.handles')} |`, '|---|---|---|---|');
    for (const c of model.contacts) out.push(`| **${md(c.name)}** | ${md(c.role ?? '')} | ${md(c.reach ?? '')} | ${md(c.handles.join(', '))} |`);
  }
  out.push('', `## ${md(t('guide.flow'))}`, '', `### ${md(t('guide.flowHeading'))}`, '', md(t('guide.flowIntroPlain')), '', '```mermaid', flowMermaid(model.flow, t), '```');
  out.push('', md(t('guide.questionsAfter')), '');
  model.questions.forEach((q, i) => out.push(`${i + 1}. ${md(q.prompt)} (${md(q.options.join(' · '))})`));
  for (const s of model.situations) out.push(...situationMarkdown(s, t));
  out.push('', `## ${md(t('guide.glossary'))}`, '');
  for (const a of model.actions) out.push(`- **${md(actionName(a.action))}**: ${md(a.description)}`);
  out.push('', `## ${md(t('guide.dosDonts'))}`, '', `**${md(t('guide.do'))}**`, '');
  for (const d of model.dos) out.push(`- ✔ ${md(d)}`);
  out.push('', `**${md(t('guide.dont'))}**`, '');
  for (const d of model.donts) out.push(`- ✘ ${md(d)}`);
  out.push('', '---', '', md(t('guide.footer', { title: model.title })), '');
  return out.join('\n');
}

function situationMarkdown(s: GuideSituation, t: Translate): string[] {
  const out = ['', `## ${s.number}. ${md(s.title)}`];
  if (s.description) out.push('', md(s.description));
  if (s.why) out.push('', `*${md(s.why)}*`);
  out.push('', `**${md(t('guide.whenApplies'))}**`, '', ...s.conditions.map((c) => `- ${md(c)}`));
  if (s.example) out.push('', `**${md(t('guide.example'))}**`, '', quoteBlock(s.example));
  if (s.steps.length) {
    out.push('', `**${md(t('guide.steps'))}**`, '');
    for (const st of s.steps) out.push(`- [ ] ${md(st.text)}${st.condition ? ` (${md(t('guide.onlyIf', { condition: st.condition }))})` : ''}`);
  }
  if (s.noReply) out.push('', `**${md(t('guide.noReply'))}**`, '', quoteBlock(s.noReply));
  else s.replies.forEach((r, i) => out.push('', `**${md(t('guide.replyVariant', { n: i + 1, total: s.replies.length }))}**`, '', quoteBlock(r)));
  const facts = [s.respondWithin ? `${md(t('guide.respondWithin'))} **${md(s.respondWithin.duration)}**` : '', s.route ? `${md(t('guide.notify'))}: **${md(s.route.name)}**${s.route.reach ? ` (${md(s.route.reach)})` : ''}` : ''].filter(Boolean);
  if (facts.length) out.push('', facts.join(' · '));
  return out;
}

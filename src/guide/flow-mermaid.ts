// The triage flow as Mermaid source, for wikis and repositories that render it.
import type { Translate } from '../i18n/index.js';
import type { GuideSituation } from './model.js';

// Mermaid entity codes keep playbook text from becoming markup in the rendered diagram.
const quote = (text: string) => `"${text.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/[\r\n]+/g, ' ')}"`;

export function flowMermaid(situations: readonly GuideSituation[], t: Translate): string {
  const lines = ['flowchart TD', `  start([${quote(t('guide.newComment'))}]) --> c1`];
  situations.forEach((s, i) => {
    const n = i + 1;
    lines.push(`  c${n}{${quote(`${n}. ${s.shortConditions.join(' · ')}`)}} -->|${t('guide.yes')}| s${n}[${quote(s.title)}]`);
    if (i < situations.length - 1) lines.push(`  c${n} -->|${t('guide.otherwise')}| c${n + 1}`);
  });
  return lines.join('\n');
}

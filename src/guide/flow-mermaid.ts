// The triage flow as Mermaid source, for wikis and repositories that render it: the same decision
// tree as the HTML guide (the first question, a branch per answer, yes/no steps to a situation).
import type { Translate } from '../i18n/index.js';
import type { GuideFlow } from './model.js';

// Mermaid entity codes keep playbook text from becoming markup in the rendered diagram.
const quote = (text: string) => `"${text.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/\|/g, '#124;').replace(/[\r\n]+/g, ' ')}"`;

export function flowMermaid(flow: GuideFlow, t: Translate): string {
  const lines = ['flowchart TD', `  q0{${quote(flow.question ?? t('guide.newComment'))}}`];
  const defined = new Set<number>();
  const situation = (s: GuideFlow['branches'][number]['rows'][number]['situation']) => {
    if (!defined.has(s.number)) {
      defined.add(s.number);
      lines.push(`  s${s.number}[${quote(`${s.number}. ${s.title}`)}]`);
    }
    return `s${s.number}`;
  };
  flow.branches.forEach((branch, b) => {
    let from = 'q0';
    let label = quote(branch.answer);
    for (const [r, row] of branch.rows.entries()) {
      const target = situation(row.situation);
      if (row.ask) {
        const node = `b${b}r${r}`;
        lines.push(`  ${from} -->|${label}| ${node}{${quote(row.ask)}}`, `  ${node} --> ${target}`);
        from = node;
        label = quote(t('guide.otherwise'));
      } else {
        lines.push(`  ${from} -->|${label}| ${target}`);
        break;
      }
    }
  });
  return lines.join('\n');
}

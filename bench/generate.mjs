// Generates N playbooks (10 situations and 10 templates of 2 variants each) for the lint benchmark.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function generatePlaybooks(dir, count) {
  for (let p = 0; p < count; p++) {
    const root = join(dir, `client-${String(p).padStart(4, '0')}`);
    mkdirSync(join(root, 'templates', 'en'), { recursive: true });
    const kinds = Array.from({ length: 10 }, (_, i) => `kind-${i}`);
    const lines = [
      'format: 1',
      `id: client-${p}`,
      `name: Client ${p} playbook`,
      'locale: en',
      'brand:',
      `  name: Client ${p}`,
      '  support:',
      `    email: care@client${p}.example`,
      '  links:',
      `    houseRules: https://client${p}.example/rules`,
      'policies:',
      '  responseTimes: { urgent: 30m, normal: 2h }',
      'contacts:',
      '  care: { name: Care team, reach: "#care" }',
      'questions:',
      '  - id: kind',
      '    prompt: What is it?',
      '    type: select',
      '    choices:',
      ...kinds.map((k) => `      - { value: ${k}, label: Kind ${k}, hints: [word${k}, other${k}] }`),
      '  - id: our_fault',
      '    prompt: Our fault?',
      '    type: confirm',
      '  - id: name',
      '    prompt: Their name',
      '    type: input',
      'situations:',
    ];
    kinds.forEach((k, i) => {
      lines.push(
        `  - id: situation-${i}`,
        `    title: Situation ${i}`,
        `    when: { kind: ${k} }`,
        `    template: reply-${i}`,
        `    respondWithin: ${i % 2 ? 'urgent' : 'normal'}`,
        '    route: care',
        '    steps:',
        '      - { action: apologize, when: { our_fault: true } }',
        '      - { action: reply-publicly, text: Answer in the thread. }',
        '      - { action: route, to: care }',
      );
      writeFileSync(join(root, 'templates', 'en', `reply-${i}.hbs`),
        // Distinct wording per playbook, so no cache can share work between them.
        `{{greeting answers.name}}, thanks for writing to client ${p} about case ${i}. {{#if answers.our_fault}}We're sorry.{{/if}} Our team is on it; write to {{brand.support.email}} any time.\n– {{agent}}\n---\n` +
        `{{greeting answers.name}}, we hear you about case ${i}. Client ${p}'s house rules are at {{brand.links.houseRules}}, and we're looking into it now.\n– {{agent}}\n`);
    });
    lines.push('examples:', '  - id: first', '    comment: hello', '    answers: { kind: kind-0, our_fault: true, name: Kim }', '    expect: { situation: situation-0, replyContains: [Kim] }');
    writeFileSync(join(root, 'playbook.yaml'), lines.join('\n') + '\n');
  }
}

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

const GROWTH_LOCALES = {
  en: { title: 'Situation', prompt: 'What is it?', label: 'Kind', step: 'Answer in the thread.', hello: 'Hi', thanks: 'thanks for writing to us about case', sorry: "We're sorry.", team: 'Our team is on it; write to', any: 'any time.', hear: 'we hear you about case', rules: 'Our house rules are at', look: "and we're looking into it now." },
  nl: { title: 'Situatie', prompt: 'Wat is het?', label: 'Soort', step: 'Antwoord in de draad.', hello: 'Hoi', thanks: 'bedankt voor je bericht over zaak', sorry: 'Het spijt ons.', team: 'Ons team kijkt ernaar; mail gerust naar', any: 'wanneer je wilt.', hear: 'we horen je over zaak', rules: 'Onze huisregels staan op', look: 'en we zoeken het nu uit.' },
  de: { title: 'Situation', prompt: 'Was ist es?', label: 'Art', step: 'Im Thread antworten.', hello: 'Hallo', thanks: 'danke für deine Nachricht zu Fall', sorry: 'Das tut uns leid.', team: 'Unser Team kümmert sich; schreib jederzeit an', any: 'wann du willst.', hear: 'wir hören dich zu Fall', rules: 'Unsere Hausregeln stehen unter', look: 'und wir sehen es uns jetzt an.' },
  sv: { title: 'Situation', prompt: 'Vad är det?', label: 'Sort', step: 'Svara i tråden.', hello: 'Hej', thanks: 'tack för att du skrev om ärende', sorry: 'Vi ber om ursäkt.', team: 'Vårt team tittar på det; skriv till', any: 'när du vill.', hear: 'vi hör dig om ärende', rules: 'Våra husregler finns på', look: 'och vi tittar på det nu.' },
};

/**
 * One playbook `factor` times the starter's size: 10·factor situations, each with its own template of 3
 * variants in each of the starter's 4 locales (factor 1: 10 situations, 40 template files, as the
 * starter has). For the growth rows of the bench: triage and lint time and memory as a playbook grows.
 */
export function generateGrowthPlaybook(dir, factor) {
  const locales = Object.keys(GROWTH_LOCALES);
  const by = (key) => `{ ${locales.map((l) => `${l}: ${JSON.stringify(GROWTH_LOCALES[l][key])}`).join(', ')} }`;
  const count = 10 * factor;
  for (const l of locales) mkdirSync(join(dir, 'templates', l), { recursive: true });
  const kinds = Array.from({ length: count }, (_, i) => `kind-${i}`);
  const lines = [
    'format: 1',
    `id: growth-${factor}`,
    `name: { ${locales.map((l) => `${l}: Growth ${factor}`).join(', ')} }`,
    'locale: en',
    `locales: [${locales.join(', ')}]`,
    'brand:',
    '  name: Growth',
    '  support:',
    '    email: care@growth.example',
    '  links:',
    '    houseRules: https://growth.example/rules',
    'policies:',
    '  responseTimes: { urgent: 30m, normal: 2h }',
    'contacts:',
    `  care: { name: { ${locales.map((l) => `${l}: Care`).join(', ')} }, reach: "#care" }`,
    'questions:',
    '  - id: kind',
    `    prompt: ${by('prompt')}`,
    '    type: select',
    '    choices:',
    ...kinds.map((k, i) => `      - { value: ${k}, label: { ${locales.map((l) => `${l}: "${GROWTH_LOCALES[l].label} ${i}"`).join(', ')} }, hints: { ${locales.map((l) => `${l}: [word${k}${l}, other${k}${l}]`).join(', ')} } }`),
    '  - id: our_fault',
    `    prompt: { ${locales.map((l) => `${l}: "${GROWTH_LOCALES[l].prompt} (2)"`).join(', ')} }`,
    '    type: confirm',
    '  - id: name',
    `    prompt: { ${locales.map((l) => `${l}: "${GROWTH_LOCALES[l].prompt} (3)"`).join(', ')} }`,
    '    type: input',
    'situations:',
  ];
  kinds.forEach((k, i) => {
    lines.push(
      `  - id: situation-${i}`,
      `    title: { ${locales.map((l) => `${l}: "${GROWTH_LOCALES[l].title} ${i}"`).join(', ')} }`,
      `    when: { kind: ${k} }`,
      `    template: reply-${i}`,
      `    respondWithin: ${i % 2 ? 'urgent' : 'normal'}`,
      '    route: care',
      '    steps:',
      '      - { action: apologize, when: { our_fault: true } }',
      `      - { action: reply-publicly, text: ${by('step')} }`,
      '      - { action: route, to: care }',
    );
    for (const l of locales) {
      const w = GROWTH_LOCALES[l];
      writeFileSync(join(dir, 'templates', l, `reply-${i}.hbs`),
        `{{greeting answers.name}}, ${w.thanks} ${i}. {{#if answers.our_fault}}${w.sorry}{{/if}} ${w.team} {{brand.support.email}} ${w.any}\n– {{agent}}\n---\n` +
        `{{greeting answers.name}}, ${w.hear} ${i}. ${w.rules} {{brand.links.houseRules}}, ${w.look}\n– {{agent}}\n---\n` +
        `{{greeting answers.name}}, ${w.thanks} ${i}. ${w.team} {{brand.support.email}} ${w.any}\n– {{agent}}\n`);
    }
  });
  writeFileSync(join(dir, 'playbook.yaml'), lines.join('\n') + '\n');
}

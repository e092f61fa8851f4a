// The files `replyguide init` writes for a team: a small playbook that extends the built-in one,
// the schema for editors, a README and a CI workflow. Pure: answers in, file contents out.
import { stringify } from 'yaml';
import { LANGUAGES } from '../i18n/languages.js';

export interface InitAnswers {
  brand: string;
  /** platform -> handle, e.g. instagram -> @acme */
  handles: Record<string, string>;
  supportEmail: string;
  supportUrl: string;
  locales: string[];
  responseTimes: { urgent: string; normal: string; low: string };
  houseRules: string;
  voice: 'informal' | 'formal';
  /** YYYY-MM-DD: the playbook is reviewed as of today. */
  today: string;
}

/** A team answers in languages the built-in playbook is written in. */
export const SUPPORTED_LOCALES: readonly string[] = LANGUAGES;

export interface ScaffoldFile {
  path: string;
  content: string;
}

export function slug(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'our-brand';
}

const TITLE: Record<string, (brand: string) => string> = {
  en: (b) => `${b} social media guide`,
  nl: (b) => `Socialemediarichtlijn ${b}`,
  de: (b) => `Social-Media-Leitfaden ${b}`,
  sv: (b) => `${b}s guide för sociala medier`,
};
const DIRECT_MESSAGE: Record<string, (handle: string) => string> = {
  en: (h) => `a direct message to ${h}`,
  nl: (h) => `een privébericht naar ${h}`,
  de: (h) => `eine Direktnachricht an ${h}`,
  sv: (h) => `ett direktmeddelande till ${h}`,
};

/** One text per locale, or plain text for a one-language playbook. */
function perLocale(locales: string[], make: (locale: string) => string): string | Record<string, string> {
  return locales.length === 1 ? make(locales[0]) : Object.fromEntries(locales.map((l) => [l, make(l)]));
}

export function scaffold(answers: InitAnswers): ScaffoldFile[] {
  const { brand, locales } = answers;
  const dmHandle = answers.handles.x ?? answers.handles.instagram ?? Object.values(answers.handles)[0] ?? brand;
  const playbook = {
    format: 1,
    extends: 'starter',
    id: slug(brand),
    name: perLocale(locales, (l) => TITLE[l](brand)),
    locale: locales[0],
    locales,
    brand: {
      name: brand,
      handles: answers.handles,
      support: { email: answers.supportEmail, url: answers.supportUrl, dm: perLocale(locales, (l) => DIRECT_MESSAGE[l](dmHandle)) },
      links: { houseRules: answers.houseRules, facts: new URL('/facts', answers.houseRules).href },
    },
    policies: {
      responseTimes: answers.responseTimes,
      review: { lastReviewed: answers.today },
    },
    tone: { voice: answers.voice },
  };
  const header = [
    '# yaml-language-server: $schema=playbook.schema.json',
    `# ${brand}'s playbook. It builds on replyguide's built-in one ("starter"): write here only what`,
    '# differs, and every improvement to the built-in playbook reaches you with a replyguide update.',
    '# See what you inherit:  npx replyguide explain --playbook .',
    '# Check it:              npx replyguide lint .',
    '',
  ].join('\n');
  const examples = [
    '',
    '# Override an inherited situation by its id (only the fields you write change), add your own',
    '# (placed with before/after), or remove one:',
    '#',
    '# situations:',
    '#   - id: praise',
    '#     respondWithin: normal',
    '#   - id: outage',
    '#     before: complaint',
    '#     title: Service outage',
    '#     when: { kind: complaint, topic: outage }',
    '#     template: outage          # templates/<locale>/outage.hbs in this folder',
    '#   - id: staff-praise',
    '#     remove: true',
    '#',
    '# A file templates/<locale>/<id>.hbs here replaces the built-in template with that id.',
    '',
  ].join('\n');
  return [
    { path: 'playbook.yaml', content: header + stringify(playbook, { lineWidth: 0 }) + examples },
    { path: 'README.md', content: readme(answers) },
    { path: '.github/workflows/replyguide.yml', content: ciWorkflow() },
  ];
}

function readme({ brand, locales, voice }: InitAnswers): string {
  return `# ${brand}: answering comments on social media

This folder is ${brand}'s communication playbook for the people who answer comments on our
accounts. It extends replyguide's built-in playbook, so it only holds what is ours: brand facts,
response times, house rules, and any situation or reply we do differently.

Languages: ${locales.join(', ')} · voice: ${voice}

## Answer a comment

\`\`\`sh
npx replyguide triage --playbook .
\`\`\`

Paste the comment, answer the questions, and you get the situation, a suggested reply and the steps
to take, with the time to reply by.

## For new colleagues

\`\`\`sh
npx replyguide guide --playbook . -o guide.html        # or --format pdf, --locale ${locales[0]}
\`\`\`

## Changing the playbook

- \`playbook.yaml\` overrides or adds to the built-in playbook. Items are matched by \`id\`: write a
  situation, question or contact with an existing id and only the fields you write change; a new id
  adds one (\`before:\`/\`after:\` place it); \`remove: true\` drops an inherited one.
- \`templates/<locale>/<id>.hbs\` replaces the built-in reply template with that id (variants are
  separated by a line \`---\`).
- \`npx replyguide explain --playbook .\` prints the whole playbook as replyguide uses it, with the
  file and line every item comes from.
- \`npx replyguide lint .\` checks it; CI runs the same on every pull request
  (\`.github/workflows/replyguide.yml\`).
${voice === 'formal' ? `
The built-in replies use the informal "je"/"du"; with \`voice: formal\` lint points out every reply
that still does. Write formal versions in \`templates/<locale>/\` with the same ids.
` : ''}`;
}

function ciWorkflow(): string {
  return `# Lints the playbook on every push and pull request; problems show on the diff.
name: replyguide
on: [push, pull_request]
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npx --yes replyguide lint . --format github --max-warnings 0
`;
}

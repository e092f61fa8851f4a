// The files `replyguide init` writes for a team: a small playbook that extends the brand-neutral
// starter, a README and a CI workflow. Pure: answers in, file contents out. Whatever the team has not
// told us is written as the starter's own "TODO:" placeholder, which lint reports until it is filled in.
import { Document, isScalar } from 'yaml';
import { LANGUAGES } from '../i18n/languages.js';
import { countPlaceholders } from '../playbook/placeholder.js';

/** The facts the starter leaves to each team, with the starter's placeholder for each. */
export interface StarterFacts {
  placeholders: {
    supportEmail: string;
    supportUrl: string;
    dm: string;
    houseRules: string;
    facts: string;
  };
  /** The starter's contacts, in order: id, name and role (in the default locale), placeholder. */
  contacts: { id: string; name: string; role?: string; placeholder: string }[];
}

export interface InitAnswers {
  brand: string;
  /** platform -> handle, e.g. instagram -> @acme */
  handles: Record<string, string>;
  supportEmail?: string;
  supportUrl?: string;
  houseRules?: string;
  facts?: string;
  /** contact id -> how to reach them; a contact left out gets the placeholder. */
  contacts: Record<string, string>;
  locales: string[];
  responseTimes: { urgent: string; normal: string; low: string };
  voice: 'informal' | 'formal';
  /** YYYY-MM-DD: the playbook is reviewed as of today. */
  today: string;
}

/** A team answers in languages the built-in playbook is written in. */
export const SUPPORTED_LOCALES: readonly string[] = LANGUAGES;

/** What the workflow runs on: setup-node's name for the current Node.js LTS line. */
export const WORKFLOW_NODE = 'lts/*';

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

/** The account people can message privately: X, then Instagram, then any. */
function dmHandle(handles: Record<string, string>): string | undefined {
  return handles.x ?? handles.instagram ?? Object.values(handles)[0];
}

/** The team's playbook: only what differs from the starter, placeholders where facts are missing. */
export function teamPlaybook(answers: InitAnswers, starter: StarterFacts): Record<string, unknown> {
  const { brand, locales } = answers;
  const todo = starter.placeholders;
  const handle = dmHandle(answers.handles);
  const playbook = {
    format: 1,
    extends: 'starter',
    id: slug(brand),
    name: perLocale(locales, (l) => TITLE[l](brand)),
    locale: locales[0],
    locales,
    brand: {
      name: brand,
      ...(Object.keys(answers.handles).length ? { handles: answers.handles } : {}),
      support: {
        email: answers.supportEmail ?? todo.supportEmail,
        url: answers.supportUrl ?? todo.supportUrl,
        dm: handle ? perLocale(locales, (l) => DIRECT_MESSAGE[l](handle)) : todo.dm,
      },
      links: { houseRules: answers.houseRules ?? todo.houseRules, facts: answers.facts ?? todo.facts },
    },
    policies: {
      houseRules: { link: answers.houseRules ?? todo.houseRules },
      responseTimes: answers.responseTimes,
      review: { lastReviewed: answers.today },
    },
    contacts: Object.fromEntries(starter.contacts.map((c) => [c.id, { reach: answers.contacts[c.id] ?? c.placeholder }])),
    tone: { voice: answers.voice },
  };
  return playbook;
}

/** The playbook file, with a header and commented examples of what a team usually changes. */
export function playbookYaml(playbook: Record<string, unknown>): string {
  const brand = (playbook.brand as { name: string }).name;
  const header = [
    '# yaml-language-server: $schema=playbook.schema.json',
    `# ${brand}'s playbook. It builds on replyguide's brand-neutral starter playbook: write here only what`,
    '# differs, and every improvement to the starter reaches you with a replyguide update.',
    ...(countPlaceholders(playbook) ? ['# Every "TODO:" value still needs your real address, link or channel; `replyguide lint` lists them.'] : []),
    '# See what you inherit:  replyguide explain',
    '# Check it:              replyguide lint',
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
  // Quoted, so YAML 1.1 tools (which read a bare date as a timestamp) see text too.
  const doc = new Document(playbook);
  const reviewed = doc.getIn(['policies', 'review', 'lastReviewed'], true);
  if (isScalar(reviewed)) reviewed.type = 'QUOTE_DOUBLE';
  return header + doc.toString({ lineWidth: 0 }) + examples;
}

/** The team's README; `folder` is the playbook's folder from the repository root ('.' there or outside one). */
export function readme({ brand, locales, voice }: InitAnswers, folder: string): string {
  const cd = folder === '.' ? '' : `cd ${folder}\n`;
  return `# ${brand}: answering comments on social media

This folder is ${brand}'s communication playbook for the people who answer comments on our
accounts. It extends replyguide's brand-neutral starter playbook, so it only holds what is ours:
brand facts, contacts, response times, house rules, and any situation or reply we do differently.

Languages: ${locales.join(', ')} · voice: ${voice}

## Answer a comment

\`\`\`sh
${cd}replyguide triage
\`\`\`

Run inside this folder (or below it), replyguide uses this playbook. Paste the comment, answer the
questions, and you get the situation, a suggested reply and the steps to take, with the time to
reply by.

## For new colleagues

\`\`\`sh
replyguide guide -o guide.html        # or --format pdf, --locale ${locales[0]}
\`\`\`

## Changing the playbook

- \`playbook.yaml\` overrides or adds to the starter playbook. Items are matched by \`id\`: write a
  situation, question or contact with an existing id and only the fields you write change; a new id
  adds one (\`before:\`/\`after:\` place it); \`remove: true\` drops an inherited one.
- Values that start with \`TODO:\` are placeholders for our own addresses, links and channels:
  \`replyguide lint\` lists every one left.
- \`templates/<locale>/<id>.hbs\` replaces the built-in reply template with that id (variants are
  separated by a line \`---\`).
- \`replyguide explain\` prints the whole playbook as replyguide uses it, with the file and line
  every item comes from.
- \`replyguide lint\` checks it; CI runs the same on every pull request.
${voice === 'formal' ? `
The built-in replies use the informal "je"/"du"; with \`voice: formal\` lint points out every reply
that still does. Write formal versions in \`templates/<locale>/\` with the same ids.
` : ''}`;
}

/**
 * The CI workflow, for the repository root's .github/workflows/. `folder` is the playbook's folder
 * relative to that root; `version` pins the replyguide that wrote it, so CI lints with the same rules.
 */
export function ciWorkflow(folder: string, version: string): string {
  // Whatever the folder is called (spaces, quotes, "#", ": ", "*"), it stays one shell word inside a
  // double-quoted YAML string (JSON's syntax is YAML's), and a literal path in the filter.
  const plain = /^[\w./-]+$/.test(folder);
  const arg = plain ? folder : `'${folder.replace(/'/g, `'\\''`)}'`;
  const glob = `${folder.replace(/[*?[\]!+\\]/g, '\\$&')}/**`;
  const paths = folder === '.' ? '' : `
    paths: [${JSON.stringify(glob)}, '.github/workflows/replyguide.yml']`;
  const run = (format: string) => JSON.stringify(`npx --yes replyguide@${version} lint ${arg} ${format}`);
  return `# Lints the playbook ${folder === '.' ? 'here' : `in ${JSON.stringify(folder)}`} on every push and pull request that changes it; problems show on the diff.
name: replyguide
on:
  push:${paths}
  pull_request:${paths}
permissions:
  contents: read
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: '${WORKFLOW_NODE}'   # the current Node.js LTS (Node 20 reached end of life in April 2026)
      - run: ${plain ? `npx --yes replyguide@${version} lint ${arg} --format github --max-warnings 0` : run('--format github --max-warnings 0')}
      # Optional: code-scanning alerts. Add \`security-events: write\` under permissions, then:
      # - run: ${plain ? `npx --yes replyguide@${version} lint ${arg} --format sarif -o replyguide.sarif` : run('--format sarif -o replyguide.sarif')}
      #   if: always()
      # - uses: github/codeql-action/upload-sarif@v3
      #   if: always()
      #   with: { sarif_file: replyguide.sarif }
`;
}

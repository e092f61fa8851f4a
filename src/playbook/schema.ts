// The JSON Schema (2020-12) of playbook format v1. It is the single source for editor completion
// (`replyguide schema`, schema/playbook.schema.json, the playbook.schema.json `init` writes) and for
// validation (compiled at build time into a standalone validator, so ajv's compiler never runs at
// start-up).
//
// A playbook comes in two forms, made by one function so they cannot drift apart:
// - whole (no `extends`): everything a playbook needs;
// - extending another: only what it changes, so nothing is required but `format` and `extends`
//   (and `id` on list items, which is how they are matched), yet every key, type, pattern and enum
//   is the same, so a typo or a wrong value is still an error in the editor.
// Lint validates the merged playbook (never containing `extends`), always in the whole form: it
// compiles `wholePlaybookSchema` alone. Editors get `playbookSchema`, which picks the form by
// whether the file has `extends`.
import { ACTIONS } from './actions.js';

const ID_PATTERN = '^[a-z0-9][a-z0-9_-]*$';
const DURATION_PATTERN = '^[1-9][0-9]{0,3}(m|h|d|w)$'; // up to 9999: a time past any calendar is a typo
const SPAN_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$';
const LOCALE_PATTERN = '^[a-z]{2,3}(-[A-Z]{2})?$';

const text = (description: string, extra: object = {}) => ({ type: 'string', minLength: 1, description, ...extra });
const id = (description: string) => ({ type: 'string', pattern: ID_PATTERN, description });
/** Text a person reads: one string, or one per locale ({ en: …, nl: … }). */
const localized = (description: string) => ({
  description: `${description} Text, or a mapping of locale to text.`,
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'object', minProperties: 1, propertyNames: { pattern: LOCALE_PATTERN }, additionalProperties: { type: 'string', minLength: 1 } },
  ],
});
const localizedList = (description: string) => ({
  description: `${description} A list, or a mapping of locale to list.`,
  anyOf: [
    { type: 'array', items: { type: 'string', minLength: 1 } },
    { type: 'object', minProperties: 1, propertyNames: { pattern: LOCALE_PATTERN }, additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 } } },
  ],
});
const stringMap = (description: string, translatable = false) => ({
  type: 'object',
  description,
  propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9_-]*$' },
  additionalProperties: translatable ? localized('A value.') : { type: 'string', minLength: 1 },
});

const answerValue = { type: ['string', 'boolean', 'number'] };

type Form = 'whole' | 'extending';

/** Definitions whose shape is the same in both forms: a child gives these whole, never in part. */
const sharedDefs = {
  toneOverrides: {
    type: 'object',
    additionalProperties: false,
    properties: {
      maxSentences: { type: 'integer', minimum: 1 },
      maxWords: { type: 'integer', minimum: 1 },
      apology: { enum: ['allowed', 'avoid'], description: '"avoid" flags apologies (trolls, harassment).' },
      nextStep: { enum: ['expected', 'optional'], description: '"optional": a reply may end without a next step (a thank-you for praise).' },
    },
  },
  when: {
    type: 'object',
    description: 'All listed answers must match. A value matches itself; a list matches any of its values.',
    propertyNames: { pattern: ID_PATTERN },
    additionalProperties: { $ref: '#/$defs/condition' },
  },
  condition: {
    anyOf: [
      answerValue,
      { type: 'array', minItems: 1, items: answerValue },
      {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        maxProperties: 1,
        properties: {
          not: { anyOf: [answerValue, { type: 'array', minItems: 1, items: answerValue }] },
          exists: { type: 'boolean' },
        },
      },
    ],
  },
  // A question's `choices` and a situation's `steps` replace the parent's list whole.
  choice: {
    type: 'object',
    additionalProperties: false,
    required: ['value', 'label'],
    properties: {
      value: id('The answer value used in `when` matchers.'),
      label: localized('What the agent sees.'),
      help: localized('One line that helps the agent pick it.'),
      hints: localizedList('Words in a comment that suggest this choice.'),
    },
  },
  step: {
    type: 'object',
    additionalProperties: false,
    required: ['action'],
    properties: {
      action: { enum: Object.keys(ACTIONS), description: 'What to do; see `replyguide actions`.' },
      text: localized('The step in your own words. Default: the action description.'),
      to: id('For route/escalate: the contact id.'),
      when: { $ref: '#/$defs/when' },
    },
  },
};

/** The name of a definition that differs between the forms. */
const defName = (name: 'playbook' | 'question' | 'situation' | 'example', form: Form) =>
  form === 'whole' ? name : `extending${name[0].toUpperCase()}${name.slice(1)}`;

/**
 * The definitions of one form. The extending form is the whole one without what a child may inherit:
 * `required` keys (but `id` on list items), the root lists' minimum length, a situation's need for
 * `template` or `noReply`, a select question's need for `choices`.
 */
function formDefs(form: Form) {
  const whole = form === 'whole';
  const need = (...keys: string[]) => (whole ? { required: keys } : {});
  const ref = (name: 'question' | 'situation' | 'example') => ({ $ref: `#/$defs/${defName(name, form)}` });
  const directives = {
    before: id('With extends: place this new item before the one with this id.'),
    after: id('With extends: place this new item after the one with this id.'),
    remove: { const: true, description: 'With extends: remove the inherited item with this id.' },
  };

  const playbook = {
    type: 'object',
    additionalProperties: false,
    // A playbook that extends another only writes what it changes.
    required: whole ? ['format', 'id', 'name', 'locale', 'brand', 'questions', 'situations'] : ['format', 'extends'],
    properties: {
      format: { const: 1, description: 'Playbook format version. Always 1.' },
      extends: text('The playbook this one builds on: "starter" (the built-in one) or a path to a playbook file or folder.'),
      id: id('Stable identifier of the playbook, e.g. "acme-care".'),
      name: localized('Human name of the playbook, shown on the guide cover.'),
      version: { type: ['string', 'number'], description: 'Your own version label, shown on the guide cover.' },
      description: localized('What this playbook is for.'),
      locale: { type: 'string', pattern: LOCALE_PATTERN, description: 'Default locale of replies, e.g. "en".' },
      locales: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', pattern: LOCALE_PATTERN }, description: 'Every locale the playbook is written in (default: just `locale`).' },
      templatesDir: text('Folder with templates/<locale>/<id>.hbs, relative to this file. Default: "templates" beside it.'),
      brand: {
        type: 'object',
        additionalProperties: false,
        ...need('name'),
        description: 'Facts about the brand that replies may use, e.g. {{brand.support.email}}.',
        properties: {
          name: text('The brand name as it should appear in replies.'),
          handles: stringMap('Accounts per platform, e.g. instagram: "@acme".'),
          support: stringMap('Support channels, e.g. email, phone, url, dm, hours.', true),
          links: stringMap('Useful links, e.g. houseRules, status, faq.', true),
        },
      },
      policies: {
        type: 'object',
        additionalProperties: false,
        description: 'House rules, response-time targets and the review cycle of this playbook.',
        properties: {
          logComments: { type: 'boolean', description: 'Keep the comment text in the response log (default: only a hash, for privacy).' },
          houseRules: {
            type: 'object',
            additionalProperties: false,
            ...need('text'),
            description: 'The published code of conduct for comments on your accounts.',
            properties: { text: localized('The rules in a few sentences.'), link: text('Where they are published.') },
          },
          responseTimes: {
            type: 'object',
            description: 'Named response-time targets, e.g. urgent: 1h.',
            propertyNames: { pattern: ID_PATTERN },
            additionalProperties: { type: 'string', pattern: DURATION_PATTERN },
          },
          hours: {
            type: 'object',
            additionalProperties: false,
            ...need('timeZone', 'week'),
            description: 'When the team works: response targets count only staffed time.',
            properties: {
              timeZone: text('IANA time zone, e.g. Europe/Amsterdam.'),
              week: {
                type: 'object',
                additionalProperties: false,
                description: 'Staffed spans per weekday, e.g. mon: ["08:00-12:00", "13:00-17:00"]; a day not listed is closed.',
                properties: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, { type: 'array', items: { type: 'string', pattern: SPAN_PATTERN } }])),
              },
              holidays: {
                type: 'object',
                additionalProperties: false,
                ...need('country'),
                description: 'Public holidays that close the team (from date-holidays).',
                properties: {
                  country: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166 country code, e.g. NL.' },
                  region: { type: 'string', pattern: '^[A-Za-z0-9]{1,3}$', description: 'Region or state code, e.g. BY for Bavaria.' },
                },
              },
              closed: { type: 'array', items: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }, description: "The team's own closed days, YYYY-MM-DD." },
              onCall: id('Contact id of who is on call outside hours (named for situations with anyHour).'),
              holdingReply: { type: 'string', minLength: 1, description: 'The holding reply template posted at once outside hours by situations with `holdingReply: true` (templates/<locale>/<id>.hbs; {{reopens}} says when we are back).' },
            },
          },
          review: {
            type: 'object',
            additionalProperties: false,
            ...need('lastReviewed', 'interval'),
            description: 'When this playbook was last reviewed and how often it must be.',
            properties: {
              lastReviewed: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'YYYY-MM-DD' },
              interval: { type: 'string', pattern: DURATION_PATTERN, description: 'e.g. 90d or 26w' },
              owner: text('Contact id or name of who reviews it.'),
            },
          },
        },
      },
      contacts: {
        type: 'object',
        description: 'Who handles what, decided in advance.',
        propertyNames: { pattern: ID_PATTERN },
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          ...need('name'),
          properties: {
            name: localized('Team or person.'),
            role: localized('What they are responsible for.'),
            reach: localized('How to reach them fast, e.g. "#care-escalations on Slack".'),
            handles: localizedList('Kinds of comments they own.'),
            remove: { const: true, description: 'With extends: remove the inherited contact.' },
          },
        },
      },
      // A child's empty list changes nothing, so only a whole playbook needs items.
      questions: { type: 'array', ...(whole ? { minItems: 1 } : {}), items: ref('question') },
      situations: { type: 'array', ...(whole ? { minItems: 1 } : {}), items: ref('situation') },
      templates: {
        type: 'object',
        description: 'Inline templates (for single-file playbooks): id -> locale -> list of variants.',
        propertyNames: { pattern: '^[a-z0-9][a-z0-9_/-]*$' },
        additionalProperties: {
          type: 'object',
          propertyNames: { pattern: LOCALE_PATTERN },
          additionalProperties: { type: 'array', minItems: 1, items: { type: 'string' } },
        },
      },
      examples: { type: 'array', items: ref('example') },
      tone: {
        type: 'object',
        additionalProperties: false,
        description: 'BIFF tone checks for templates and drafts (see `replyguide check`).',
        properties: {
          maxSentences: { type: 'integer', minimum: 1, description: 'Brief: most sentences in a reply (default 5).' },
          maxWords: { type: 'integer', minimum: 1, description: 'Brief: most words in a reply (default 90).' },
          allowCaps: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Words in capitals that are not shouting.' },
          voice: { enum: ['formal', 'informal'], description: 'How replies address people ("u"/"Sie" or "je"/"du"); the voice check flags the other.' },
          rules: {
            type: 'object',
            description: 'Severity per tone rule: error, warning or off.',
            propertyNames: { pattern: '^[a-z][a-z-]*$' },
            additionalProperties: { enum: ['error', 'warning', 'off'] },
          },
        },
      },
    },
  };

  const question = {
    type: 'object',
    additionalProperties: false,
    required: whole ? ['id', 'prompt', 'type'] : ['id'],
    properties: {
      id: id('Answer key, used in `when` and as {{answers.<id>}}.'),
      prompt: localized('The question the agent is asked.'),
      help: localized('Extra guidance shown with the question.'),
      type: { enum: ['select', 'confirm', 'input'] },
      choices: { type: 'array', minItems: 2, items: { $ref: '#/$defs/choice' } },
      when: { $ref: '#/$defs/when' },
      hints: localizedList('For confirm: words that suggest "yes".'),
      detect: { enum: ['threat', 'personal-data', 'tried-before'], description: 'For confirm: a signal replyguide finds in the comment itself that suggests "yes": a threat (violence, where someone lives), personal data the commenter posted (order, account or phone number, IBAN, e-mail), or an earlier attempt to reach us that got no answer ("nobody answers my e-mails", "tried calling", "no reply to my DM").' },
      required: { type: 'boolean', description: 'For input: must the agent fill it in? Default false.' },
      default: answerValue,
      sample: localized('For input: a sample value used by lint and the guide.'),
      ...directives,
    },
    allOf: whole
      ? [
        { if: { properties: { type: { const: 'select' } } }, then: { required: ['choices'] } },
        { if: { properties: { type: { enum: ['confirm', 'input'] } } }, then: { not: { required: ['choices'] } } },
      ]
      // A child may give `choices` without `type` (the inherited select's), or `type` without `choices`.
      : [{ if: { required: ['type'], properties: { type: { enum: ['confirm', 'input'] } } }, then: { not: { required: ['choices'] } } }],
  };

  const situation = {
    type: 'object',
    additionalProperties: false,
    required: whole ? ['id', 'title'] : ['id'],
    properties: {
      id: id('Stable id of the situation.'),
      title: localized('Short title shown to the agent.'),
      description: localized('When it applies, in a sentence or two.'),
      why: localized('The reasoning behind the advice, for the staff guide.'),
      when: { $ref: '#/$defs/when' },
      template: { type: 'string', minLength: 1, description: 'Reply template id: templates/<locale>/<id>.hbs.' },
      noReply: localized('Why this situation gets no reply (e.g. "don\'t feed trolls").'),
      respondWithin: id('A name from policies.responseTimes.'),
      followUpAfter: { type: 'string', pattern: DURATION_PATTERN, description: 'How long after the reply to go back to the thread (a follow-up step); default 1d, counted in staffed time.' },
      anyHour: { type: 'boolean', description: 'Count the target in wall-clock time, whatever the hour (threats); outside hours the on-call contact is named.' },
      holdingReply: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'boolean' }], description: 'Outside staffed hours, post a holding reply at once: true for the playbook\'s (policies.hours.holdingReply), or a template id of its own; false or absent: none.' },
      route: id('Contact id to hand it to.'),
      steps: { type: 'array', items: { $ref: '#/$defs/step' } },
      tone: { $ref: '#/$defs/toneOverrides' },
      ...directives,
    },
    // A reply or a reason for none; a child that gives one drops the inherited other.
    ...(whole ? { oneOf: [{ required: ['template'] }, { required: ['noReply'] }] } : { not: { required: ['template', 'noReply'] } }),
  };

  const example = {
    type: 'object',
    additionalProperties: false,
    required: whole ? ['id', 'comment', 'answers', 'expect'] : ['id'],
    properties: {
      id: id('Name of this example.'),
      comment: text('A realistic comment.'),
      answers: { type: 'object', propertyNames: { pattern: ID_PATTERN }, additionalProperties: answerValue },
      agent: text('Agent name for the sign-off.'),
      ...directives,
      // A child's `expect` merges key by key into the inherited one.
      expect: {
        type: 'object',
        additionalProperties: false,
        ...(whole ? { minProperties: 1 } : {}),
        properties: {
          situation: id('Expected situation id.'),
          steps: { type: 'array', items: { enum: Object.keys(ACTIONS) }, description: 'Expected actions, in order.' },
          reply: { type: 'boolean', description: 'Whether a reply is expected.' },
          replyContains: localizedList('Text every reply variant must contain.'),
        },
      },
    },
  };

  return { playbook, defs: { [defName('question', form)]: question, [defName('situation', form)]: situation, [defName('example', form)]: example } };
}

const meta = (id: string) => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: id,
  title: 'replyguide playbook (format 1)',
  description: "An organisation's communication guide for answering comments on social media.",
});

const whole = formDefs('whole');
const extending = formDefs('extending');

/** What lint checks a (merged) playbook against: the whole form only. */
export const wholePlaybookSchema = {
  ...meta('https://replyguide.dev/schema/playbook-v1-whole.json'),
  ...whole.playbook,
  $defs: { ...sharedDefs, ...whole.defs },
};

/** The schema that ships for editors: a playbook with `extends` is checked in the extending form. */
export const playbookSchema = {
  ...meta('https://replyguide.dev/schema/playbook-v1.json'),
  type: 'object',
  if: { required: ['extends'] },
  then: { $ref: `#/$defs/${defName('playbook', 'extending')}` },
  else: { $ref: `#/$defs/${defName('playbook', 'whole')}` },
  $defs: {
    [defName('playbook', 'whole')]: whole.playbook,
    [defName('playbook', 'extending')]: extending.playbook,
    ...whole.defs,
    ...extending.defs,
    ...sharedDefs,
  },
};

// The lint rules, in the order their findings are easiest to read when several apply.
import type { Rule } from '../rule.js';
import { choiceLeadsNowhere } from './choice-leads-nowhere.js';
import { duplicateId } from './duplicate-id.js';
import { exampleFailed } from './example-failed.js';
import { hoursHolidays } from './hours-holidays.js';
import { hoursOverlap } from './hours-overlap.js';
import { hoursTarget } from './hours-target.js';
import { hoursZone } from './hours-zone.js';
import { linkScheme } from './link-scheme.js';
import { placeholder } from './placeholder.js';
import { playbookStale } from './playbook-stale.js';
import { suggestionsThin } from './suggestions-thin.js';
import { refChoice } from './ref-choice.js';
import { refContact } from './ref-contact.js';
import { refQuestion } from './ref-question.js';
import { refResponseTime } from './ref-response-time.js';
import { refSituation } from './ref-situation.js';
import { refTemplate } from './ref-template.js';
import { situationShadowed } from './situation-shadowed.js';
import { templateEmptyVariant } from './template-empty-variant.js';
import { templateFewVariants } from './template-few-variants.js';
import { templateSyntax } from './template-syntax.js';
import { templateUnguardedVariable } from './template-unguarded-variable.js';
import { templateUnknownHelper } from './template-unknown-helper.js';
import { templateUnknownVariable } from './template-unknown-variable.js';
import { tone } from './tone.js';
import { translationMissing } from './translation-missing.js';
import { translationPlaceholders } from './translation-placeholders.js';
import { unusedVariable } from './unused-variable.js';

export const RULES: readonly Rule[] = [
  duplicateId,
  refQuestion,
  refChoice,
  refContact,
  refResponseTime,
  refTemplate,
  hoursZone,
  hoursHolidays,
  hoursOverlap,
  hoursTarget,
  linkScheme,
  refSituation,
  situationShadowed,
  choiceLeadsNowhere,
  templateSyntax,
  templateUnknownHelper,
  templateUnknownVariable,
  templateUnguardedVariable,
  templateEmptyVariant,
  templateFewVariants,
  unusedVariable,
  translationMissing,
  translationPlaceholders,
  placeholder,
  playbookStale,
  exampleFailed,
  suggestionsThin,
  tone,
];

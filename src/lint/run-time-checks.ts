// The lint errors that make a run silently wrong rather than fail: a `when` naming no question or an
// answer it cannot have, a route to a removed contact, an unknown response time, a situation that can
// never match, a time zone the runtime lacks. Triage, check and guide refuse a playbook with one, as they
// do a YAML or schema error; they run when the playbook is parsed, so a cached playbook skips them. (A
// link that is no web or mail address is not among them: the guide shows it as text, and runs on.)
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedPlaybook } from '../playbook/load.js';
import type { Playbook } from '../playbook/types.js';
import { withoutExamples } from '../playbook/examples-apart.js';
import type { Rule } from './rule.js';
import { duplicateId } from './rules/duplicate-id.js';
import { hoursOverlap } from './rules/hours-overlap.js';
import { hoursZone } from './rules/hours-zone.js';
import { refChoice } from './rules/ref-choice.js';
import { refContact } from './rules/ref-contact.js';
import { refQuestion } from './rules/ref-question.js';
import { refResponseTime } from './rules/ref-response-time.js';
import { situationShadowed } from './rules/situation-shadowed.js';

const RUN_TIME_RULES: readonly Rule[] = [duplicateId, refQuestion, refChoice, refContact, refResponseTime, hoursZone, hoursOverlap, situationShadowed];

/**
 * The errors a run must not go on with, in lint's words and places. Examples are left to lint: a run
 * never uses them as answers, and reading them (thousands, parsed on demand) would cost every cache miss.
 */
export function runTimeErrors(playbook: LoadedPlaybook, now = new Date()): Diagnostic[] {
  const seen = { ...playbook, data: withoutExamples(playbook.data as unknown as Record<string, unknown>) as unknown as Playbook };
  return RUN_TIME_RULES.flatMap((rule) => rule.check({ playbook: seen, now })).filter((d) => d.severity === 'error');
}

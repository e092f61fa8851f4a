import type { Plan } from '../plan.js';

/** The machine format of a plan: one JSON object, stable keys (documented in the README). */
/** `file` is the playbook's own file, so a script can tell which playbook answered. */
export function planJson(plan: Plan, file: string): string {
  return JSON.stringify(planObject(plan, file), null, 2) + '\n';
}

export function planObject(plan: Plan, file: string) {
  return {
    playbook: { id: plan.playbook, file },
    locale: plan.locale,
    // The comment's own language when surely read; a reply in another means the playbook lacks it.
    commentLanguage: plan.commentLanguage ?? null,
    answers: plan.answers,
    // The answers no person gave (a script's, with --use-suggestions or read from the comment): confirm these.
    inferred: plan.inferred ?? {},
    situation: plan.situation,
    reply: replyObject(plan.reply),
    // Outside staffed hours, the holding reply to post now (null during hours or without one).
    holdingReply: replyObject(plan.holdingReply),
    ...(plan.reply ? {} : { noReplyReason: plan.noReplyReason ?? null }),
    steps: plan.steps.map((s) => ({ action: s.action, text: s.text, ...(s.to ? { to: s.to.id } : {}) })),
    route: plan.route,
    respondWithin: plan.respondWithin?.duration ?? null,
    respondWithinTarget: plan.respondWithin?.name ?? null,
    respondBy: plan.respondBy?.toISOString() ?? null,
    // With staffed hours: whether respondBy counts staffed time, whether it is outside hours now, when
    // the team opens, and (outside hours, for a situation that cannot wait) who is on call.
    hours: plan.hours ? { staffedTime: plan.hours.staffedTime, outsideHours: plan.hours.outsideHours, opens: plan.hours.opens?.toISOString() ?? null, onCall: plan.hours.onCall } : null,
  };
}

function replyObject(reply: Plan['reply']) {
  return reply ? { text: reply.text, template: reply.template, variant: reply.variant, variants: reply.variants } : null;
}

// The fixed vocabulary of next steps. Each one traces back to a practice in the communication guides
// the tool is built from (shared/seeds); the descriptions are shown by the guide and `replyguide actions`.
export const ACTIONS = {
  'reply-publicly': 'Answer in the same thread, where everyone who saw the comment can see the answer.',
  'holding-reply': "Say you have seen it and are looking into it, when you don't know the answer yet.",
  apologize: 'Apologise plainly when the fault is ours, or for the inconvenience, without excuses.',
  'correct-with-sources': 'State the facts calmly on the same platform, with a link to a source.',
  'move-to-private': 'Offer a private channel (DM, e-mail, phone) for personal details, and say so publicly.',
  'reply-publicly-after-private': 'After the private conversation, say in the thread that it was solved.',
  'fix-root-cause': 'Find out why it went wrong and fix that, so it does not happen again.',
  route: 'Hand it at once to the contact who owns this kind of comment.',
  escalate: 'Alert a lead or management because of risk, reach or urgency.',
  'follow-up-publicly': 'Once solved, go back to the same thread and ask whether they are satisfied.',
  monitor: 'Keep watching the thread and other channels for reactions and the same story.',
  'do-not-reply': 'Leave it unanswered on purpose: answering would only make it bigger.',
  'keep-visible': 'Never delete it: deleting criticism looks like hiding something and angers people.',
  hide: "Hide the comment (spam, hate or abuse) according to the house rules; don't delete it.",
  mute: 'Mute the account so their comments stop reaching you and the community.',
  block: 'Block the account that keeps breaking the house rules after being warned.',
  report: 'Report the post or account to the platform.',
  'document-evidence': 'Take screenshots with date, time and link before anything changes.',
  'second-reader': 'Have a colleague read the comment and your reply before you post.',
  'cool-down': 'Take a moment before answering: never reply in anger, panic or defensively.',
  thank: 'Thank the person by name for taking the time to write.',
  'house-rules-reply': 'Point to the house rules and say clearly that this language is not accepted.',
  'update-playbook': 'Add this case and the approved answer to the playbook.',
  'check-other-channels': 'Check whether the same complaint or story appears on other channels.',
  'support-target': 'Check on the person who was attacked and offer them support.',
} as const satisfies Record<string, string>;

export type Action = keyof typeof ACTIONS;
export const ACTION_NAMES = Object.keys(ACTIONS) as Action[];

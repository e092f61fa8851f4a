// Follow-up ids as an agent types or pastes them: the whole id, or the start of its entry's id (eight
// hex digits or more, any case, spaces around) with or without its "-n", as Git takes a commit's short
// hash. Old logs' eight-digit ids are whole ids.

/** Digits a start of an entry's id must have: as many as the old whole ids had. */
const START_DIGITS = 8;
/** A start of an entry's id, and the follow-up's "-n". */
const TYPED_START = new RegExp(`^([0-9a-f]{${START_DIGITS},})(-\\d+)?$`);
/** Hex digits, and maybe a "-n", but fewer digits than a start must have. */
const TOO_SHORT = new RegExp(`^[0-9a-f]{1,${START_DIGITS - 1}}(-\\d+)?$`);

/** Whether `typed` looks like the start of an id but is too short to name a follow-up. */
export function tooShortToName(typed: string): boolean {
  return TOO_SHORT.test(typed.trim().toLowerCase());
}

/** Whether `typed` names the follow-up `id`: the very id, or a start of its entry's id (with the same "-n", if given). */
export function namesFollowUp(typed: string, id: string): boolean {
  const clean = typed.trim().toLowerCase();
  if (clean === id) return true;
  const start = TYPED_START.exec(clean);
  const cut = id.lastIndexOf('-');
  if (!start || cut < start[1].length) return false;
  return id.startsWith(start[1]) && (start[2] === undefined || id.slice(cut) === start[2]);
}

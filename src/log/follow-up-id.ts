// Follow-up ids as an agent types them: the whole id, or the start of its entry's id (eight hex digits
// or more) with the same "-n", as Git takes a commit's short hash. Old logs' eight-digit ids are whole ids.

/** A start of an entry's id: at least as many digits as the old whole ids had. */
const TYPED_START = /^[0-9a-f]{8,}-\d+$/;

/** Whether `typed` names the follow-up `id`: the very id, or a start of its entry's id with the same "-n". */
export function namesFollowUp(typed: string, id: string): boolean {
  if (typed === id) return true;
  if (!TYPED_START.test(typed)) return false;
  const typedCut = typed.lastIndexOf('-');
  const idCut = id.lastIndexOf('-');
  return idCut > typedCut && id.slice(idCut) === typed.slice(typedCut) && id.startsWith(typed.slice(0, typedCut));
}

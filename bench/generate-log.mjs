// A response log of N entries as users' logs look: mostly triage entries (a third with a follow-up,
// most of those marked done later, some comments stored), a few skips. Deterministic.
import { createWriteStream } from 'node:fs';

const SITUATIONS = [['complaint', 'complaint-public'], ['praise', 'praise'], ['question', 'question'], ['spam', null], ['abuse', 'abuse'], ['cant-reach', 'cant-reach']];
const OUTCOMES = ['copied', 'done', 'scripted', 'started-over', 'copied', 'copied'];

export async function generateLog(file, count) {
  const out = createWriteStream(file);
  const start = Date.parse('2024-01-01T00:00:00Z');
  let buffer = '';
  const flush = async () => { if (!out.write(buffer)) await new Promise((r) => out.once('drain', r)); buffer = ''; };
  for (let i = 0; i < count; i++) {
    const time = new Date(start + i * 60_000);
    const id = idOf(i);
    if (i % 50 === 49) {
      buffer += JSON.stringify({ type: 'skipped', id, time: time.toISOString(), playbook: 'demo', reason: 'duplicate', commentHash: 'abcdef0123456789' }) + '\n';
    } else if (i % 3 === 1 && i % 9 !== 7 && i > 30) {
      // Marks done the follow-up of an entry a few lines up (most get done; a third stay open).
      buffer += JSON.stringify({ type: 'done', followUp: `${idOf(i - 29)}-1`, time: time.toISOString() }) + '\n';
    } else buffer += entry(i, id, time);
    if (buffer.length > 1 << 20) await flush();
  }
  await flush();
  await new Promise((resolve) => out.end(resolve));
}

/** Sixteen hex digits, as triage writes them. */
function idOf(i) {
  return `${(0x10000000 + i).toString(16)}5eed${(0xa000 + (i % 4096)).toString(16)}`;
}

function entry(i, id, time) {
  const [situation, template] = SITUATIONS[i % SITUATIONS.length];
  const outcome = OUTCOMES[i % OUTCOMES.length];
  const followUp = i % 3 === 2 && outcome !== 'started-over';
  return JSON.stringify({
    type: 'triage', outcome, id, time: time.toISOString(), playbook: 'demo', locale: 'en', situation,
    answers: { kind: situation, our_fault: i % 2 === 0, name: 'Sam' },
    ...(i % 4 === 0 ? { comment: `Comment number ${i}: still waiting for my refund, please help` } : {}),
    commentHash: 'abcdef0123456789',
    reply: template ? { text: `Hi Sam, thanks for telling us. We're looking into it now.\n– Kim`, template, variant: 1 + (i % 3) } : null,
    steps: ['reply-publicly', 'route'], respondWithin: '30m', replyBy: new Date(time.getTime() + 30 * 60_000).toISOString(),
    followUps: followUp ? [{ id: `${id}-1`, action: 'follow-up-publicly', text: 'Once solved, go back to the thread.', due: new Date(time.getTime() + 86_400_000).toISOString() }] : [],
  }) + '\n';
}

if (process.argv[1] === new URL(import.meta.url).pathname) await generateLog(process.argv[2], Number(process.argv[3]));

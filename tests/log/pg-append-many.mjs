// Test helper: one agent process logging N lines to the shared database through the CLI's own append
// (the same path triage takes), each line with its own idempotency key; `again` sends every line twice.
import { append } from '../../dist/cli/response-log.js';
import { closeAll } from '../../dist/log/open-stores.js';
const [url, agent, count, again] = process.argv.slice(2);
const io = { argv: [], env: { ...process.env, REPLYGUIDE_AGENT: agent }, cwd: process.cwd(), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
for (let i = 0; i < Number(count); i++) {
  const line = { type: 'triage', key: `${agent}-${i}`, agent, id: `${agent}-${i}`, time: new Date(Date.UTC(2026, 10, 21, 12, 0, i)).toISOString(), playbook: 'demo', locale: 'en', situation: 'complaint', answers: {}, commentHash: 'x', reply: { text: `reply ${i} by ${agent}`, template: 't', variant: 1 }, steps: [], respondWithin: null, replyBy: null, followUps: [{ id: `${agent}-${i}-1`, action: 'follow-up-publicly', text: 'ask', due: '2026-11-22T12:00:00.000Z' }] };
  await append(url, line, io);
  if (again) await append(url, line, io);
}
await closeAll();

// Test helper: prunes the response log again and again, each time after appending an old entry, so
// every prune really rewrites the file while other processes append to it.
import { appendToLog, pruneLog } from '../../dist/log/store.js';
const [file, count] = process.argv.slice(2);
for (let i = 0; i < Number(count); i++) {
  appendToLog(file, { type: 'triage', id: `old-${i}`, time: '2000-01-01T00:00:00.000Z', playbook: 'p', locale: 'en', situation: 's', answers: {}, commentHash: 'x', reply: null, steps: [], respondWithin: null, replyBy: null, followUps: [] });
  pruneLog(file, new Date('2001-01-01T00:00:00Z'));
}

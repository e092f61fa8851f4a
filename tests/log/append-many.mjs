// Test helper: one writer appending N large entries to the response log as fast as it can.
import { appendToLog } from '../../dist/log/store.js';
const [file, writer, count] = process.argv.slice(2);
for (let i = 0; i < Number(count); i++) {
  appendToLog(file, { type: 'triage', id: `w${writer}-${i}`, time: new Date().toISOString(), playbook: 'p', locale: 'en', situation: 's', answers: {}, commentHash: 'x', reply: { text: `${writer}`.repeat(3000), template: 't', variant: 1 }, steps: [], respondWithin: null, replyBy: null, followUps: [] });
}

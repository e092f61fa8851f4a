// The README's promises: its sample playbook and template lint clean, and CI runs its test command.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './helpers/cli.js';

const readme = readFileSync('README.md', 'utf8');
const block = (lang: string, after: string) => {
  const start = readme.indexOf(after);
  const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readme.slice(start));
  return match![1];
};

describe('README', () => {
  it('the sample playbook and template are valid and their example passes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-readme-'));
    mkdirSync(join(dir, 'templates', 'en'), { recursive: true });
    writeFileSync(join(dir, 'playbook.yaml'), block('yaml', '## The playbook format'));
    writeFileSync(join(dir, 'templates', 'en', 'complaint.hbs'), block('handlebars', '**Templates**'));
    const r = await runInProcess(['lint', dir, '--format', 'json'], { env: { REPLYGUIDE_NOW: '2026-11-21' } });
    expect(JSON.parse(r.stdout)[0].diagnostics).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('CI runs the Quick start test command verbatim', () => {
    const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## Commands'));
    const commands = [...quickStart.matchAll(/```sh\n(.*)\n```/g)].map((m) => m[1]);
    expect(commands).toEqual(['npm ci && node bin/replyguide.js triage', 'npm ci && npm test']);
    expect(readFileSync('.ci/run', 'utf8')).toContain(`\n${commands[1]}\n`);
  });
});

// A thank-you for praise needs no next step (seed 002: thank the sender): a team's own plain thank-you
// passes the CI that init writes (lint --max-warnings 0); elsewhere a reply without one is still flagged.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { ALL_FACTS } from '../helpers/init-facts.js';

const THANK_YOU = 'Thank you so much{{#if answers.name}}, {{answers.name}}{{/if}}! So glad you liked {{#if answers.praised}}{{answers.praised}}{{else}}it{{/if}}. Happy brewing.\n– {{agent}}\n---\n'
  + 'Thanks{{#if answers.name}}, {{answers.name}}{{/if}}, that made our day! {{#if answers.praised}}We love hearing about {{answers.praised}}. {{/if}}Enjoy every cup.\n– {{agent}}\n';

describe('a plain thank-you', () => {
  it("as a team's praise template: lint --max-warnings 0 passes", async () => {
    const root = mkdtempSync(join(tmpdir(), 'replyguide-thanks-'));
    expect((await runInProcess(['init', 'acme', '--no-input', '--brand', 'Acme Coffee', '--locales', 'en', ...ALL_FACTS], { cwd: root })).code).toBe(0);
    mkdirSync(join(root, 'acme', 'templates', 'en'), { recursive: true });
    writeFileSync(join(root, 'acme', 'templates', 'en', 'praise.hbs'), THANK_YOU);
    const lint = await runInProcess(['lint', 'acme', '--max-warnings', '0'], { cwd: root });
    expect([lint.code, lint.stdout]).toEqual([0, '✔ 1 playbook checked, no problems\n']);
  });

  it('check --situation praise asks no next step of it; a draft for a complaint is still asked one', async () => {
    const praise = await runInProcess(['check', '--playbook', 'starter', '--situation', 'praise', 'Thank you so much, Tom! Happy brewing.']);
    expect([praise.code, praise.stdout]).toEqual([0, expect.not.stringContaining('firm-next-step')]);
    const complaint = await runInProcess(['check', '--playbook', 'starter', '--situation', 'complaint', 'Thank you for telling us, Tom. That sounds annoying.']);
    expect(complaint.stdout).toContain('firm-next-step');
  });
});

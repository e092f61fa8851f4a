// The corpus of broken playbooks: each file must give exactly its documented diagnostics and exit code.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

interface Expected {
  /** "rule line:col" for each diagnostic, in output order; the file is the fixture unless given. */
  diagnostics: string[];
  code: number;
}

const CORPUS: Record<string, Expected> = {
  'alias-bomb.yaml': { diagnostics: ['yaml-alias 8:10'], code: 1 },
  'bad-choice.yaml': { diagnostics: ['choice-leads-nowhere 24:16', 'situation-shadowed 38:9', 'ref-choice 40:19'], code: 1 },
  'bad-duration.yaml': { diagnostics: ['schema-value 12:13'], code: 1 },
  'binary.yaml': { diagnostics: ['file-binary 3:1'], code: 1 },
  'choice-leads-nowhere.yaml': { diagnostics: ['choice-leads-nowhere 24:16'], code: 1 },
  'comments-only.yaml': { diagnostics: ['file-empty 1:1'], code: 1 },
  'confirm-with-choices.yaml': { diagnostics: ['schema-value 29:5'], code: 1 },
  'deep-brackets.yaml': { diagnostics: ['yaml-too-deep 4:67'], code: 1 },
  'duplicate-id.yaml': { diagnostics: ['duplicate-id 38:9'], code: 1 },
  'duplicate-key.yaml': { diagnostics: ['yaml-duplicate-key 5:1'], code: 1 },
  'empty-variant.yaml': { diagnostics: ['template-empty-variant 48:10'], code: 0 },
  'empty.yaml': { diagnostics: ['file-empty 1:1'], code: 1 },
  'example-comment-in-reply.yaml': { diagnostics: ['template-few-variants 49:10', 'example-failed 58:49'], code: 1 },
  'example-unknown-situation.yaml': { diagnostics: ['ref-situation 53:26'], code: 1 },
  'folder-as-file': { diagnostics: ['file-unreadable templates/en/thanks.hbs 1:1'], code: 2 },
  'hours-problems.yaml': { diagnostics: ['hours-target 13:11', 'hours-zone 15:15', 'hours-overlap 17:28', 'hours-overlap 18:13', 'hours-holidays 19:26', 'ref-contact 20:13'], code: 1 },
  'hours-unknown-region.yaml': { diagnostics: ['hours-holidays 17:38'], code: 1 },
  'latin1.yaml': { diagnostics: ['file-encoding 4:10'], code: 1 },
  'missing-contact.yaml': { diagnostics: ['ref-contact 35:12'], code: 1 },
  'missing-question.yaml': { diagnostics: ['ref-question 32:13'], code: 1 },
  'missing-required-key.yaml': { diagnostics: ['schema-missing-key 2:1'], code: 1 },
  'missing-response-time.yaml': { diagnostics: ['ref-response-time 34:20'], code: 1 },
  'missing-template.yaml': { diagnostics: ['ref-template 33:15'], code: 1 },
  'multiple-documents.yaml': { diagnostics: ['yaml-multiple-documents 54:1'], code: 1 },
  'no-reply-decision.yaml': { diagnostics: ['schema-missing-key 38:5'], code: 1 },
  'not-a-playbook.yaml': { diagnostics: ['schema-missing-key 1:1'], code: 1 },
  'proto-key.yaml': { diagnostics: ['forbidden-key 8:3'], code: 1 },
  'question-depends-on-later.yaml': { diagnostics: ['ref-question 19:13'], code: 1 },
  'shadowed-situation.yaml': { diagnostics: ['situation-shadowed 37:9'], code: 1 },
  'stale.yaml': { diagnostics: ['playbook-stale 12:19'], code: 0 },
  'symlink-outside': { diagnostics: ['template-path-escape playbook.yaml 33:15'], code: 1 },
  'syntax-error.yaml': { diagnostics: ['yaml-syntax 24:7'], code: 1 },
  'tabs.yaml': { diagnostics: ['yaml-tab-indent 15:1'], code: 1 },
  'template-and-no-reply.yaml': { diagnostics: ['schema-missing-key 30:5'], code: 1 },
  'template-file-helper': {
    diagnostics: ['template-unknown-helper templates/en/thanks.hbs 3:3', 'template-unguarded-variable templates/en/thanks.hbs 3:9', 'template-syntax templates/en/thanks.hbs 5:18'],
    code: 1,
  },
  'template-path-escape.yaml': { diagnostics: ['template-path-escape 33:15'], code: 1 },
  'tone-problems.yaml': { diagnostics: ['tone-no-exclamations 49:46', 'tone-friendly-condescending 49:49', 'tone-no-admonishment 49:69', 'tone-no-caps 49:80'], code: 1 },
  'top-level-list.yaml': { diagnostics: ['schema-type 1:1'], code: 1 },
  'top-level-scalar.yaml': { diagnostics: ['schema-type 1:1'], code: 1 },
  'unclosed-block.yaml': { diagnostics: ['template-syntax 47:10'], code: 1 },
  'unguarded-variable.yaml': { diagnostics: ['template-unguarded-variable 47:15'], code: 0 },
  'unknown-action.yaml': { diagnostics: ['schema-value 37:17'], code: 1 },
  'unknown-helper.yaml': { diagnostics: ['template-unknown-helper 47:12', 'template-unguarded-variable 47:18'], code: 1 },
  'unknown-key.yaml': { diagnostics: ['schema-unknown-key 33:5'], code: 1 },
  'unknown-variable.yaml': { diagnostics: ['template-unknown-variable 47:55'], code: 1 },
  'when-bad-condition.yaml': { diagnostics: ['schema-value 40:19'], code: 1 },
  'wrong-type.yaml': { diagnostics: ['schema-type 27:13'], code: 1 },
};

const BROKEN = 'tests/fixtures/broken';

async function lintJson(target: string, cwd?: string) {
  const result = await runInProcess(['lint', target, '--format', 'json'], cwd ? { cwd } : {});
  const report = JSON.parse(result.stdout) as { diagnostics: { rule: string; file: string; line: number; column: number; message: string }[] }[];
  return { code: result.code, stderr: result.stderr, diagnostics: report.flatMap((r) => r.diagnostics) };
}

describe('broken playbook corpus', () => {
  it('covers every fixture in the folder', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(BROKEN).sort()).toEqual(Object.keys(CORPUS).sort());
  });

  for (const [name, expected] of Object.entries(CORPUS)) {
    it(`${name}: ${expected.diagnostics.join(', ')} (exit ${expected.code})`, async () => {
      const { code, diagnostics, stderr } = await lintJson(`${BROKEN}/${name}`);
      const fixture = `${BROKEN}/${name}`;
      // For a folder fixture, name the file inside it.
      const shown = diagnostics.map((d) => `${d.rule} ${d.file === fixture ? '' : `${d.file.slice(fixture.length + 1)} `}${d.line}:${d.column}`);
      expect(shown).toEqual(expected.diagnostics);
      expect(code).toBe(expected.code);
      expect(stderr).toBe('');
      for (const d of diagnostics) {
        expect(d.message).not.toMatch(/\n|\u001b|at .*\.js:\d+/);
      }
    });
  }

  describe('generated large inputs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-corpus-'));
    const base = readFileSync('tests/fixtures/good/minimal.yaml', 'utf8');

    it('a 6 MB file is refused without being parsed', async () => {
      const file = join(dir, 'huge.yaml');
      writeFileSync(file, base + '# ' + 'x'.repeat(80) + '\n'.repeat(1) + ('notes: ' + 'y'.repeat(70) + '\n').repeat(80_000));
      const { code, diagnostics } = await lintJson(file);
      expect(diagnostics.map((d) => `${d.rule} ${d.line}:${d.column}`)).toEqual(['file-too-large 1:1']);
      expect(diagnostics[0].message).toMatch(/file is 6\.\d MiB; the limit is 2 MiB/);
      expect(code).toBe(1);
    });

    it('a 2 MB line is refused with its line number', async () => {
      const file = join(dir, 'long-line.yaml');
      writeFileSync(file, base.replace('name: Minimal playbook', `name: "${'z'.repeat(2_000_000)}"`));
      const { code, diagnostics } = await lintJson(file);
      expect(diagnostics.map((d) => `${d.rule} ${d.line}:${d.column}`)).toEqual(['line-too-long 4:10001']);
      expect(code).toBe(1);
    });
  });
});

describe('good playbooks', () => {
  it.each(['tests/fixtures/good/minimal.yaml', 'tests/fixtures/good/bom-crlf.yaml', 'playbooks/starter.yaml'])('%s is clean', async (file) => {
    const { code, diagnostics } = await lintJson(file);
    expect(diagnostics).toEqual([]);
    expect(code).toBe(0);
  });

  it('keeps checking the other files when one is broken', async () => {
    const result = await runInProcess(['lint', `${BROKEN}/binary.yaml`, 'tests/fixtures/good/minimal.yaml', `${BROKEN}/tabs.yaml`, '--format', 'json']);
    const report = JSON.parse(result.stdout) as { file: string; errorCount: number }[];
    expect(report.map((r) => [r.file, r.errorCount])).toEqual([
      [`${BROKEN}/binary.yaml`, 1],
      ['tests/fixtures/good/minimal.yaml', 0],
      [`${BROKEN}/tabs.yaml`, 1],
    ]);
    expect(result.code).toBe(1);
  });
});

// The package a user installs: `npm pack` the project (as built by `npm test`), install the tarball
// into an empty folder the way a consumer does, and run replyguide from there. Offline: everything it
// runs is bundled (it has no run-time dependency), so npm needs no registry, and npm's cache is a
// temporary folder of its own.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runBinary, runEnv } from '../helpers/cli.js';
import { freshDir } from '../helpers/env.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  dependencies?: Record<string, string>;
  scripts: Record<string, string>;
};

let work: string;
let files: string[];
let consumer: string;
let install: { status: number | null; stdout: string; stderr: string };

function npm(args: string[], cwd: string) {
  const home = join(work, 'home');
  return spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: home, npm_config_cache: join(work, 'npm-cache'), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
  });
}

beforeAll(() => {
  work = freshDir('pack-');
  // --ignore-scripts: `prepack` would build again; `npm test` has just built.
  const packed = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT);
  expect(packed.status, packed.stderr).toBe(0);
  const [tarball] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  files = tarball.files.map((f) => f.path).sort();
  consumer = join(work, 'consumer');
  install = npm(['install', '--prefix', consumer, '--offline', '--no-save', join(work, tarball.filename)], work);
}, 120_000);

describe('the published package', () => {
  it('holds the bundle, models, playbooks (and their build-time parse), templates, schema, README and LICENSE, and nothing never loaded', () => {
    // Apart from main.cjs, each loaded only when used: the holiday calendars (a year not cached yet), the PostgreSQL client (a database log), the playbook validator (a playbook not validated before) and the exact YAML parser (a position to point at).
    expect(files.filter((f) => f.startsWith('dist/bundle/'))).toEqual(['dist/bundle/date-holidays.cjs', 'dist/bundle/main.cjs', 'dist/bundle/pg.cjs', 'dist/bundle/validate-playbook.cjs', 'dist/bundle/yaml.cjs']);
    const models = readdirSync(join(ROOT, 'dist/models')).map((f) => `dist/models/${f}`);
    expect(files.filter((f) => f.startsWith('dist/models/'))).toEqual(models.sort());
    // The built-in playbooks as parsed at build time: a team's lint reads the starter's data from there.
    expect(files.filter((f) => f.startsWith('dist/playbooks/'))).toEqual(['dist/playbooks/demo.json', 'dist/playbooks/starter.json']);
    const rest = files.filter((f) => !/^(dist\/(bundle|models|playbooks)\/.*|playbooks\/[^/]+\.yaml|templates\/[a-z]{2}\/[^/]+\.hbs)$/.test(f));
    expect(rest).toEqual(['LICENSE', 'README.md', 'bin/package.json', 'bin/replyguide.js', 'package.json', 'schema/playbook.schema.json']);
    expect(files.some((f) => f.endsWith('.map'))).toBe(false);
  });

  it('installs without a warning, an install script, or a dependency that is already bundled', () => {
    expect(install.status, install.stderr).toBe(0);
    expect(install.stderr).toBe('');
    expect(Object.keys(pkg.scripts).filter((s) => ['preinstall', 'install', 'postinstall', 'prepare'].includes(s))).toEqual([]);
    // Everything is bundled, yaml (exact positions, explain, init) in a bundle of its own.
    expect(pkg.dependencies).toBeUndefined();
    expect(readdirSync(join(consumer, 'node_modules')).filter((f) => !f.startsWith('.')).sort()).toEqual(['replyguide']);
    const installed = JSON.parse(readFileSync(join(consumer, 'node_modules/replyguide/package.json'), 'utf8'));
    expect(installed.repository.url).toMatch(/^git\+https:\/\//);
    expect(typeof installed.homepage).toBe('string');
    expect(typeof installed.bugs.url).toBe('string');
    expect(installed.keywords.length).toBeGreaterThan(0);
  });

  describe('replyguide run from the installed package', () => {
    const installed = (args: string[]) => {
      const r = spawnSync(process.execPath, [join(consumer, 'node_modules/.bin/replyguide'), ...args], { cwd: consumer, env: { PATH: process.env.PATH, ...runEnv() }, encoding: 'utf8' });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };

    it('--version', () => {
      expect(installed(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    });

    it('lint of its built-in playbooks', () => {
      expect(installed(['lint', 'node_modules/replyguide/playbooks'])).toEqual({ code: 0, stdout: '✔ 2 playbooks checked, no problems\n', stderr: '' });
    });

    it('init, then lint pointing at what is left to fill in (the exact YAML parser comes from its own bundle file)', () => {
      expect(installed(['init', 'team', '--brand', 'Acme']).code).toBe(0);
      const r = installed(['lint', 'team', '--format', 'json']);
      expect(r.code).toBe(1);
      const placeholders = (JSON.parse(r.stdout) as { diagnostics: { rule: string; line: number }[] }[])[0].diagnostics.filter((d) => d.rule === 'placeholder');
      expect(placeholders.length).toBeGreaterThan(0);
      expect(placeholders.every((d) => d.line > 1)).toBe(true);
      expect(r).toEqual(runBinary(['lint', 'team', '--format', 'json'], { cwd: consumer }));
    });

    it('triage --no-input: the same plan as the project built here', () => {
      const args = ['triage', '--no-input', '--no-log', '--comment', 'Still waiting for my refund', '-a', 'kind=complaint', '-a', 'our_fault=yes', '-a', 'private_data=yes', '-a', 'name=Sam'];
      const r = installed(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Hi Sam, that\'s our mistake and we\'re sorry.');
      expect(r).toEqual({ ...runBinary(args, { cwd: consumer }) });
    });

    it('triage honours the Christmas holidays (the calendars come from their own bundle file)', () => {
      const args = ['triage', '--no-input', '--no-log', '--format', 'json', '--posted', '2026-12-24T19:55:00+01:00', '--comment', 'Still waiting for my refund', '-a', 'kind=complaint', '-a', 'our_fault=yes', '-a', 'private_data=yes', '-a', 'name=Sam'];
      const r = installed(args);
      expect(r.code, r.stderr).toBe(0);
      // Thursday 19:55 in Amsterdam, 30 minutes: 5 before closing, 25 after opening on Monday 28 (25 and 26 December are holidays, 27 a Sunday).
      expect(JSON.parse(r.stdout).respondBy).toBe('2026-12-28T07:25:00.000Z');
    });

    it('guide --format md: the same guide as the project built here', () => {
      const r = installed(['guide', '--format', 'md']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^# /);
      expect(r).toEqual(runBinary(['guide', '--format', 'md'], { cwd: consumer }));
    });
  });
});

// The package a user installs: `npm pack` the project (as built by `npm test`), install the tarball
// into an empty folder the way a consumer does, and run replyguide from there. Offline: the one
// run-time dependency (yaml) is packed from node_modules and installed beside it, so npm needs no
// registry, and npm's cache is a temporary folder of its own.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runBinary, runEnv } from '../helpers/cli.js';
import { freshDir } from '../helpers/env.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
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
  const yaml = npm(['pack', join(ROOT, 'node_modules/yaml'), '--ignore-scripts', '--json', '--pack-destination', work], ROOT);
  expect(yaml.status, yaml.stderr).toBe(0);
  const yamlTarball = (JSON.parse(yaml.stdout) as { filename: string }[])[0].filename;
  consumer = join(work, 'consumer');
  install = npm(['install', '--prefix', consumer, '--offline', '--no-save', join(work, tarball.filename), join(work, yamlTarball)], work);
}, 120_000);

describe('the published package', () => {
  it('holds the bundle, models, playbooks (and their build-time parse), templates, schema, README and LICENSE, and nothing never loaded', () => {
    // Apart from main.cjs, each loaded only when used: the holiday calendars (a year not cached yet), the PostgreSQL client (a database log) and the playbook validator (a playbook not validated before).
    expect(files.filter((f) => f.startsWith('dist/bundle/'))).toEqual(['dist/bundle/date-holidays.cjs', 'dist/bundle/main.cjs', 'dist/bundle/pg.cjs', 'dist/bundle/validate-playbook.cjs']);
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
    // yaml is loaded from node_modules at run time (exact positions, explain); all else is bundled.
    expect(Object.keys(pkg.dependencies)).toEqual(['yaml']);
    expect(readdirSync(join(consumer, 'node_modules')).filter((f) => !f.startsWith('.')).sort()).toEqual(['replyguide', 'yaml']);
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

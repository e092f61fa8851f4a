// -o writes through the one writer: never over a device or folder, through a symlink (the link stays),
// keeping the mode of the file it replaces; a failure is one line and exit 2, with no file left behind.
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDir } from '../helpers/env.js';
import { runInProcess } from '../helpers/cli.js';

const lint = (output: string, cwd: string) => runInProcess(['lint', join(process.cwd(), 'playbooks/demo.yaml'), '-f', 'json', '-o', output], { cwd });

describe('-o FILE', () => {
  it('keeps the mode of the file it replaces, and writes a new one as any new file', async () => {
    const dir = freshDir('out-');
    writeFileSync(join(dir, 'private.json'), 'old');
    chmodSync(join(dir, 'private.json'), 0o600);
    expect((await lint('private.json', dir)).code).toBe(0);
    expect(statSync(join(dir, 'private.json')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(dir, 'private.json'), 'utf8'))).toBeInstanceOf(Array);
    expect((await lint('new.json', dir)).code).toBe(0);
    expect(statSync(join(dir, 'new.json')).mode & 0o777).toBe(0o666 & ~process.umask());
    expect(readdirSync(dir).sort()).toEqual(['new.json', 'private.json']);
  });

  it('writes through a symlink: the target gets the report, the link stays a link', async () => {
    const dir = freshDir('out-');
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports/real.json'), 'old');
    symlinkSync('reports/real.json', join(dir, 'report.json'));
    expect((await lint('report.json', dir)).code).toBe(0);
    expect(lstatSync(join(dir, 'report.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'report.json'))).toBe('reports/real.json');
    expect(JSON.parse(readFileSync(join(dir, 'reports/real.json'), 'utf8'))).toBeInstanceOf(Array);
  });

  it('never replaces a device, a folder or a link to nothing; a missing folder is one line and exit 2', async () => {
    const dir = freshDir('out-');
    mkdirSync(join(dir, 'folder'));
    symlinkSync('nowhere/x.json', join(dir, 'dangling.json'));
    const cases: [string, string][] = [
      ['/dev/null', 'replyguide: cannot write /dev/null: it is a device, not a regular file; replyguide replaces only files\n'],
      ['folder', 'replyguide: cannot write folder: it is a folder, not a regular file; replyguide replaces only files\n'],
      ['dangling.json', 'replyguide: cannot write dangling.json: it is a symbolic link to nothing\n'],
      ['missing/report.json', 'replyguide: cannot write missing/report.json: its folder does not exist\n'],
    ];
    for (const [output, message] of cases) {
      const result = await lint(output, dir);
      expect([result.code, result.stderr]).toEqual([2, message]);
    }
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(lstatSync(join(dir, 'dangling.json')).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['dangling.json', 'folder']);
    const guide = await runInProcess(['guide', '--format', 'md', '-o', 'folder'], { cwd: dir });
    expect([guide.code, guide.stderr]).toEqual([2, 'replyguide: cannot write folder: it is a folder, not a regular file; replyguide replaces only files\n']);
  });
});

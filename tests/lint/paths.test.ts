// How a file is named in output: relative to the working directory, or absolute where that is shorter.
import { describe, expect, it } from 'vitest';
import { displayPath } from '../../src/lint/formatters/paths.js';

describe('displayPath', () => {
  it.each([
    ['/work/team/playbook.yaml', '/work/team', 'playbook.yaml'],
    ['/work/team/templates/en/a.hbs', '/work/team', 'templates/en/a.hbs'],
    ['/work/shared/playbook.yaml', '/work/team', '../shared/playbook.yaml'],
    ['/nope.csv', '/tmp/rv-q/inbox', '/nope.csv'], // was ../../../nope.csv
    ['/tmp', '/tmp/rv-q/inbox', '/tmp'], // was ../..
    ['/work/team', '/work/team', '/work/team'],
  ])('%s from %s: %s', (file, cwd, shown) => {
    expect(displayPath(file, cwd)).toBe(shown);
  });
});

// src/suggest/own-mentions.ts: a tag of the brand's own account is taken out of what the models read.
import { describe, expect, it } from 'vitest';
import { withoutOwnMentions } from '../../src/suggest/own-mentions.js';

const HANDLES = ['@brightline', 'Brightline', '@brightline_care', 'https://facebook.com/brightline'];

describe('withoutOwnMentions', () => {
  it('takes out a mention of any of the handles, in any case, given with or without the @', () => {
    expect(withoutOwnMentions('@brightline love the new colours!', HANDLES)).toBe('  love the new colours!');
    expect(withoutOwnMentions('Hey @BrightLine_Care, where is my order? cc @brightline', HANDLES)).toBe('Hey  , where is my order? cc  ');
    expect(withoutOwnMentions('@acme thanks', ['acme'])).toBe('  thanks');
  });

  it('leaves other mentions, longer handles, e-mail addresses and domains alone', () => {
    const text = '@jonas_b look, @brightlinefan and care@brightline.example, or @brightline.example';
    expect(withoutOwnMentions(text, HANDLES)).toBe(text);
  });

  it('leaves the comment as it is when the tag is all it says, or when the playbook names no handle', () => {
    expect(withoutOwnMentions(' @brightline ', HANDLES)).toBe(' @brightline ');
    expect(withoutOwnMentions('@brightline hi', [])).toBe('@brightline hi');
    expect(withoutOwnMentions('@brightline hi', ['https://x.com/brightline', ''])).toBe('@brightline hi');
  });
});

// A yes/no prompt in the user's language: @inquirer/confirm echoes "Yes"/"No", shows "(y/N)" and reads
// only y/yes/n/no, so "j" (ja) silently took the default. This one reads the language's own letter as
// well as the English one, echoes the word in that language, and asks again on an answer it cannot read.
import { createPrompt, isEnterKey, makeTheme, useKeypress, usePrefix, useState, type Status } from '@inquirer/core';

export interface YesNoWords {
  yes: string;
  no: string;
  /** The letter the hint shows for yes ("j" in Dutch, German and Swedish). */
  yesKey: string;
  noKey: string;
  /** The line shown under an answer that is neither; `fallback` is the default's word. */
  invalid: (fallback: string) => string;
}

export interface ConfirmConfig {
  message: string;
  default: boolean;
  words: YesNoWords;
}

/** true, false, or undefined for text that is neither yes nor no in this language or English. */
export function readYesNo(typed: string, words: YesNoWords): boolean | undefined {
  const value = typed.trim().toLowerCase();
  const starts = (word: string) => value !== '' && word.toLowerCase().startsWith(value);
  if ([words.yes, words.yesKey, 'yes'].some(starts)) return true;
  if ([words.no, words.noKey, 'no'].some(starts)) return false;
  return undefined;
}

export const confirm = createPrompt<boolean, ConfirmConfig>((config, done) => {
  const { words } = config;
  const [status, setStatus] = useState<Status>('idle');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const theme = makeTheme();
  const prefix = usePrefix({ status, theme });
  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      const answer = value.trim() === '' ? config.default : readYesNo(value, words);
      if (answer === undefined) {
        setError(words.invalid(config.default ? words.yes : words.no));
        rl.write(value);
        return;
      }
      setValue(answer ? words.yes : words.no);
      setError(undefined);
      setStatus('done');
      done(answer);
    } else {
      setValue(rl.line);
      setError(undefined);
    }
  });
  const message = theme.style.message(config.message, status);
  if (status === 'done') return `${prefix} ${message} ${theme.style.answer(value)}`;
  const hint = config.default ? `${words.yesKey.toUpperCase()}/${words.noKey}` : `${words.yesKey}/${words.noKey.toUpperCase()}`;
  const line = `${prefix} ${message} ${theme.style.defaultAnswer(hint)} ${value}`;
  return error ? [line, theme.style.error(error)] : line;
});

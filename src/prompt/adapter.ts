// The only module that knows the prompt library. The rest of replyguide asks through this small
// interface, so the engine never depends on @inquirer and tests can drive prompts with streams.
import { createInterface } from 'node:readline';
import type { InputStream, OutputStream } from '../cli/io.js';
import { terminalSafe } from '../triage/clean-text.js';
import { translator, type Translate } from '../i18n/index.js';
import { editInEditor, EditorInterrupted } from './editor.js';

export interface ChoiceOption {
  value: string;
  label: string;
  help?: string;
}

export interface Prompter {
  /**
   * Several lines of text; ends on an empty line or Ctrl-D. A bracketed paste is kept whole, blank
   * lines and all. Ctrl-D before any text gives undefined (the end of the session).
   */
  multiline(message: string): Promise<string | undefined>;
  /**
   * One of the choices, numbered (a number key goes to that choice). Without a default, `pickOne` (a
   * line such as "pick one") stands last and is where the cursor starts, so a quick Enter picks
   * nothing: choosing it asks again.
   */
  select(message: string, choices: ChoiceOption[], defaultValue?: string, pickOne?: string): Promise<string>;
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
  text(message: string, options?: { required?: boolean; defaultValue?: string }): Promise<string>;
  edit(message: string, text: string): Promise<string>;
}

/** The value of the "pick one" line: never a playbook value (ids are lower-case letters and digits). */
const NOTHING = '\u0000nothing';

/** Thrown when the person presses Ctrl-C at a prompt. */
export class Interrupted extends Error {
  constructor() {
    super('interrupted');
  }
}

export interface PromptStreams {
  input: InputStream;
  output: OutputStream;
  /** The language of the prompts' own words (hints, yes/no), as translator() takes it; English by default. */
  locale?: string;
  /** Where $VISUAL / $EDITOR are read for `edit`. */
  env?: Record<string, string | undefined>;
}

const isExit = (error: unknown) => (error as Error)?.name === 'ExitPromptError' || (error as Error)?.name === 'AbortPromptError';

async function guard<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (isExit(error)) throw new Interrupted();
    throw error;
  }
}

export async function createPrompter(streams: PromptStreams): Promise<Prompter> {
  // The two prompts used, not @inquirer/prompts whole: its editor prompt alone brought 0.5 MB of
  // character-set tables (chardet, iconv-lite) into the bundle, loaded before the first question.
  const [{ default: select }, { default: input }, yesNo] = await Promise.all([import('@inquirer/select'), import('@inquirer/input'), import('./confirm.js')]);
  const t = translator(streams.locale);
  const context = { input: streams.input as NodeJS.ReadableStream, output: streams.output as NodeJS.WritableStream, clearPromptOnDone: false };
  // The library's own words (its key hints) in the user's language.
  const keysHelpTip = (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${helpWord(action, t)}`).join(' • ');
  return {
    multiline: (message) => readLines(streams, message),
    select: async (message, choices, defaultValue, pickOne) => {
      const none = defaultValue === undefined && pickOne !== undefined ? [{ value: NOTHING, name: pickOne }] : [];
      const all = [...choices.map((c) => ({ value: c.value, name: terminalSafe(c.label), ...(c.help ? { description: terminalSafe(c.help) } : {}) })), ...none];
      const start = none.length > 0 ? NOTHING : defaultValue;
      for (;;) {
        const answer = await guard(() => select({
          message: terminalSafe(message),
          choices: all,
          ...(start !== undefined ? { default: start } : {}),
          pageSize: Math.min(12, all.length),
          theme: { indexMode: 'number' as const, style: { keysHelpTip } },
        }, context));
        if (answer !== NOTHING) return answer;
      }
    },
    confirm: (message, defaultValue) => guard(() => yesNo.confirm({ message: terminalSafe(message), default: defaultValue, words: yesNoWords(t) }, context)),
    text: (message, options = {}) =>
      guard(() => input({
        message: terminalSafe(message),
        ...(options.required ? { validate: (value: string) => value.trim() !== '' || t('prompt.required') } : {}),
        ...(options.defaultValue ? { default: options.defaultValue } : {}),
      }, context)),
    edit: async (message, text) => {
      streams.output.write(`${terminalSafe(message)} …\n`);
      try {
        return await editInEditor(text, streams.env ?? {}, streams.input);
      } catch (error) {
        if (error instanceof EditorInterrupted) throw new Interrupted();
        throw error;
      }
    },
  };
}

/** The action words of the select prompt's key hints, in the user's language. */
function helpWord(action: string, t: Translate): string {
  if (action === 'navigate') return t('prompt.navigate');
  if (action === 'select') return t('prompt.select');
  return action;
}

function yesNoWords(t: Translate) {
  return { yes: t('prompt.yes'), no: t('prompt.no'), yesKey: t('prompt.yesKey'), noKey: t('prompt.noKey'), invalid: (fallback: string) => t('prompt.yesNoInvalid', { yes: t('prompt.yesKey'), no: t('prompt.noKey'), default: fallback }) };
}

// Bracketed paste: the terminal marks pasted text, so a blank line inside a paste is not the end.
const PASTE_ON = '\u001b[?2004h';
const PASTE_OFF = '\u001b[?2004l';

/** Multi-line paste: reads lines until an empty line typed after some text, or end of input. */
function readLines(streams: PromptStreams, message: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const tty = streams.input.isTTY === true;
    streams.output.write(`${terminalSafe(message)}\n`);
    if (tty) streams.output.write(PASTE_ON);
    const rl = createInterface({ input: streams.input, output: streams.output as NodeJS.WritableStream, terminal: tty, prompt: '> ' });
    const lines: string[] = [];
    let pasting = false;
    // A string escape (OSC, DCS, APC, PM, SOS) typed or pasted reaches readline as Meta+']' (or 'P',
    // '_', '^', 'X') and then plain characters, so its payload would land in the comment ("Hi
    // Sam52;c;TkFNRQ=="). Its characters are noted until BEL or ST ends it, and taken out of the line.
    let inEscape: string | undefined;
    const payloads: string[] = [];
    const onKey = (typed: string | undefined, key: { name?: string; sequence?: string } | undefined) => {
      const sequence = key?.sequence ?? typed ?? '';
      if (inEscape !== undefined) {
        if (sequence === '\u0007' || sequence === '\u001b\\' || sequence === '\u009c') { payloads.push(inEscape); inEscape = undefined; return; }
        // Never ended (a lone Alt+]): a line's end or a paste marker ends it, and it takes nothing out.
        if (!['return', 'enter', 'paste-start', 'paste-end'].includes(key?.name ?? '')) { inEscape += typed ?? ''; return; }
        inEscape = undefined;
      }
      if (/^\u001b[\]P_^X]$/.test(sequence)) inEscape = '';
      else if (key?.name === 'paste-start') pasting = true;
      else if (key?.name === 'paste-end') pasting = false;
    };
    const withoutPayloads = (line: string) => {
      for (const payload of payloads.splice(0)) {
        const at = payload === '' ? -1 : line.indexOf(payload);
        if (at !== -1) line = line.slice(0, at) + line.slice(at + payload.length);
      }
      return line;
    };
    streams.input.on('keypress', onKey);
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      streams.input.off('keypress', onKey);
      if (tty) streams.output.write(PASTE_OFF);
      rl.close();
      const text = lines.join('\n').trim();
      if (error) reject(error);
      else resolve(text === '' ? undefined : text);
    };
    rl.on('line', (typed) => {
      const line = withoutPayloads(typed);
      if (!pasting && line.trim() === '' && lines.some((l) => l.trim() !== '')) finish();
      else { lines.push(line); if (!pasting) rl.prompt(); }
    });
    rl.on('SIGINT', () => finish(new Interrupted()));
    rl.on('close', () => finish());
    rl.prompt();
  });
}

// `replyguide check`: the BIFF tone checks on a drafted reply.
import { readTextFile } from '../../playbook/load.js';
import { resolve } from 'node:path';
import type { LoadedPlaybook } from '../../playbook/load.js';
import { didYouMeanPhrase } from '../../playbook/suggest.js';
import { renderPhrase } from '../../i18n/phrase.js';
import { checkTone } from '../../tone/check.js';
import { detectLocale } from '../../tone/detect-locale.js';
import { findingsJson } from '../../tone/format/json.js';
import { LEXICONS } from '../../tone/lexicons/index.js';
import { toneSettings } from '../../tone/settings.js';
import { stripControl } from '../../triage/clean-text.js';
import { translator, uiLocale } from '../../i18n/index.js';
import { EXIT, readStdin, UsageError, useColor, type Io } from '../io.js';
import { chosenPlaybook, usePlaybook } from '../playbook-input.js';
import { own } from '../../own.js';
import { painter } from '../../paint.js';

export interface CheckFlags {
  file?: string;
  locale?: string;
  situation?: string;
  playbook?: string;
  name?: string;
  comment?: string;
  format: 'text' | 'json';
  color?: boolean;
}

export async function checkCommand(textArg: string | undefined, flags: CheckFlags, io: Io): Promise<number> {
  const text = stripControl(await readDraft(textArg, flags, io)).trim();
  const t = translator(uiLocale(flags.locale, io.env));
  if (!text) throw new UsageError(t('check.emptyDraft'));
  if (flags.locale !== undefined && !own(LEXICONS, flags.locale)) {
    throw new UsageError(t('check.noWordLists', { locale: flags.locale, list: Object.keys(LEXICONS).join(', ') }));
  }
  const locale = flags.locale ?? detectLocale(text);
  let playbook: LoadedPlaybook | undefined;
  // A team's own playbook (found or configured) brings its tone settings; the demo's only with --situation.
  if (flags.situation || chosenPlaybook(flags.playbook, io).origin !== 'builtin') playbook = usePlaybook(flags.playbook, io);
  const situation = flags.situation === undefined ? undefined : playbook?.data.situations.find((s) => s.id === flags.situation);
  if (flags.situation !== undefined && !situation) {
    // The closest id when there is one, else the list to choose from.
    const ids = playbook!.data.situations.map((s) => s.id);
    const hint = didYouMeanPhrase(flags.situation, ids);
    throw new UsageError(t('check.noSituation', { id: flags.situation, hint: hint ? renderPhrase(hint, t.locale) : t('check.situationList', { list: ids.join(', ') }) }));
  }
  const settings = toneSettings(playbook?.data, situation);
  const findings = checkTone(
    { text, lexicon: LEXICONS[locale], limits: settings.limits, situation: settings.situation, name: flags.name, comment: flags.comment, allowCaps: settings.allowCaps, uiLocale: uiLocale(flags.locale, io.env) },
    settings.rules,
  );
  if (flags.format === 'json') io.stdout.write(findingsJson(findings, locale));
  else {
    const { findingsText } = await import('../../tone/format/text.js');
    io.stdout.write(findingsText(findings, { paint: await painter(useColor(io.stdout, io.env, flags.color)), locale, uiLocale: uiLocale(flags.locale, io.env) }));
  }
  return findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
}

async function readDraft(textArg: string | undefined, flags: CheckFlags, io: Io): Promise<string> {
  const sources = [textArg !== undefined, flags.file !== undefined].filter(Boolean).length;
  if (sources > 1) throw new UsageError('give the draft once: as text, with --file, or - for standard input');
  if (flags.file !== undefined) {
    const read = readTextFile(resolve(io.cwd, flags.file));
    if (read.text === undefined) {
      const d = read.diagnostics[0];
      throw new UsageError(`${flags.file}:${d.line}:${d.column}: ${d.message}`);
    }
    return read.text;
  }
  if (textArg === '-' || (textArg === undefined && !io.stdin.isTTY)) return readStdin(io.stdin);
  if (textArg === undefined) throw new UsageError('give the draft as text, with --file, or pipe it in (replyguide check -)');
  return textArg;
}

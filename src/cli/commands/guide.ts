// `replyguide guide`: the printable staff guide (HTML, Markdown or PDF) from a playbook.
import { buildGuide } from '../../guide/model.js';
import { translator, uiLocale } from '../../i18n/index.js';
import { inLocale } from '../../playbook/load.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { writeOutputFile } from '../output-file.js';
import { sayIfDemo, usePlaybook } from '../playbook-input.js';

export interface GuideFlags {
  playbook?: string;
  format: 'html' | 'md' | 'pdf';
  locale?: string;
  output?: string;
}

export async function guideCommand(flags: GuideFlags, io: Io): Promise<number> {
  const playbook = usePlaybook(flags.playbook, io, { locale: flags.locale, allTemplates: true });
  const locale = flags.locale ?? playbook.locales[0];
  const t = translator(locale);
  const model = buildGuide(inLocale(playbook, locale), t);
  let content: string | Buffer;
  if (flags.format === 'md') {
    const { guideMarkdown } = await import('../../guide/markdown.js');
    content = guideMarkdown(model, t);
  } else {
    const { guideHtml } = await import('../../guide/html.js');
    content = guideHtml(model, t);
    if (flags.format === 'pdf') {
      if (!flags.output && io.stdout.isTTY) throw new UsageError('--format pdf writes binary data: give -o FILE (or redirect the output)');
      const { findChromium, NO_CHROMIUM, printPdf } = await import('../chromium.js');
      const chromium = findChromium(io.env);
      if (!chromium) throw new UsageError(NO_CHROMIUM);
      const printed = await printPdf(chromium, content);
      if ('error' in printed) throw new UsageError(printed.error);
      content = printed.pdf;
    }
  }
  const ui = translator(uiLocale(undefined, io.env));
  if (flags.output) {
    writeOutputFile(flags.output, content, io);
    io.stderr.write(`${ui('guide.wrote', { file: flags.output })}\n`);
  } else io.stdout.write(content);
  // A reply left out is said where it would be, and here: lint names the place in the playbook.
  for (const { situation, template } of model.missingTemplates) {
    io.stderr.write(`replyguide: ${ui('guide.missingTemplate', { situation, template, locale })}\n`);
  }
  sayIfDemo(io, playbook, ui);
  return EXIT.ok;
}

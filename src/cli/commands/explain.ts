// replyguide explain: the resolved playbook, with where each item came from.
import { exactYaml } from '../../playbook/exact-yaml.js';
import { itemOrigins } from '../../playbook/origins.js';
import { describe } from '../../playbook/validate.js';
import type { Path } from '../../playbook/yaml-source.js';
import { renderPhrase } from '../../i18n/phrase.js';
import { translator, uiLocale } from '../../i18n/index.js';
import { EXIT, type Io } from '../io.js';
import { playbookLabel, usePlaybook } from '../playbook-input.js';

export interface ExplainFlags {
  playbook?: string;
  format: 'yaml' | 'json';
}

export async function explainCommand(flags: ExplainFlags, io: Io): Promise<number> {
  const playbook = usePlaybook(flags.playbook, io);
  const t = translator(uiLocale(undefined, io.env));
  const shown = (file: string) => playbookLabel(file, io.cwd, t);
  const origins = itemOrigins(playbook).map((o) => ({ ...o, where: `${shown(o.file)}:${o.line}:${o.column}` }));
  const files = playbook.layers.map((layer) => shown(layer.file));
  if (flags.format === 'json') {
    const byPath = Object.fromEntries(origins.map((o) => [pathName(o.path), o.where]));
    io.stdout.write(JSON.stringify({ files, playbook: playbook.raw, origins: byPath }, null, 2) + '\n');
    return EXIT.ok;
  }
  // Through require: the bundle is run by vm.Script (bin/replyguide.js), which has no import() for packages.
  const { Document, isMap, isSeq } = exactYaml();
  const doc = new Document(playbook.raw);
  for (const origin of origins) {
    const parent = doc.getIn(origin.path.slice(0, -1), true);
    const last = origin.path.at(-1)!;
    const node = isMap(parent) ? parent.items.find((pair) => (pair.key as { value?: unknown }).value === last)?.key
      : isSeq(parent) ? parent.items[last as number] : undefined;
    if (node && typeof node === 'object') (node as { commentBefore?: string }).commentBefore = ` ${t('explain.from', { where: origin.where })}`;
  }
  doc.commentBefore = ` ${t('explain.madeOf', { files: files.join(' ← ') })}`;
  io.stdout.write(doc.toString({ lineWidth: 0 }));
  return EXIT.ok;
}

function pathName(path: Path): string {
  const name = describe(path);
  return typeof name === 'string' ? name : renderPhrase(name);
}

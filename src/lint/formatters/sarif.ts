import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { messageIn } from '../../i18n/phrase.js';
import { ruleCatalog } from '../rule-catalog.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

/** SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards. */
export const sarif: Formatter = (results, context) => {
  const rules = ruleCatalog();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'replyguide',
            version: context.version,
            informationUri: 'https://github.com/replyguide/replyguide',
            rules: rules.map((r) => ({ id: r.id, shortDescription: { text: r.description } })),
          },
        },
        results: results.flatMap((result) =>
          result.diagnostics.map((d) => ({
            ruleId: d.rule,
            ...(index.has(d.rule) ? { ruleIndex: index.get(d.rule) } : {}),
            level: d.severity === 'error' ? 'error' : 'warning',
            message: { text: messageIn(d, context.locale) },
            locations: [{
              physicalLocation: {
                artifactLocation: artifactLocation(displayPath(d.file, context.cwd)),
                region: { startLine: d.line, startColumn: d.column },
              },
            }],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/**
 * A relative path is a URI reference against the source root (%SRCROOT%, the checkout in code
 * scanning); an absolute one (a file outside the working folder) is a file: URI, which the upload
 * action relativizes against the checkout. "/repo/a.yaml" alone is not a valid URI for a file. Each
 * part of a path is percent-encoded, "#" and "?" included: they would start a fragment or a query.
 */
function artifactLocation(shown: string): { uri: string; uriBaseId?: string } {
  return isAbsolute(shown) ? { uri: pathToFileURL(shown).href } : { uri: shown.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

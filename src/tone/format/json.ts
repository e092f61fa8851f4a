import type { ToneFinding } from '../types.js';

export function findingsJson(findings: readonly ToneFinding[], locale: string): string {
  const errorCount = findings.filter((f) => f.severity === 'error').length;
  // vars are for saying a finding in another language; the JSON has the message itself.
  const shown = findings.map(({ vars: _vars, ...finding }) => finding);
  return JSON.stringify({ locale, errorCount, warningCount: findings.length - errorCount, findings: shown }, null, 2) + '\n';
}

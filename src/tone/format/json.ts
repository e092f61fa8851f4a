import type { ToneFinding } from '../types.js';

export function findingsJson(findings: readonly ToneFinding[], locale: string): string {
  const errorCount = findings.filter((f) => f.severity === 'error').length;
  return JSON.stringify({ locale, errorCount, warningCount: findings.length - errorCount, findings }, null, 2) + '\n';
}

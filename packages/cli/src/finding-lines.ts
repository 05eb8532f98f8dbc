import type { CheckFinding } from '@citadel/protocol/api';
import type * as z from 'zod/mini';

/** A finding as the checks report it and as a `BUNDLE_REFUSED` answer carries it. */
export type ReportedFinding = z.infer<typeof CheckFinding>;

/** `file:line`, `file`, or `(bundle)` for a finding about the whole bundle. */
const whereOf = (finding: ReportedFinding) => (finding.file === undefined ? '(bundle)' : finding.line === undefined ? finding.file : `${finding.file}:${finding.line}`);

/** One finding as a line: severity, file and line, the rule (or the check), and the message. */
export const findingLine = (finding: ReportedFinding): string =>
  `${finding.severity.padEnd(7)} ${whereOf(finding)}  ${finding.rule ?? finding.check}  ${finding.message}`;

/** How many findings are errors and how many warnings, in words: `2 errors, 1 warning`. */
export function countLine(findings: readonly ReportedFinding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}

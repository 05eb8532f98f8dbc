import type { BundleError } from '@citadel/bundle-checks';
import { isCliError } from './cli-error.js';
import { countLine, findingLine, type ReportedFinding } from './finding-lines.js';
import type { Output } from './output.js';

/** An archive the platform cannot read at all, as one error finding naming the entry at fault and the limit. */
export function archiveFinding(error: BundleError): ReportedFinding {
  const limit = error.limitName === undefined ? '' : ` (${error.limitName}: ${error.limit})`;
  return { check: 'archive', severity: 'error', rule: error.code, message: `${error.message}${limit}`, ...(error.path === undefined ? {} : { file: error.path }) };
}

/**
 * Prints why `command` failed on `io.err`: a `CliError`'s code, status and message, and the findings of a
 * refused bundle, one a line. Rethrows anything else, a fault of the CLI.
 */
export function printError(command: string, error: unknown, io: Output): void {
  if (!isCliError(error)) throw error;
  for (const finding of error.findings) io.err(findingLine(finding));
  const status = error.status === undefined ? '' : `${error.status} `;
  const counted = error.findings.length === 0 ? '' : ` (${countLine(error.findings)})`;
  io.err(`✗ citadel ${command}: ${status}${error.code}: ${error.message}${counted}`);
}

import { CheckFinding, ErrorBody, UnreadableBundle } from '@citadel/protocol/api';
import * as z from 'zod/mini';
import { CliError } from './cli-error.js';
import type { ReportedFinding } from './finding-lines.js';

/** What a `422 BUNDLE_REFUSED` carries besides its code: the checks' report, or why the archive could not be read. */
const BundleRefusal = z.object({
  report: z.optional(z.object({ findings: z.array(CheckFinding) })),
  bundle: z.optional(UnreadableBundle),
});

/** The findings a `BUNDLE_REFUSED` names: the report's, or one for an archive the platform could not read. */
function refusedFindings(body: unknown): ReportedFinding[] {
  const parsed = BundleRefusal.safeParse(body);
  if (!parsed.success) return [];
  const { report, bundle } = parsed.data;
  if (bundle) return [{ check: 'archive', severity: 'error', rule: bundle.code, message: bundle.message, ...(bundle.path === undefined ? {} : { file: bundle.path }) }];
  return report?.findings ?? [];
}

/**
 * The `CliError` for a platform's error answer: its code, message and status, with the findings of a
 * `BUNDLE_REFUSED`, and the limit of an answer that names one. `BAD_RESPONSE` when the body is not the platform's
 * `{ code, message }`.
 */
export function refusalOf(status: number, body: unknown): CliError {
  const error = ErrorBody.safeParse(body);
  if (!error.success) return new CliError('BAD_RESPONSE', `HTTP ${status} without the platform's { code, message } error body`, { status });
  const { code, message, limit, limitName } = error.data;
  const named = limit === undefined ? '' : ` (limit${limitName === undefined ? '' : ` ${limitName}`}: ${limit})`;
  return new CliError(code, `${message}${named}`, { status, findings: code === 'BUNDLE_REFUSED' ? refusedFindings(body) : [] });
}

import { guardedGet, type FetchSettings } from './guarded-get.js';
import { framingProblem } from './framing-limit.js';
import { addressRefused } from './linked-entry.js';
import { refuse, type LinkedOriginRefused } from './refusal.js';
import { failureClause, statusClause } from './unanswered.js';

/**
 * GETs the entry page (headers only: its body is not read) and checks that it answers 200
 * itself, no redirect followed, with a `Content-Security-Policy` that lets only the host frame
 * it (`framingProblem`). Resolves with `undefined` when it does, the refusal otherwise; never rejects.
 */
export async function checkEntryFraming(entry: URL, hostOrigin: string, settings: FetchSettings): Promise<LinkedOriginRefused | undefined> {
  const header = `Content-Security-Policy: frame-ancestors ${hostOrigin}`;
  const outcome = await guardedGet({ ...settings, url: entry, accept: 'text/html', maxBytes: 0 });
  if ('failure' in outcome) {
    if (outcome.failure === 'ADDRESS_REFUSED') return addressRefused(entry);
    return refuse('ENTRY_UNREACHABLE', `The entry page ${entry.href} could not be fetched: ${failureClause(outcome.failure, settings.timeoutMs)}. It must answer 200 itself, with ${header}.`,
      { failure: outcome.failure });
  }
  if (outcome.status !== 200) {
    return refuse('ENTRY_UNREACHABLE',
      `The entry page ${entry.href} could not be fetched: ${statusClause(outcome.status, outcome.headers)}. It must answer 200 itself, with ${header}.`,
      { status: outcome.status });
  }
  const problem = framingProblem(outcome.headers, hostOrigin);
  if (!problem) return undefined;
  return refuse('FRAMING_NOT_LIMITED',
    `The entry page ${entry.href} must let only the host frame it: ${problem.clause}. Send the header ${header} (adding 'self' is allowed) on every page of the app.`,
    problem.detail);
}

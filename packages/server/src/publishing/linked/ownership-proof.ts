import { isJsonBodyError, isJsonContentType, parseStrictJson } from '@citadel/node';
import { LINKED_APP_PROOF_PATH, LinkedAppProof, MAX_LINKED_APP_PROOF_BYTES } from '@citadel/protocol/api';
import { equalInConstantTime } from './constant-time.js';
import { guardedGet, type FetchSettings } from './guarded-get.js';
import { addressRefused } from './linked-entry.js';
import { refuse, type LinkedOriginRefused } from './refusal.js';
import { failureClause, statusClause } from './unanswered.js';

/** What the origin must prove: that it serves this app's id and this token. */
export interface ExpectedProof {
  readonly origin: string;
  readonly appId: string;
  readonly token: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Fetches `<origin>/.well-known/citadel-app.json` and checks that it proves ownership: a 200
 * answer (no redirect followed), `Content-Type: application/json`, at most 16 KiB, strict JSON
 * (`parseStrictJson`) of exactly `{ "appId", "token" }`, naming this app and the token the
 * platform issued, both compared in constant time. Resolves with `undefined` when it does, the
 * refusal otherwise; never rejects.
 */
export async function checkOwnershipProof(expected: ExpectedProof, settings: FetchSettings): Promise<LinkedOriginRefused | undefined> {
  const url = new URL(LINKED_APP_PROOF_PATH, expected.origin);
  const fix = `Serve it at ${url.href}, answering 200 with Content-Type: application/json and the body {"appId":"${expected.appId}","token":"<the token the platform issued>"}.`;
  const outcome = await guardedGet({ ...settings, url, accept: 'application/json', maxBytes: MAX_LINKED_APP_PROOF_BYTES });
  if ('failure' in outcome) {
    if (outcome.failure === 'ADDRESS_REFUSED') return addressRefused(url);
    if (outcome.failure === 'TOO_LARGE') {
      return refuse('WELL_KNOWN_INVALID', `${url.href} is larger than ${MAX_LINKED_APP_PROOF_BYTES} bytes. ${fix}`, { maxBytes: MAX_LINKED_APP_PROOF_BYTES });
    }
    return refuse('WELL_KNOWN_UNREACHABLE', `${url.href} could not be fetched: ${failureClause(outcome.failure, settings.timeoutMs)}. ${fix}`, { failure: outcome.failure });
  }
  if (outcome.status !== 200) {
    return refuse('WELL_KNOWN_UNREACHABLE', `${url.href} could not be fetched: ${statusClause(outcome.status, outcome.headers)}. ${fix}`, { status: outcome.status });
  }
  const contentType = outcome.headers['content-type']?.[0];
  if (outcome.headers['content-type']?.length !== 1 || !isJsonContentType(contentType)) {
    return refuse('WELL_KNOWN_INVALID', `${url.href} must be sent with Content-Type: application/json, not ${contentType ?? 'none'}. ${fix}`, { contentType });
  }
  const proof = readProof(outcome.body);
  if (typeof proof === 'string') return refuse('WELL_KNOWN_INVALID', `${url.href} ${proof}. ${fix}`);
  // Both compared, whatever the first gave, so the time taken tells nothing about either.
  const sameApp = equalInConstantTime(proof.appId, expected.appId);
  const sameToken = equalInConstantTime(proof.token, expected.token);
  if (!sameApp) return refuse('TOKEN_MISMATCH', `${url.href} names another app than ${expected.appId}. ${fix}`, { field: 'appId' });
  if (!sameToken) {
    return refuse('TOKEN_MISMATCH', `${url.href} holds a token other than the one the platform issued for ${expected.appId}. ${fix}`,
      { field: 'token' });
  }
  return undefined;
}

/** The proof in `body`, or what is wrong with it, as the end of a sentence about the URL. */
function readProof(body: Buffer): LinkedAppProof | string {
  let value: unknown;
  try {
    value = parseStrictJson(utf8.decode(body));
  } catch (error) {
    if (isJsonBodyError(error)) return `is not strict JSON (${error.reason}: ${error.message})`;
    return 'is not UTF-8 text';
  }
  const proof = LinkedAppProof.safeParse(value);
  if (!proof.success) return 'must be a JSON object with exactly two strings, "appId" and "token"';
  return proof.data;
}

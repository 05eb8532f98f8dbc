import type { DeliveryFailure } from '../../delivery/guarded-request.js';

const REASONS: Readonly<Record<Exclude<DeliveryFailure, 'ADDRESS_REFUSED' | 'TIMEOUT'> | 'TOO_LARGE', string>> = {
  TOO_LARGE: 'its answer was larger than the platform reads',
  DNS_FAILED: 'its host name does not resolve',
  CONNECTION_FAILED: 'the connection failed or was closed before a whole answer arrived',
  TLS_FAILED: 'TLS failed: the server must present a valid certificate for its host name',
};

/** Why a GET got no answer, as a clause for the partner ("… could not be fetched: <clause>"). */
export function failureClause(failure: Exclude<DeliveryFailure, 'ADDRESS_REFUSED'> | 'TOO_LARGE', timeoutMs: number): string {
  return failure === 'TIMEOUT' ? `no whole answer came within ${timeoutMs} ms` : REASONS[failure];
}

// A partner's Location header, quoted in a message: never more than this.
const MAX_QUOTED = 200;

/** Why an answer that came is not the 200 wanted, as a clause: its status, and where a redirect pointed (not followed). */
export function statusClause(status: number, headers: NodeJS.Dict<string[]>): string {
  const location = headers.location?.[0];
  if (status >= 300 && status <= 399) {
    const where = location === undefined ? '' : ` to ${location.slice(0, MAX_QUOTED)}`;
    return `it answered ${status}, a redirect${where}, and the platform follows no redirects`;
  }
  return `it answered ${status}`;
}

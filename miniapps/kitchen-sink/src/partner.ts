import { backendOrigin } from '@citadel-miniapp/web-kit';

/** The demo partner's backend (`examples/partner-backend`), at the origin the build was given (VITE_BACKEND_ORIGIN). */
export const PARTNER_BACKEND = backendOrigin(import.meta.env.VITE_BACKEND_ORIGIN);

/** Thrown when the partner backend cannot be reached at all (not running, blocked, offline). */
export class PartnerUnreachable extends Error {
  override readonly name = 'PartnerUnreachable';
}

/** What a partner backend may answer: a greeting, or an error in the platform's `{ code, message }` shape. */
type Answer = { greeting?: unknown; message?: unknown; code?: unknown } | string | undefined;

/**
 * Sends the identity token to the partner's `/hello`, which verifies it against the platform's
 * keys and greets the citizen; resolves with the greeting. The token goes only to the partner's
 * own backend, never anywhere else.
 */
export async function helloFromPartner(token: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`${PARTNER_BACKEND}/hello`, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    throw new PartnerUnreachable(`${PARTNER_BACKEND} did not answer`);
  }
  const text = await response.text();
  let body: Answer;
  try {
    body = JSON.parse(text) as Answer;
  } catch {
    body = text;
  }
  if (typeof body === 'string') {
    if (response.ok) return body;
    throw Object.assign(new Error(body || `HTTP ${response.status}`), { code: `HTTP_${response.status}` });
  }
  if (!response.ok) {
    const code = typeof body?.code === 'string' ? body.code : `HTTP_${response.status}`;
    throw Object.assign(new Error(typeof body?.message === 'string' ? body.message : `HTTP ${response.status}`), { code });
  }
  if (typeof body?.greeting === 'string') return body.greeting;
  if (typeof body?.message === 'string') return body.message;
  return JSON.stringify(body);
}

/**
 * Asks the partner's `/notify` to send this citizen a notification through the platform; the
 * backend learns who they are from the identity token. Resolves with the platform's answer.
 */
export async function notifyFromPartner(token: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${PARTNER_BACKEND}/notify`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  } catch {
    throw new PartnerUnreachable(`${PARTNER_BACKEND} did not answer`);
  }
  const body = (await response.json().catch(() => undefined)) as { code?: unknown; message?: unknown } | undefined;
  if (!response.ok) {
    throw Object.assign(new Error(typeof body?.message === 'string' ? body.message : `HTTP ${response.status}`), { code: typeof body?.code === 'string' ? body.code : `HTTP_${response.status}` });
  }
  return body;
}

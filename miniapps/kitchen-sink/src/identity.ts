import { isCitadelError, type Client } from '@citadel/sdk';
import { el, section } from '@citadel-miniapp/web-kit';
import type { Strings } from './i18n.js';
import { helloFromPartner, PARTNER_BACKEND, PartnerUnreachable } from './partner.js';

/** Runs `run` on click and writes its text, or the reason it failed, into `out`. */
function button(label: string, testId: string, out: HTMLOutputElement, run: () => Promise<string>, secondary = false) {
  const b = el('button', { type: 'button', 'data-testid': testId, ...(secondary ? { class: 'secondary' } : {}) }, label);
  b.addEventListener('click', async () => {
    out.classList.remove('error');
    out.textContent = '…';
    try {
      out.textContent = await run();
    } catch (error) {
      out.classList.add('error');
      out.textContent = error instanceof Error ? error.message : String(error);
    }
  });
  return b;
}

/**
 * The identity demo: get a token with the citizen's name and verification level, have the
 * partner backend verify it and greet the citizen; and show the granted profile.
 */
export function identitySection(client: Client, t: Strings): HTMLElement {
  const greeting = el('output', { 'data-testid': 'identity-result', 'aria-live': 'polite' });
  const profile = el('output', { 'data-testid': 'profile-result', 'aria-live': 'polite' });

  // The host's refusal, said plainly: the code for developers, the reason for the citizen.
  const refusal = (error: unknown) => {
    if (!isCitadelError(error)) return error;
    const why = error.code === 'CANCELLED' ? t.identityCancelled : error.code === 'PERMISSION_DENIED' ? t.identityDenied : t.identityRefused;
    return new Error(`${error.code}: ${why}`);
  };

  const hello = async () => {
    let token: string;
    try {
      ({ token } = await client.identity.getToken({ nonce: crypto.randomUUID(), claims: ['name', 'verificationLevel'] }));
    } catch (error) {
      throw refusal(error);
    }
    try {
      return await helloFromPartner(token);
    } catch (error) {
      if (error instanceof PartnerUnreachable) throw new Error(t.partnerUnreachable.replace('{url}', PARTNER_BACKEND));
      const e = error as { code?: string; message?: string };
      throw new Error(`${t.partnerRefused} (${e.code ?? 'ERROR'}: ${e.message ?? ''})`);
    }
  };

  const showProfile = async () => {
    const { claims } = await client.identity.getProfile();
    return Object.keys(claims).length ? JSON.stringify(claims, null, 2) : t.profileEmpty;
  };

  return section(t.identity,
    el('p', {}, t.identityHint),
    button(t.signIn, 'identity', greeting, hello),
    button(t.profile, 'identity-profile', profile, () => showProfile().catch((error: unknown) => { throw refusal(error); }), true),
    greeting,
    profile,
  );
}

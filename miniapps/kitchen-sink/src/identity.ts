import { isCitadelError, type Client } from '@citadel/sdk';
import { el, fill, section } from '@citadel-miniapp/web-kit';
import { showFailure } from './failure.js';
import type { Strings } from './i18n.js';
import { helloFromPartner, PARTNER_BACKEND, PartnerUnreachable } from './partner.js';

/** Runs `run` on click and writes its text, or the failure said by `explain` (`showFailure`), into `out`. */
function button(label: string, testId: string, out: HTMLOutputElement, run: () => Promise<string>, explain: (error: unknown) => string | undefined, secondary = false) {
  const b = el('button', { type: 'button', 'data-testid': testId, ...(secondary ? { class: 'secondary' } : {}) }, label);
  b.addEventListener('click', async () => {
    out.classList.remove('error');
    out.textContent = '…';
    try {
      out.textContent = await run();
    } catch (error) {
      showFailure(out, error, explain(error));
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

  // A failure said plainly: the host's refusal in the demo's words, the partner's in a sentence; the code and message
  // go under "developer details". Other bridge codes get the host's own sentence (`describeError`).
  const explain = (error: unknown): string | undefined => {
    if (error instanceof PartnerUnreachable) return fill(t.partnerUnreachable, { url: PARTNER_BACKEND });
    if (!isCitadelError(error)) return t.partnerRefused;
    return error.code === 'CANCELLED' ? t.identityCancelled : error.code === 'PERMISSION_DENIED' ? t.identityDenied : undefined;
  };

  const hello = async () => {
    const { token } = await client.identity.getToken({ nonce: crypto.randomUUID(), claims: ['name', 'verificationLevel'] });
    return helloFromPartner(token);
  };

  const showProfile = async () => {
    const { claims } = await client.identity.getProfile();
    return Object.keys(claims).length ? JSON.stringify(claims, null, 2) : t.profileEmpty;
  };

  return section(t.identity,
    el('p', {}, t.identityHint),
    button(t.signIn, 'identity', greeting, hello, explain),
    button(t.profile, 'identity-profile', profile, showProfile, explain, true),
    greeting,
    profile,
  );
}

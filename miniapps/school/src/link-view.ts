import { isCitadelError, type Client } from '@citadel/sdk';
import { el } from '@citadel-miniapp/web-kit';
import { describeError } from './error-words.js';
import type { Api, LinkAnswer } from './api.js';
import type { Strings } from './i18n.js';

/** Shows `title` and `why` with one button, and resolves when the citizen presses it. */
function explain(root: HTMLElement, testId: string, title: string, why: string, action: string): Promise<void> {
  return new Promise((resolve) => {
    const b = el('button', { type: 'button', 'data-testid': `${testId}-retry` }, action);
    b.addEventListener('click', () => resolve(), { once: true });
    root.replaceChildren(el('section', { 'data-testid': testId }, el('h2', {}, title), el('p', {}, why), b));
  });
}

/** True when the citizen granted this app their identity earlier, but not their phone number. */
async function grantedWithoutPhone(client: Client): Promise<boolean> {
  try {
    const { claims } = await client.identity.getProfile();
    // The profile names claims as the token does (`phone_number`); `phone` too, in case a host uses the bridge's name.
    return !('phone_number' in claims) && !('phone' in claims);
  } catch {
    return false; // No grant yet (or nobody signed in): linking asks.
  }
}

/**
 * Links the citizen to the school's roster: the host asks them to share their name and phone
 * number the first time. Without the phone (they unticked it, now or at an earlier launch) or
 * without any identity (they refused), explains why it is needed and asks again only when they
 * press the button, so a launch never opens with a prompt they already answered. A number they
 * never confirmed (`PHONE_UNVERIFIED`) sends them to the host's account page to confirm it.
 */
export async function linkToSchool(root: HTMLElement, client: Client, api: Api, t: Strings): Promise<LinkAnswer> {
  if (await grantedWithoutPhone(client)) await explain(root, 'phone-required', t.phoneTitle, t.phoneWhy, t.phoneShare);
  for (;;) {
    root.replaceChildren(el('p', { class: 'status', 'data-testid': 'status' }, t.linking));
    try {
      return await api.link();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'PHONE_REQUIRED') {
        await explain(root, 'phone-required', t.phoneTitle, t.phoneWhy, t.phoneShare);
      } else if (code === 'PHONE_UNVERIFIED') {
        await explain(root, 'phone-unverified', t.unverifiedTitle, t.unverifiedWhy, t.retry);
      } else if (isCitadelError(error) && (error.code === 'PERMISSION_DENIED' || error.code === 'CANCELLED')) {
        await explain(root, 'identity-required', t.identityTitle, t.identityWhy, t.retry);
      } else {
        await explain(root, 'link-error', describeError(error), '', t.retry);
      }
    }
  }
}

import { CitadelError, ErrorCode, type Accuracy, type Permission } from '@citadel/protocol';
import type { AppIdentity, CallContext, Grant, GrantStore, PromptFn } from '../types.js';

type BeforePrompt = CallContext['beforePrompt'];

/**
 * Creates the `requestGrant` of one app: a remembered answer wins; otherwise one host-drawn
 * prompt at a time per permission (concurrent calls share it), drawn once the calling call's
 * `beforePrompt` lets it (at once after a gesture in the frame, else after the chip is tapped).
 * A denial is always remembered.
 */
export function createGrantRequester(app: AppIdentity, store: GrantStore, prompt: PromptFn | undefined) {
  const inFlight = new Map<Permission, Promise<Grant>>();
  const denied = (permission: Permission, remembered: boolean) =>
    new CitadelError(ErrorCode.PERMISSION_DENIED, `The citizen did not allow ${permission} for this app`, { permission, remembered });

  const ask = async (permission: Permission, accuracy: Accuracy | undefined, beforePrompt: BeforePrompt): Promise<Grant> => {
    const declared = app.manifest.permissions.find((p) => p.name === permission);
    if (!declared || !prompt) throw denied(permission, false);
    await beforePrompt(permission);
    const answer = await prompt({
      app, permission, reason: declared.reason, ...(accuracy ? { accuracy } : {}),
    });
    const grant: Grant = {
      granted: answer.granted,
      ...(answer.granted && permission === 'location' ? { accuracy: answer.accuracy ?? 'coarse' } : {}),
      at: Date.now(),
    };
    if (!grant.granted || answer.remember) await store.set(app.id, permission, grant);
    return grant;
  };

  return async (permission: Permission, options: { accuracy?: Accuracy }, beforePrompt: BeforePrompt): Promise<Grant> => {
    const remembered = await store.get(app.id, permission);
    if (remembered) {
      if (!remembered.granted) throw denied(permission, true);
      return remembered;
    }
    let pending = inFlight.get(permission);
    if (!pending) {
      pending = ask(permission, options.accuracy, beforePrompt).finally(() => inFlight.delete(permission));
      inFlight.set(permission, pending);
    }
    const grant = await pending;
    if (!grant.granted) throw denied(permission, false);
    return grant;
  };
}

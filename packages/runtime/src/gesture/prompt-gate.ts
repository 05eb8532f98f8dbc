import { CitadelError, ErrorCode, type Permission } from '@citadel/protocol';
import type { AppIdentity, QueuePromptFn } from '../types.js';

/** What one call's gate needs. */
export interface PromptGateOptions {
  readonly app: AppIdentity;
  /** Whether the call came with a citizen gesture in the app's frame (read when it arrived). */
  readonly gestured: boolean;
  /**
   * Resolves whether the citizen's gesture is in the app's frame, waiting a short while for it when a
   * prompt is due: the browser tells the host page of a gesture in a frame (its activation, the
   * focus) by another path than the frame's message, which can arrive first.
   */
  readonly gestureArrives: (signal: AbortSignal) => Promise<boolean>;
  /** Aborts when the app's session ends. */
  readonly signal: AbortSignal;
  /** Draws the host's chip; without it, prompts open at once. */
  readonly queue: QueuePromptFn | undefined;
}

/**
 * The `beforePrompt` of one call: resolves at once when the call came with a gesture (or the host
 * draws no chip); otherwise asks the host to queue the prompt behind its chip and resolves when
 * the citizen taps it, or rejects `CANCELLED` when the session ends first. Once passed, it stays
 * passed for the rest of the call, so a sign-in followed by a consent prompt needs one tap.
 */
export function createPromptGate({ app, gestured, gestureArrives, signal, queue }: PromptGateOptions): (permission: Permission) => Promise<void> {
  let passed = gestured || !queue;
  let waiting: Promise<void> | undefined;
  const cancelled = () => new CitadelError(ErrorCode.CANCELLED, 'The app was closed before the citizen opened its request');
  return (permission) => {
    if (passed) return Promise.resolve();
    waiting ??= gestureArrives(signal).then(
      (arrived) =>
        new Promise<void>((resolve, reject) => {
          if (signal.aborted) return reject(cancelled());
          if (arrived) return resolve();
          const onAbort = () => reject(cancelled());
          signal.addEventListener('abort', onAbort, { once: true });
          queue!({ app, permission }, signal).then(
            () => {
              signal.removeEventListener('abort', onAbort);
              if (signal.aborted) return reject(cancelled());
              resolve();
            },
            () => reject(cancelled()),
          );
        }),
    );
    return waiting.then(() => {
      passed = true;
    });
  };
}

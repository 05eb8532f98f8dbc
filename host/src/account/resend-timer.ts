import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Counts down to when a code may be sent again, re-rendering its host each second; stops when the host leaves the
 * page. One per form: nothing module-level.
 */
export class ResendTimer implements ReactiveController {
  #until = 0;
  #tick: ReturnType<typeof setInterval> | undefined;
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whole seconds left before a new code may be asked for; 0 when it may. */
  get secondsLeft(): number {
    return Math.max(0, Math.ceil((this.#until - Date.now()) / 1000));
  }

  /** Starts counting `seconds` down. */
  start(seconds: number) {
    this.#until = Date.now() + seconds * 1000;
    this.#stop();
    if (seconds <= 0) return;
    this.#tick = setInterval(() => {
      this.host.requestUpdate();
      if (this.secondsLeft === 0) this.#stop();
    }, 1000);
    this.host.requestUpdate();
  }

  /**
   * Asks for another code with `send` unless the countdown still runs, and counts down the wait the platform names
   * again. Resolves with `true` when a code went out, or with the failure to show; never rejects.
   */
  async resend(send: () => Promise<{ readonly resendAfterSeconds: number }>): Promise<true | { readonly failure: unknown }> {
    if (this.secondsLeft > 0) return { failure: undefined };
    try {
      this.start((await send()).resendAfterSeconds);
      return true;
    } catch (failure) {
      return { failure };
    }
  }

  hostDisconnected() {
    this.#stop();
  }

  #stop() {
    if (this.#tick !== undefined) clearInterval(this.#tick);
    this.#tick = undefined;
  }
}

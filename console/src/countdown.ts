import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The seconds left until a moment, for a lit element to show: it updates the element once a second while any are
 * left, and stops with the element.
 */
export class Countdown implements ReactiveController {
  #end = 0;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly element: ReactiveControllerHost) {
    element.addController(this);
  }

  /** Whole seconds left; 0 once the moment has come. */
  get left(): number {
    return Math.max(0, Math.ceil((this.#end - Date.now()) / 1000));
  }

  /** Counts `seconds` from now. */
  from(seconds: number): void {
    this.#end = Date.now() + seconds * 1000;
    clearInterval(this.#timer);
    this.#timer = setInterval(() => {
      this.element.requestUpdate();
      if (this.left === 0) clearInterval(this.#timer);
    }, 1000);
    this.element.requestUpdate();
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
  }
}

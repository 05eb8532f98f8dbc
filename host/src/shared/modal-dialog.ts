import { css, type ReactiveElement } from 'lit';

/**
 * The one `<dialog>` of an element's shadow root, opened as a modal in the browser's top layer
 * (where a mini-app's frame can neither cover nor click it) for as long as a caller waits on it:
 * `show()` resolves with what `close(value)` is given.
 */
export class ModalDialog<T> {
  readonly #host: ReactiveElement;
  /** A selector for what takes the focus when the dialog opens. Default: the browser's choice. */
  readonly #focus: string | undefined;
  #resolve: ((value: T) => void) | undefined;

  constructor(host: ReactiveElement, options: { readonly focus?: string } = {}) {
    this.#host = host;
    this.#focus = options.focus;
  }

  /** Whether a `show()` still waits. */
  get waiting(): boolean {
    return this.#resolve !== undefined;
  }

  /**
   * Opens the dialog once the element has drawn what it shows; resolves when `close` is called
   * (before then too: it then never opens). One at a time: a second call replaces the first's wait.
   */
  show(): Promise<T> {
    const closed = new Promise<T>((resolve) => { this.#resolve = resolve; });
    void this.#host.updateComplete.then(() => { if (this.waiting) this.reopen(); });
    return closed;
  }

  /** Opens the dialog again if the browser closed it on its own while a `show()` waits (a repeated Escape). */
  reopen(): void {
    const dialog = this.#host.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    if (this.#focus) this.#host.renderRoot.querySelector<HTMLElement>(this.#focus)?.focus();
  }

  /** Closes the dialog and resolves the waiting `show()` with `value`; does nothing more when none waits. */
  close(value: T): void {
    const resolve = this.#resolve;
    this.#resolve = undefined;
    this.#host.renderRoot.querySelector('dialog')?.close();
    resolve?.(value);
  }
}

/** The look of the host's sheet-like dialogs (sign-in, top-up): a card that fits a 320 px phone, a title row with a close button. */
export const dialogStyles = css`
  dialog { border: 0; border-radius: 20px; padding: 16px 20px 20px; width: min(440px, calc(100vw - 16px)); max-height: calc(100dvh - 16px);
    overflow: auto; box-sizing: border-box; background: Canvas; color: CanvasText; box-shadow: 0 12px 48px rgb(0 0 0 / 30%); }
  dialog::backdrop { background: rgb(0 0 0 / 45%); }
  header { display: flex; align-items: center; gap: 10px; margin-bottom: 12px; }
  header h2 { flex: 1; margin: 0; font-size: 1.05rem; }
  .close { padding: 0; width: 44px; background: transparent; font-size: 1.2rem; }
`;

import { isApiError, type PlatformCall } from '@citadel/api-client';
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { errorText } from './error-text.js';
import { failureBox, noticeBox } from './fields.js';
import { strings, type Lang, type Strings } from './i18n.js';
import { screenStyles } from './styles.js';
import type { Person } from './types.js';

/** What every screen is given by the shell. */
export interface ConsoleContext {
  /** The one typed client of the platform (`@citadel/api-client`), on the console's origin. */
  readonly call: PlatformCall;
  readonly lang: Lang;
  /** The signed-in person. */
  readonly person: Person;
}

/** Asks the shell to go to `path`; the event leaves shadow roots. */
export function navigate(from: Element, path: string): void {
  from.dispatchEvent(new CustomEvent<string>('console-navigate', { detail: path, bubbles: true, composed: true }));
}

/**
 * A real link to a console screen, followed without reloading the page (a modified click opens it as the browser does);
 * `current` marks the screen shown (`aria-current="page"`).
 */
export const link = (path: string, text: string, testid: string, o: { className?: string; current?: boolean } = {}) => html`<a href=${path}
  class=${o.className ?? ''} data-testid=${testid} aria-current=${o.current ? 'page' : nothing}
  @click=${(event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(event.currentTarget as Element, path);
  }}>${text}</a>`;

/**
 * A console screen: loads its data when it appears (`load`), runs one action at a time (`act`), keeps each action's
 * failure and success message by name, and tells the shell when the session ended (`console-signed-out`).
 */
export abstract class ConsoleScreen extends LitElement {
  static override styles = screenStyles;
  static override properties: PropertyDeclarations = {
    ctx: { attribute: false }, loaded: { state: true }, loadFailure: { state: true }, busy: { state: true },
    failures: { state: true }, notices: { state: true }, problems: { state: true },
  };

  declare ctx: ConsoleContext;
  /** Whether `load` has finished once. */
  declare loaded: boolean;
  declare loadFailure: unknown;
  /** The action running, by name. */
  declare busy: string | undefined;
  declare failures: Readonly<Record<string, unknown>>;
  declare notices: Readonly<Record<string, string | undefined>>;
  /** What is wrong with each field, by its name, found before anything is sent. */
  declare problems: Readonly<Record<string, string | undefined>>;

  constructor() {
    super();
    this.loaded = false;
    this.failures = {};
    this.notices = {};
    this.problems = {};
  }

  /** The screen's words in the person's language. */
  protected get t(): Strings {
    return strings(this.ctx.lang);
  }

  /** Fetches what the screen shows. */
  protected abstract load(): Promise<void>;

  /** The screen once loaded. */
  protected abstract renderLoaded(): TemplateResult;

  /** The screen's heading, focused after navigation. */
  protected abstract heading(): string;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.reload();
  }

  /** Loads again; a failure is shown with a retry button. */
  protected async reload(): Promise<void> {
    this.loadFailure = undefined;
    try {
      await this.load();
      this.loaded = true;
    } catch (error) {
      this.signedOutBy(error);
      this.loadFailure = error;
    }
  }

  /** Runs `action` as `name` unless another is running; keeps its failure, or its success message. Resolves true on success. */
  protected async act(name: string, action: () => Promise<string | void>): Promise<boolean> {
    if (this.busy !== undefined) return false;
    this.busy = name;
    this.failures = { ...this.failures, [name]: undefined };
    this.notices = { ...this.notices, [name]: undefined };
    try {
      const notice = await action();
      if (notice) this.notices = { ...this.notices, [name]: notice };
      return true;
    } catch (error) {
      this.signedOutBy(error);
      this.failures = { ...this.failures, [name]: error };
      return false;
    } finally {
      this.busy = undefined;
    }
  }

  /** The failure of action `name` as a sentence, announced. */
  protected failureOf(name: string, testid: string, text?: (error: unknown) => string | undefined) {
    const error = this.failures[name];
    return failureBox(error === undefined ? undefined : text?.(error) ?? errorText(error, this.ctx.lang), testid);
  }

  /** The success message of action `name`, announced. */
  protected noticeOf(name: string, testid: string) {
    return noticeBox(this.notices[name], testid);
  }

  /** A form's submit button for action `name`: disabled while any action runs, saying so while its own does. */
  protected submitButton(name: string, testid: string, label: string) {
    return html`<div class="actions"><button class="primary" type="submit" data-testid=${testid} ?disabled=${this.busy !== undefined}>
      ${this.busy === name ? this.t.working : label}</button></div>`;
  }

  private signedOutBy(error: unknown) {
    if (isApiError(error, 'UNAUTHENTICATED')) this.dispatchEvent(new CustomEvent('console-signed-out', { bubbles: true, composed: true }));
  }

  override render() {
    const body = this.loadFailure !== undefined
      ? html`${failureBox(errorText(this.loadFailure, this.ctx.lang), 'load-error')}
          <p><button type="button" data-testid="load-retry" @click=${() => void this.reload()}>${this.t.retry}</button></p>`
      : this.loaded ? this.renderLoaded() : html`<p role="status" class="meta">${this.t.loading}</p>`;
    return html`<h1 tabindex="-1">${this.heading()}</h1>${body ?? nothing}`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'console-navigate': CustomEvent<string>;
    'console-signed-out': CustomEvent<undefined>;
  }
}

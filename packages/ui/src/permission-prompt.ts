import { LitElement, css, html, nothing } from 'lit';
import type { Accuracy } from '@citadel/protocol';
import type { PromptAnswer, PromptFn, PromptRequest } from '@citadel/runtime';
import { t, type Lang } from './i18n.js';
import { keepTabInside } from './keep-tab-inside.js';
import { oneAtATime } from './one-at-a-time.js';
import { askingApp, promptStyles } from './prompt-parts.js';
import { base } from './styles.js';

/**
 * The host-drawn permission prompt. It opens as a modal `<dialog>` in the browser's top layer:
 * nothing else on the page, the mini-app's frame included, can be clicked or focused while it
 * is open, and the frame cannot draw over it. Escape or dismissing is a denial.
 */
export class CitadelPermissionPrompt extends LitElement {
  static override properties = {
    request: { attribute: false },
    lang: {},
    accuracy: { state: true },
    remember: { state: true },
  };

  static override styles = [base, promptStyles, css`
    .reason small { display: block; color: var(--citadel-muted); margin-bottom: 2px; }
    fieldset { border: 0; padding: 0; margin: 0 0 12px; display: grid; gap: 6px; }
    label { display: flex; gap: 8px; align-items: center; min-height: 40px; }
  `];

  declare request: PromptRequest | undefined;
  declare lang: Lang;
  declare accuracy: Accuracy;
  declare remember: boolean;
  #resolve: ((answer: PromptAnswer) => void) | undefined;

  constructor() {
    super();
    this.lang = 'vi';
    this.accuracy = 'coarse';
    this.remember = true;
  }

  /** Shows the prompt for `request`; resolves with the citizen's answer. */
  async ask(request: PromptRequest): Promise<PromptAnswer> {
    this.request = request;
    this.accuracy = request.accuracy === 'precise' ? 'precise' : 'coarse';
    this.remember = true;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog')!;
    return new Promise((resolve) => {
      this.#resolve = resolve;
      dialog.showModal();
      this.renderRoot.querySelector<HTMLButtonElement>('[data-testid="prompt-deny"]')?.focus();
    });
  }

  #answer(granted: boolean) {
    const resolve = this.#resolve;
    this.#resolve = undefined;
    this.renderRoot.querySelector('dialog')?.close();
    const location = this.request?.permission === 'location';
    resolve?.({ granted, remember: granted ? this.remember : true, ...(granted && location ? { accuracy: this.accuracy } : {}) });
  }

  override render() {
    const s = t(this.lang);
    const request = this.request;
    if (!request) return html`<dialog></dialog>`;
    const offerPrecise = request.permission === 'location' && request.accuracy === 'precise';
    return html`
      <dialog aria-labelledby="title" @keydown=${keepTabInside} @cancel=${(e: Event) => { e.preventDefault(); this.#answer(false); }}>
        ${askingApp(request.app.manifest, this.lang, s.asks[request.permission])}
        <p class="reason"><small>${s.why}</small>${request.reason[this.lang]}</p>
        ${offerPrecise ? html`
          <fieldset>
            <label><input type="radio" name="accuracy" data-testid="prompt-precise" .checked=${this.accuracy === 'precise'}
              @change=${() => { this.accuracy = 'precise'; }} /> ${s.precise}</label>
            <label><input type="radio" name="accuracy" data-testid="prompt-coarse" .checked=${this.accuracy === 'coarse'}
              @change=${() => { this.accuracy = 'coarse'; }} /> ${s.coarse}</label>
          </fieldset>` : request.permission === 'location' ? html`<p>${s.coarse}</p>` : nothing}
        <label><input type="checkbox" data-testid="prompt-remember" .checked=${this.remember}
          @change=${(e: Event) => { this.remember = (e.target as HTMLInputElement).checked; }} /> ${s.remember}</label>
        <div class="actions">
          <button data-testid="prompt-deny" @click=${() => this.#answer(false)}>${s.deny}</button>
          <button class="primary" data-testid="prompt-allow" @click=${() => this.#answer(true)}>${s.allow}</button>
        </div>
      </dialog>
    `;
  }
}

/**
 * A runtime `PromptFn` that draws `<citadel-permission-prompt>` in `root`, one prompt at a time,
 * in the language `lang()` answers at the time of asking.
 */
export function createPromptFn(root: HTMLElement, lang: () => Lang): PromptFn {
  const draw = oneAtATime<CitadelPermissionPrompt>(root, 'citadel-permission-prompt', lang);
  return (request) => draw((prompt) => prompt.ask(request));
}

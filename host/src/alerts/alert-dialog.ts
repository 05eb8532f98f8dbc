import { LitElement, css, html, nothing } from 'lit';
import { keepTabInside, type Lang } from '@citadel/ui';
import { formatMoment } from '../shared/format.js';
import { ModalDialog } from '../shared/modal-dialog.js';
import type { MyAlert } from './api.js';
import { alertStrings, alertText } from './i18n.js';
import { alertStyles } from './styles.js';

/**
 * An extreme alert interrupting whatever the citizen is doing: a modal `<dialog>` with
 * `role="alertdialog"` in the browser's top layer, above any open mini-app (whose frame can
 * neither cover nor click it). It closes only when acknowledged: Escape does not dismiss it.
 */
export class CitadelAlertDialog extends LitElement {
  static override properties = {
    lang: {},
    alert: { attribute: false },
  };

  static override styles = [alertStyles, css`
    dialog { border: 0; border-radius: 20px; padding: 0; width: min(480px, calc(100vw - 16px)); max-height: calc(100dvh - 16px);
      overflow: auto; box-sizing: border-box; background: Canvas; color: CanvasText; box-shadow: 0 12px 48px rgb(0 0 0 / 40%); }
    dialog::backdrop { background: rgb(0 0 0 / 60%); }
    header { background: var(--sev); color: var(--on-sev); padding: 14px 18px; display: grid; gap: 2px; }
    header strong { font-size: .9rem; letter-spacing: .02em; text-transform: uppercase; }
    header small { opacity: .9; }
    .body { padding: 14px 18px 18px; display: grid; gap: 10px; }
    h2 { margin: 0; font-size: 1.2rem; overflow-wrap: anywhere; }
    p { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }
    .instruction { padding: 10px 12px; border-radius: 12px; font-weight: 600; background: color-mix(in srgb, var(--sev) 14%, Canvas); }
    button.primary { width: 100%; }
  `];

  /** Language. Default `vi`. */
  declare lang: Lang;
  /** The alert shown. */
  declare alert: MyAlert | undefined;
  readonly #modal = new ModalDialog<void>(this, { focus: '[data-testid="alert-dialog-ack"]' });

  constructor() {
    super();
    this.lang = 'vi';
  }

  /** Shows `alert`; resolves once the citizen acknowledged it. */
  async open(alert: MyAlert): Promise<void> {
    this.alert = alert;
    return this.#modal.show();
  }

  override render() {
    const a = this.alert;
    if (!a) return html`<dialog></dialog>`;
    const s = alertStrings(this.lang);
    // A browser may still close a modal dialog on its own (repeated Escape): it opens again until acknowledged.
    return html`<dialog role="alertdialog" aria-modal="true" aria-labelledby="alert-headline" aria-describedby="alert-description"
      data-testid="alert-dialog" data-severity=${a.severity} data-id=${a.id} @keydown=${keepTabInside}
      @cancel=${(e: Event) => e.preventDefault()} @close=${() => { if (this.#modal.waiting) queueMicrotask(() => this.#modal.reopen()); }}>
      <header><strong>${s.severities[a.severity]} · ${s.categories[a.category]}</strong><small>${a.sender} · ${formatMoment(a.sentAt, this.lang)}</small></header>
      <div class="body">
        <h2 id="alert-headline" data-testid="alert-dialog-headline">${alertText(a.headline, this.lang)}</h2>
        <p id="alert-description">${alertText(a.description, this.lang)}</p>
        ${a.instruction ? html`<p class="instruction">${alertText(a.instruction, this.lang)}</p>` : nothing}
        ${a.area.description ? html`<p class="meta">${s.area}: ${a.area.description}</p>` : nothing}
        <p class="meta">${s.expires}: ${formatMoment(a.expiresAt, this.lang)}</p>
        <button class="primary" data-testid="alert-dialog-ack" @click=${() => this.#modal.close()}>${s.acknowledge}</button>
      </div>
    </dialog>`;
  }
}

/** Registers `<citadel-alert-dialog>`; safe to call more than once. */
export function defineAlertDialog() {
  if (!customElements.get('citadel-alert-dialog')) customElements.define('citadel-alert-dialog', CitadelAlertDialog);
}

declare global {
  interface HTMLElementTagNameMap {
    'citadel-alert-dialog': CitadelAlertDialog;
  }
}

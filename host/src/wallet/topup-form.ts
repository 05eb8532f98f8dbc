import { LitElement, css, html, nothing } from 'lit';
import { formatVnd, type Lang } from '@citadel/ui';
import type { TopUpAnswer } from '@citadel/protocol/api';
import type { PaymentsApi } from '../payments/api.js';
import { errorText } from '../shared/error-text.js';
import { walletStrings } from './i18n.js';
import { walletStyles } from './styles.js';

/** The amounts offered with one tap, in đồng. */
export const TOPUP_PRESETS = [50_000, 200_000, 500_000] as const;
/** The platform's limits on one top-up (`TOPUP_LIMITS` in the server), in đồng. */
const MIN = 10_000;
const MAX = 10_000_000;

/** A custom amount as typed (`150000`, `150.000`, `150 000`) in whole đồng; `undefined` when it is not one in range. */
export function parseAmount(value: string): number | undefined {
  const digits = value.replace(/[\s.,]/g, '');
  if (!/^\d{1,10}$/.test(digits)) return undefined;
  const amount = Number(digits);
  return amount >= MIN && amount <= MAX ? amount : undefined;
}

/**
 * Top up the wallet from the development bank: a preset or a custom amount. Each submitted
 * intent gets one `Idempotency-Key`, kept while the same amount is retried after a failure,
 * so a second click, a retry after a lost answer or a slow network never tops up twice.
 *
 * @fires citadel-topped-up - with the `TopUpAnswer` (the new balance included).
 */
export class CitadelWalletTopUp extends LitElement {
  static override properties = {
    api: { attribute: false },
    lang: {},
    choice: { state: true },
    busy: { state: true },
    failure: { state: true },
    problem: { state: true },
    done: { state: true },
    custom: { state: true },
  };

  static override styles = [walletStyles, css`
    fieldset { border: 0; padding: 0; margin: 0; display: grid; gap: 8px; }
    legend { font-weight: 600; font-size: .92rem; padding: 0; margin-bottom: 6px; }
    .presets { display: grid; grid-template-columns: repeat(auto-fit, minmax(88px, 1fr)); gap: 8px; }
    .chip { position: relative; display: grid; place-items: center; min-height: 44px; padding: 0 8px; border-radius: 999px; cursor: pointer;
      border: 1px solid color-mix(in srgb, CanvasText 25%, transparent); font-variant-numeric: tabular-nums; white-space: nowrap; }
    .chip input { position: absolute; opacity: 0; width: 1px; height: 1px; min-height: 0; }
    .chip:has(input:checked) { border-color: var(--accent); background: color-mix(in srgb, var(--accent) 12%, Canvas); font-weight: 600; }
    .chip:has(input:focus-visible) { outline: 3px solid color-mix(in srgb, var(--accent) 60%, white); outline-offset: 2px; }
  `];

  /** The wallet API. */
  declare api: PaymentsApi | undefined;
  /** Language. Default `vi`. */
  declare lang: Lang;
  /** The preset chosen, or `custom`. Default the first preset. */
  declare choice: string;
  declare busy: boolean;
  declare failure: unknown;
  declare problem: 'amount' | undefined;
  /** The amount just added, for the confirmation. */
  declare done: number | undefined;
  /** The custom amount as typed. */
  declare custom: string;
  /** The intent being submitted: its amount and its one idempotency key. */
  #intent: { readonly amount: number; readonly key: string } | undefined;

  constructor() {
    super();
    this.lang = 'vi';
    this.choice = String(TOPUP_PRESETS[0]);
    this.busy = false;
    this.custom = '';
  }

  #amount(): number | undefined {
    if (this.choice !== 'custom') return Number(this.choice);
    return parseAmount(this.custom);
  }

  async #submit(event: SubmitEvent) {
    event.preventDefault();
    if (this.busy || !this.api) return;
    const amount = this.#amount();
    this.failure = undefined;
    this.done = undefined;
    this.problem = amount === undefined ? 'amount' : undefined;
    if (amount === undefined) {
      this.renderRoot.querySelector<HTMLInputElement>('[data-testid="topup-amount"]')?.focus();
      return;
    }
    if (this.#intent?.amount !== amount) this.#intent = { amount, key: crypto.randomUUID() };
    this.busy = true;
    try {
      const result = await this.api.topUp(amount, this.#intent.key);
      this.#intent = undefined;
      this.done = result.topup.amount;
      this.dispatchEvent(new CustomEvent<TopUpAnswer>('citadel-topped-up', { detail: result, bubbles: true, composed: true }));
      // The result takes the focus the busy (disabled) button lost, instead of the page's body (issue 16).
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-testid="topup-done"]')?.focus());
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = false;
    }
  }

  #choose(choice: string) {
    this.choice = choice;
    this.problem = undefined;
    this.done = undefined;
  }

  override render() {
    const s = walletStrings(this.lang);
    const amount = this.#amount();
    return html`<form novalidate data-testid="topup-form" @submit=${(e: SubmitEvent) => void this.#submit(e)}>
      <p class="hint">${s.topUpHint}</p>
      <fieldset>
        <legend>${s.amount}</legend>
        <div class="presets">
          ${TOPUP_PRESETS.map((preset) => html`<label class="chip"><input type="radio" name="amount" data-testid="topup-preset-${preset}"
            .checked=${this.choice === String(preset)} @change=${() => this.#choose(String(preset))} />${formatVnd(preset, this.lang)}</label>`)}
          <label class="chip"><input type="radio" name="amount" data-testid="topup-custom" .checked=${this.choice === 'custom'}
            @change=${() => this.#choose('custom')} />${s.custom}</label>
        </div>
        <div class="field">
          <label for="custom">${s.customLabel}</label>
          <input id="custom" data-testid="topup-amount" inputmode="numeric" autocomplete="off" maxlength="16" placeholder="150000"
            aria-describedby="custom-hint${this.problem ? ' custom-problem' : ''}" aria-invalid=${this.problem ? 'true' : 'false'}
            @focus=${() => { if (this.choice !== 'custom') this.#choose('custom'); }} @input=${(e: InputEvent) => { this.custom = (e.target as HTMLInputElement).value; this.#choose('custom'); }} />
          <p class="hint" id="custom-hint">${s.customHint}</p>
          ${this.problem ? html`<p class="problem" id="custom-problem" data-testid="topup-amount-problem">${s.problems.amount}</p>` : nothing}
        </div>
      </fieldset>
      ${this.failure === undefined ? nothing : html`<p class="error" role="alert" data-testid="topup-error">${errorText(this.failure, this.lang)}</p>`}
      ${this.done === undefined ? nothing : html`<p class="success" role="status" tabindex="-1" data-testid="topup-done">${s.toppedUp(formatVnd(this.done, this.lang))}</p>`}
      <button class="primary" type="submit" data-testid="topup-submit" ?disabled=${this.busy} aria-busy=${this.busy ? 'true' : 'false'}>
        ${this.busy ? s.working : amount === undefined ? s.topUpPick : s.topUpSubmit(formatVnd(amount, this.lang))}</button>
    </form>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'citadel-topped-up': CustomEvent<TopUpAnswer>;
  }
}

import { LitElement, css, html, nothing } from 'lit';
import type { AppIdentity } from '@citadel/runtime';
import { formatMoment } from '@citadel/sdk/format';
import { formatVnd, t, type Lang } from './i18n.js';
import { keepTabInside } from './keep-tab-inside.js';
import { oneAtATime } from './one-at-a-time.js';
import { base } from './styles.js';

/** An order as the platform holds it: what the sheet shows, never what the app's frame said. */
export interface PaymentSheetOrder {
  readonly id: string;
  /** Whole đồng. */
  readonly amount: number;
  /** The partner's description, shown as text. */
  readonly description: string;
  readonly status: 'open' | 'paid' | 'expired' | 'cancelled';
  /** ISO 8601. */
  readonly expiresAt: string;
}

/** Why a load or a payment did not go through, as the sheet needs to know it. */
export type PaymentProblem =
  /** A wrong payment PIN; `triesLeft` before it locks. */
  | { readonly kind: 'wrong-pin'; readonly triesLeft?: number | undefined }
  /** The PIN is locked after 5 wrong tries: only a reset through a code to the phone unlocks it. */
  | { readonly kind: 'pin-locked' }
  /** The citizen has no payment PIN yet. */
  | { readonly kind: 'pin-not-set' }
  /** The citizen cancelled the device's passkey prompt, or it timed out: nothing was sent; they may try again. */
  | { readonly kind: 'passkey-cancelled' }
  /** The platform refused the passkey (`code`: replayed, expired, another account's…); they may try again. */
  | { readonly kind: 'passkey-refused'; readonly code: string }
  | { readonly kind: 'locked-out'; readonly retryAfterSeconds?: number | undefined }
  | { readonly kind: 'insufficient-funds'; readonly balance: number; readonly amount: number }
  | { readonly kind: 'expired' }
  /** The seller cancelled the order before it was paid. */
  | { readonly kind: 'order-cancelled' }
  | { readonly kind: 'already-paid'; readonly paymentId?: string | undefined }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'network' }
  /** The session ended; the sheet closes at once so the host can sign the citizen in again. */
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'failed'; readonly code: string };

/** What a step of the sheet (loading the order, paying) came to. */
export type PaymentStep<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: PaymentProblem };

/** What the host gives the sheet: the app, and how to load the order and pay it. */
export interface PaymentSheetRequest<R> {
  /** The app asking, as the runtime established it from the frame: its icon and name come from the registry's manifest. */
  readonly app: AppIdentity;
  /** Reads the order, the wallet balance and the citizen's step-up (PIN state, anti-phishing words) from the platform. */
  load(): Promise<PaymentStep<PaymentSheetLoad>>;
  /** Pays the order, confirmed with the citizen's 6-digit payment PIN. */
  pay(pin: string): Promise<PaymentStep<R>>;
  /** Takes the citizen to set up or reset their PIN (the sheet closes first). Without it, no such button. */
  setUpPin?(): void;
  /**
   * Pays the order, confirmed with one of the citizen's passkeys (the device's own prompt). When
   * given, the sheet shows "Pay with passkey" first. Default none: no passkey button.
   */
  passkey?(): Promise<PaymentStep<R>>;
  /** Lets the citizen top up (drawn over the sheet); the sheet reads the balance again after. Without it, no top-up button. */
  topUp?(): Promise<void>;
}

/** What the sheet loads: the order, the balance, and the citizen's PIN state and anti-phishing words. */
export interface PaymentSheetLoad {
  readonly order: PaymentSheetOrder;
  readonly balance: number;
  /** `set`, `not-set` (the sheet offers set-up) or `locked` (it offers a reset). Default `set`. */
  readonly pin?: 'set' | 'not-set' | 'locked';
  /**
   * The words the citizen chose at PIN set-up, shown at the top of the sheet: an app drawing a look-alike sheet in
   * its frame cannot know them.
   */
  readonly antiPhishingWords?: string | null;
}

/** How the sheet ended: paid, dismissed, or closed on a problem that stops this payment. */
export type PaymentSheetOutcome<R> =
  | { readonly status: 'paid'; readonly value: R }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly problem: PaymentProblem };

/** Shows the payment sheet; resolves once it closes. `signal` aborting closes it as `cancelled`. */
export type PaymentSheetFn = <R>(request: PaymentSheetRequest<R>, signal?: AbortSignal) => Promise<PaymentSheetOutcome<R>>;

type Loaded = PaymentSheetLoad;
type View =
  | { readonly step: 'loading' }
  /** `problem`: the last attempt's (wrong PIN, lockout, network); the citizen may try again. */
  | { readonly step: 'ready' | 'paying'; readonly loaded: Loaded; readonly problem?: PaymentProblem | 'required' }
  | { readonly step: 'short'; readonly loaded: Loaded }
  /** This payment cannot go on: expired, already paid, not found, or the order could not be read. */
  | { readonly step: 'stopped'; readonly problem: PaymentProblem; readonly loaded?: Loaded };

const minutes = (seconds: number | undefined) => (seconds === undefined ? undefined : Math.max(1, Math.ceil(seconds / 60)));

/**
 * The host-drawn payment sheet. A modal `<dialog>` in the top layer: the mini-app's frame can
 * neither cover nor click it, and never sees the PIN. Amount and description are the
 * platform's copy of the order; icon and name are the registry's; the citizen's own anti-phishing
 * words head the sheet. The citizen confirms with their 6-digit payment PIN or, when the host
 * offers it, a passkey (step-up); a wrong PIN or a cancelled passkey prompt keeps the sheet open,
 * and the fifth wrong PIN locks it. Escape or Cancel dismisses it, except while paying, when
 * nothing can be sent twice (closed by the browser then, it opens again).
 */
export class CitadelPaymentSheet extends LitElement {
  static override properties = {
    lang: {},
    request: { attribute: false },
    view: { state: true },
  };

  static override styles = [base, css`
    dialog { border: 0; border-radius: 20px; padding: 20px; width: min(420px, calc(100vw - 16px)); box-sizing: border-box;
      max-height: calc(100dvh - 16px); overflow: auto; background: var(--citadel-surface); color: var(--citadel-text);
      box-shadow: 0 12px 48px rgb(0 0 0 / 30%); }
    dialog::backdrop { background: rgb(0 0 0 / 50%); }
    * { box-sizing: border-box; }
    .app { display: flex; gap: 12px; align-items: center; }
    .app img { width: 44px; height: 44px; border-radius: 12px; flex: none; }
    h2 { font-size: 1rem; margin: 0; font-weight: 400; overflow-wrap: anywhere; }
    h2 strong { display: block; font-size: 1.05rem; }
    .amount { font-size: 1.9rem; font-weight: 700; margin: 14px 0 4px; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
    dl { margin: 0 0 14px; display: grid; grid-template-columns: auto 1fr; gap: 6px 12px; }
    dt { color: var(--citadel-muted); font-size: .88rem; }
    dd { margin: 0; overflow-wrap: anywhere; text-align: end; }
    .description { white-space: pre-line; }
    form { display: grid; gap: 6px; margin: 0; }
    label { font-weight: 600; font-size: .92rem; }
    .hint { margin: 0; color: var(--citadel-muted); font-size: .85rem; }
    input { font: inherit; width: 100%; min-height: 44px; padding: 0 12px; border-radius: 10px; color: inherit;
      border: 1px solid color-mix(in srgb, CanvasText 30%, transparent); background: color-mix(in srgb, CanvasText 3%, Canvas); }
    input:focus-visible { outline: 3px solid color-mix(in srgb, var(--citadel-accent) 60%, white); outline-offset: 2px; }
    input[aria-invalid=true] { border-color: var(--citadel-accent); }
    .words { margin: 12px 0 0; padding: 10px 12px; border-radius: 10px; border: 2px solid var(--citadel-accent);
      font-size: .88rem; overflow-wrap: anywhere; }
    .words strong { display: block; font-size: 1.1rem; }
    input.pin { font-size: 1.4rem; letter-spacing: .4em; text-align: center; font-variant-numeric: tabular-nums; }
    .problem { margin: 8px 0 0; padding: 10px 12px; border-radius: 10px; color: var(--citadel-accent);
      background: color-mix(in srgb, var(--citadel-accent) 10%, transparent); font-size: .9rem; }
    .status { margin: 16px 0; color: var(--citadel-muted); }
    /* Side by side when they fit; on a narrow phone the main action goes on top, both full width. */
    .actions { display: flex; gap: 8px; flex-wrap: wrap-reverse; margin-top: 16px; }
    .actions button { flex: 1 1 auto; }
    button:disabled { opacity: .6; cursor: progress; }
    .passkey { width: 100%; min-height: 48px; margin-bottom: 4px; }
    .or { margin: 8px 0; text-align: center; color: var(--citadel-muted); font-size: .85rem; }
  `];

  /** Language of the sheet. Default `vi`. */
  declare lang: Lang;
  /** The payment being shown. */
  declare request: PaymentSheetRequest<unknown> | undefined;
  declare view: View;
  #resolve: ((outcome: PaymentSheetOutcome<unknown>) => void) | undefined;

  constructor() {
    super();
    this.lang = 'vi';
    this.view = { step: 'loading' };
  }

  /** Shows the sheet for `request` and loads the order; resolves once the sheet closes. */
  async open<R>(request: PaymentSheetRequest<R>, signal?: AbortSignal): Promise<PaymentSheetOutcome<R>> {
    if (signal?.aborted) return { status: 'cancelled' };
    this.request = request as PaymentSheetRequest<unknown>;
    this.view = { step: 'loading' };
    await this.updateComplete;
    const outcome = new Promise<PaymentSheetOutcome<R>>((resolve) => {
      this.#resolve = resolve as (outcome: PaymentSheetOutcome<unknown>) => void;
      signal?.addEventListener('abort', () => this.#finish({ status: 'cancelled' }), { once: true });
      this.renderRoot.querySelector('dialog')!.showModal();
    });
    void this.#load();
    return outcome;
  }

  get #open() {
    return this.#resolve !== undefined;
  }

  async #load() {
    const request = this.request;
    if (!request) return;
    this.view = { step: 'loading' };
    const step = await attempt(() => request.load());
    if (!this.#open || this.request !== request) return;
    if (!step.ok) {
      if (step.problem.kind === 'signed-out') return this.#finish({ status: 'failed', problem: step.problem });
      this.view = { step: 'stopped', problem: step.problem };
      return;
    }
    const loaded = step.value;
    const { order, balance } = loaded;
    if (order.status === 'paid') this.view = { step: 'stopped', problem: { kind: 'already-paid' }, loaded };
    else if (order.status === 'cancelled') this.view = { step: 'stopped', problem: { kind: 'order-cancelled' }, loaded };
    else if (order.status === 'expired' || Date.parse(order.expiresAt) <= Date.now()) this.view = { step: 'stopped', problem: { kind: 'expired' }, loaded };
    // Without a usable PIN the sheet stops, unless a passkey can still approve the payment.
    else if (loaded.pin === 'not-set' && !request.passkey) this.view = { step: 'stopped', problem: { kind: 'pin-not-set' }, loaded };
    else if (loaded.pin === 'locked' && !request.passkey) this.view = { step: 'stopped', problem: { kind: 'pin-locked' }, loaded };
    else if (balance < order.amount) this.view = { step: 'short', loaded };
    else this.view = { step: 'ready', loaded };
    await this.updateComplete;
    const pin = this.renderRoot.querySelector<HTMLInputElement>('[data-testid="pay-pin"]');
    // Read again after a top-up, the sheet's buttons were drawn anew and the one that had the focus is gone: the
    // step's main action takes it, not the page's body.
    if (pin) pin.focus();
    else if (!this.matches(':focus-within')) (this.renderRoot.querySelector<HTMLElement>('.actions .primary') ?? this.renderRoot.querySelector<HTMLElement>('.actions button'))?.focus();
  }

  async #pay(event: SubmitEvent) {
    event.preventDefault();
    const request = this.request;
    const view = this.view;
    // One payment at a time: a second click, Enter or a slow network never sends twice.
    if (!request || view.step !== 'ready') return;
    const input = this.renderRoot.querySelector<HTMLInputElement>('[data-testid="pay-pin"]')!;
    if (!/^\d{6}$/.test(input.value)) {
      this.view = { ...view, problem: 'required' };
      input.focus();
      return;
    }
    await this.#settle(view, () => request.pay(input.value));
  }

  /** Pays with a passkey: the device's prompt, over the sheet; cancelling it leaves the sheet as it was, with a note. */
  #payWithPasskey() {
    const request = this.request;
    const view = this.view;
    if (!request?.passkey || view.step !== 'ready') return;
    return this.#settle(view, () => request.passkey!());
  }

  async #settle(view: Extract<View, { step: 'ready' | 'paying' }>, pay: () => Promise<PaymentStep<unknown>>) {
    const request = this.request;
    const input = this.renderRoot.querySelector<HTMLInputElement>('[data-testid="pay-pin"]')!;
    this.view = { step: 'paying', loaded: view.loaded };
    const step = await attempt(pay);
    if (!this.#open || this.request !== request) return;
    if (step.ok) return this.#finish({ status: 'paid', value: step.value });
    const { problem } = step;
    switch (problem.kind) {
      case 'wrong-pin':
      case 'locked-out':
      case 'network':
      case 'failed':
      case 'passkey-cancelled':
      case 'passkey-refused':
        if (problem.kind === 'wrong-pin') input.value = '';
        this.view = { step: 'ready', loaded: view.loaded, problem };
        await this.updateComplete;
        input.focus();
        return;
      case 'insufficient-funds':
        this.view = { step: 'short', loaded: { order: view.loaded.order, balance: problem.balance } };
        return;
      case 'signed-out':
        return this.#finish({ status: 'failed', problem });
      default:
        this.view = { step: 'stopped', problem, loaded: view.loaded };
    }
  }

  async #topUp() {
    const request = this.request;
    if (!request?.topUp || this.view.step !== 'short') return;
    await request.topUp().catch(() => undefined);
    if (this.#open && this.request === request) await this.#load();
  }

  /** Closes the sheet on its PIN problem, then lets the host show the PIN set-up. */
  #setUpPin() {
    const request = this.request;
    const view = this.view;
    if (!request?.setUpPin || view.step !== 'stopped') return;
    this.#finish({ status: 'failed', problem: view.problem });
    request.setUpPin();
  }

  /** Dismissing: a stopped or short sheet ends the payment with its problem; anything else is a cancel. */
  #dismiss() {
    const view = this.view;
    if (view.step === 'paying') return;
    if (view.step === 'stopped') return this.#finish({ status: 'failed', problem: view.problem });
    if (view.step === 'short') {
      const { order, balance } = view.loaded;
      return this.#finish({ status: 'failed', problem: { kind: 'insufficient-funds', balance, amount: order.amount } });
    }
    this.#finish({ status: 'cancelled' });
  }

  /**
   * The dialog closed while the sheet still waits for an outcome: not by `#finish`, but by the browser, which closes a
   * modal dialog on a second Escape without asking (`cancel` is not sent again until the citizen clicks or types). While
   * paying, the sheet comes back, since the payment goes on and its result is shown there; otherwise it is a dismissal,
   * so the app hears how the payment ended instead of waiting for ever.
   */
  #closedByBrowser() {
    const dialog = this.renderRoot.querySelector('dialog');
    // Closed by `#finish`, or open again for the next payment by the time this event is handled: nothing to do.
    if (!this.#open || !dialog || dialog.open) return;
    if (this.view.step === 'paying') dialog.showModal();
    else this.#dismiss();
  }

  #finish(outcome: PaymentSheetOutcome<unknown>) {
    const resolve = this.#resolve;
    this.#resolve = undefined;
    this.renderRoot.querySelector('dialog')?.close();
    resolve?.(outcome);
  }

  #problemText(problem: PaymentProblem | 'required', loaded?: Loaded): string {
    const p = t(this.lang).payProblems;
    if (problem === 'required') return p.required;
    switch (problem.kind) {
      case 'wrong-pin': return p.wrongPin(problem.triesLeft);
      case 'pin-locked': return p.pinLocked;
      case 'pin-not-set': return p.pinNotSet;
      case 'passkey-cancelled': return p.passkeyCancelled;
      case 'passkey-refused': return p.passkeyRefused;
      case 'locked-out': return p.lockedOut(minutes(problem.retryAfterSeconds));
      case 'insufficient-funds': return p.insufficient(formatVnd(problem.amount - problem.balance, this.lang));
      case 'expired': return p.expired;
      case 'order-cancelled': return p.orderCancelled;
      case 'already-paid': return p.alreadyPaid;
      case 'not-found': return p.notFound;
      case 'network': return loaded ? p.payNetwork : p.network;
      case 'signed-out': return p.failed('UNAUTHENTICATED');
      case 'failed': return p.failed(problem.code);
    }
  }

  #order(loaded: Loaded) {
    const s = t(this.lang);
    const { order, balance } = loaded;
    const expires = new Date(order.expiresAt);
    return html`
      <p class="amount" data-testid="pay-amount" aria-label="${s.payAmount}: ${formatVnd(order.amount, this.lang)}">${formatVnd(order.amount, this.lang)}</p>
      <dl>
        <dt>${s.payFor}</dt><dd class="description" data-testid="pay-description">${order.description}</dd>
        <dt>${s.payBalance}</dt><dd data-testid="pay-balance">${formatVnd(balance, this.lang)}</dd>
        ${Number.isNaN(expires.getTime()) ? nothing : html`<dt>${s.payExpires}</dt>
          <dd>${formatMoment(expires, this.lang)}</dd>`}
      </dl>`;
  }

  #form(view: Extract<View, { step: 'ready' | 'paying' }>) {
    const s = t(this.lang);
    const paying = view.step === 'paying';
    const problem = view.problem;
    const passkey = this.request?.passkey ? html`<button type="button" class="primary passkey" data-testid="pay-passkey" ?disabled=${paying}
        aria-busy=${paying ? 'true' : 'false'} @click=${() => void this.#payWithPasskey()}>${s.payWithPasskey(formatVnd(view.loaded.order.amount, this.lang))}</button>
      <p class="or">${s.payOrPin}</p>` : nothing;
    return html`${passkey}<form novalidate @submit=${(e: SubmitEvent) => void this.#pay(e)}>
      <label for="pin">${s.payPin}</label>
      <p class="hint" id="pin-hint">${s.payPinHint}</p>
      <input id="pin" name="pin" class="pin" type="password" data-testid="pay-pin" inputmode="numeric" pattern="[0-9]{6}" maxlength="6"
        autocomplete="off" autocapitalize="off" spellcheck="false"
        aria-describedby="pin-hint${problem ? ' pay-error' : ''}" aria-invalid=${problem === 'required' || problem?.kind === 'wrong-pin' ? 'true' : 'false'}
        ?disabled=${paying} required />
      ${problem ? html`<p class="problem" id="pay-error" role="alert" data-testid="pay-error">${this.#problemText(problem, view.loaded)}</p>` : nothing}
      <div class="actions">
        <button type="button" data-testid="pay-cancel" ?disabled=${paying} @click=${() => this.#dismiss()}>${s.payCancel}</button>
        <button type="submit" class="primary" data-testid="pay-confirm" ?disabled=${paying} aria-busy=${paying ? 'true' : 'false'}>
          ${paying ? s.paying : s.payConfirm(formatVnd(view.loaded.order.amount, this.lang))}</button>
      </div>
    </form>`;
  }

  #body() {
    const s = t(this.lang);
    const view = this.view;
    switch (view.step) {
      case 'loading':
        return html`<p class="status" role="status">${s.payLoading}</p>
          <div class="actions"><button data-testid="pay-cancel" @click=${() => this.#dismiss()}>${s.payCancel}</button></div>`;
      case 'ready':
      case 'paying':
        return html`${this.#order(view.loaded)}${this.#form(view)}`;
      case 'short': {
        const { order, balance } = view.loaded;
        return html`${this.#order(view.loaded)}
          <p class="problem" role="alert" data-testid="pay-error">${this.#problemText({ kind: 'insufficient-funds', balance, amount: order.amount })}</p>
          <div class="actions">
            <button data-testid="pay-cancel" @click=${() => this.#dismiss()}>${s.payCancel}</button>
            ${this.request?.topUp ? html`<button class="primary" data-testid="pay-topup" @click=${() => void this.#topUp()}>${s.payTopUp}</button>` : nothing}
          </div>`;
      }
      case 'stopped': {
        const retry = view.problem.kind === 'network' || view.problem.kind === 'failed';
        const pinSetUp = (view.problem.kind === 'pin-not-set' || view.problem.kind === 'pin-locked') && this.request?.setUpPin;
        return html`${view.loaded ? this.#order(view.loaded) : nothing}
          <p class="problem" role="alert" data-testid="pay-error" data-problem=${view.problem.kind}>${this.#problemText(view.problem)}</p>
          <div class="actions">
            <button data-testid="pay-cancel" @click=${() => this.#dismiss()}>${s.close}</button>
            ${retry ? html`<button class="primary" data-testid="pay-retry" @click=${() => void this.#load()}>${s.payRetry}</button>` : nothing}
            ${pinSetUp ? html`<button class="primary" data-testid="pay-setup-pin" @click=${() => this.#setUpPin()}>
              ${view.problem.kind === 'pin-locked' ? s.payResetPin : s.paySetUpPin}</button>` : nothing}
          </div>`;
      }
    }
  }

  /** The citizen's own anti-phishing words, once loaded: what no look-alike sheet drawn by an app can show. */
  #words() {
    const view = this.view;
    const words = view.step === 'loading' ? undefined : view.loaded?.antiPhishingWords;
    return words ? html`<p class="words" data-testid="pay-words">${t(this.lang).payWords}<strong>${words}</strong></p>` : nothing;
  }

  override render() {
    const request = this.request;
    if (!request) return html`<dialog></dialog>`;
    const { manifest } = request.app;
    const icon = manifest.icons[0]?.src;
    return html`
      <dialog data-testid="payment-sheet" data-step=${this.view.step} aria-labelledby="title" @keydown=${keepTabInside}
        @cancel=${(e: Event) => { e.preventDefault(); this.#dismiss(); }} @close=${() => this.#closedByBrowser()}>
        <div class="app">
          ${icon ? html`<img src=${icon} alt="" width="44" height="44" />` : nothing}
          <h2 id="title">${t(this.lang).payTo} <strong>${manifest.name[this.lang]}</strong></h2>
        </div>
        ${this.#words()}
        ${this.#body()}
      </dialog>
    `;
  }
}

/** Runs a step of the host's, turning a thrown error (a bug, not a refusal) into a problem. */
async function attempt<T>(run: () => Promise<PaymentStep<T>>): Promise<PaymentStep<T>> {
  try {
    return await run();
  } catch {
    return { ok: false, problem: { kind: 'failed', code: 'CLIENT' } };
  }
}

/**
 * A `PaymentSheetFn` that draws `<citadel-payment-sheet>` in `root`, one sheet at a time, in
 * the language `lang()` answers when it opens. Registers the element on its first call, so a host can load the
 * sheet only when a citizen pays (`@citadel/ui/define` leaves it out).
 */
export function createPaymentSheetFn(root: HTMLElement, lang: () => Lang): PaymentSheetFn {
  if (!customElements.get('citadel-payment-sheet')) customElements.define('citadel-payment-sheet', CitadelPaymentSheet);
  const draw = oneAtATime<CitadelPaymentSheet>(root, 'citadel-payment-sheet', lang);
  return <R>(request: PaymentSheetRequest<R>, signal?: AbortSignal) => draw((sheet) => sheet.open(request, signal));
}

import { LitElement, css, html, nothing } from 'lit';
import { AlertCategory, Severity, type AlertText, type PublishedAlert } from '@citadel/protocol/api';
import type { Lang } from '@citadel/ui';
import type { AccountStore } from '../account/account-store.js';
import { isApiError } from '../net/api-error.js';
import { errorText } from '../shared/error-text.js';
import { navigate } from '../shared/navigate.js';
import type { AlertInput, AlertsApi } from './api.js';
import { alertStrings } from './i18n.js';
import { alertPath } from './routes.js';
import { alertStyles } from './styles.js';

/** The longest an alert may stay in effect from the console, hours (a week). */
const MAX_HOURS = 168;

type Outcome = { readonly alert: PublishedAlert } | { readonly error: unknown };

/** `a, b ,, c` → `['a', 'b', 'c']`, repeats dropped. */
export const splitWards = (value: string): string[] => [...new Set(value.split(/[,;\n]/).map((w) => w.trim()).filter(Boolean))];

const text = (vi: string, en: string): AlertText => ({ vi: vi.trim(), ...(en.trim() ? { en: en.trim() } : {}) });

/**
 * The authority console: an alert typed in (sender, severity, category, headline, description
 * and instruction in Vietnamese and English, wards, hours in effect) or a CAP 1.2 file uploaded.
 * Either shows how many citizens it reached, or what the platform refused (the typed issues).
 *
 * @fires citadel-navigate - to the published alert.
 */
export class CitadelAlertPublish extends LitElement {
  static override properties = {
    api: { attribute: false },
    account: { attribute: false },
    lang: {},
    busy: { state: true },
    missing: { state: true },
    outcome: { state: true },
    capOutcome: { state: true },
  };

  static override styles = [alertStyles, css`
    form { margin-bottom: 24px; }
    fieldset { border: 0; padding: 0; margin: 0; display: grid; gap: 14px; min-width: 0; }
    .pair { display: grid; gap: 14px; grid-template-columns: minmax(0, 1fr); }
    @media (min-width: 520px) { .pair { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
    ul.issues { margin: 6px 0 0; padding-left: 20px; }
    code { overflow-wrap: anywhere; }
    input[type=file] { padding: 8px; }
  `];

  /** The alerts API. */
  declare api: AlertsApi | undefined;
  /** The citizen's account (for a session that ended elsewhere). */
  declare account: AccountStore | undefined;
  /** Language. Default `vi`. */
  declare lang: Lang;
  declare busy: boolean;
  /** Fields left empty (or out of range) at the last submit. */
  declare missing: ReadonlySet<string>;
  declare outcome: Outcome | undefined;
  declare capOutcome: Outcome | undefined;
  /** The alert being published and its one idempotency key, kept while the same alert is retried. */
  #intent: { text: string; key: string } | undefined;

  constructor() {
    super();
    this.lang = 'vi';
    this.busy = false;
    this.missing = new Set();
  }

  async #run(run: () => Promise<PublishedAlert>, set: (outcome: Outcome) => void) {
    if (!this.api || this.busy) return;
    this.busy = true;
    try {
      set({ alert: await run() });
    } catch (error) {
      if (isApiError(error, 'UNAUTHENTICATED')) this.account?.signedOut();
      set({ error });
    } finally {
      this.busy = false;
    }
  }

  #submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const v = Object.fromEntries([...new FormData(form)].map(([k, x]) => [k, typeof x === 'string' ? x : ''])) as Record<string, string>;
    const get = (name: string) => (v[name] ?? '').trim();
    const hours = Number(get('hours'));
    const wards = splitWards(get('wards'));
    const missing = new Set(['sender', 'headlineVi', 'descriptionVi'].filter((name) => get(name) === ''));
    if (wards.length === 0) missing.add('wards');
    if (!Number.isFinite(hours) || hours < 1 || hours > MAX_HOURS) missing.add('hours');
    this.missing = missing;
    this.outcome = undefined;
    if (missing.size > 0) {
      void this.updateComplete.then(() => form.querySelector<HTMLElement>(`[name="${[...missing][0]}"]`)?.focus());
      return;
    }
    const instruction = get('instructionVi') ? { instruction: text(get('instructionVi'), get('instructionEn')) } : {};
    const input: AlertInput = {
      sender: get('sender'),
      severity: get('severity') as Severity,
      category: get('category') as AlertCategory,
      headline: text(get('headlineVi'), get('headlineEn')),
      description: text(get('descriptionVi'), get('descriptionEn')),
      ...instruction,
      area: { description: get('area') || wards.join(', '), wards, polygons: [] },
      expiresAt: new Date(Date.now() + hours * 3_600_000).toISOString(),
    };
    // One key per intent: a retry of the same alert (a lost answer, a double tap) publishes it once.
    const intent = JSON.stringify({ ...input, expiresAt: hours });
    if (this.#intent?.text !== intent) this.#intent = { text: intent, key: crypto.randomUUID() };
    const { key } = this.#intent;
    void this.#run(() => this.api!.publish(input, key), (outcome) => {
      this.outcome = outcome;
      // Published: the next alert, even with the same words, is a new one.
      if ('alert' in outcome) this.#intent = undefined;
    });
  }

  #uploadCap(event: SubmitEvent) {
    event.preventDefault();
    const file = (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('input[type=file]')?.files?.[0];
    if (!file) {
      this.capOutcome = { error: 'pick' };
      return;
    }
    void this.#run(async () => this.api!.publishCap(await file.text()), (outcome) => { this.capOutcome = outcome; });
  }

  #field(name: string, label: string, control: unknown, hint?: string) {
    const s = alertStrings(this.lang);
    const problem = this.missing.has(name) ? (name === 'hours' ? s.hours : s.required) : undefined;
    return html`<div class="field"><label for=${name}>${label}</label>${control}
      ${hint ? html`<p class="hint" id="${name}-hint">${hint}</p>` : nothing}
      ${problem ? html`<p class="problem" data-testid="publish-${name}-problem">${problem}</p>` : nothing}</div>`;
  }

  #input(name: string, testid: string, options: { maxlength: number; value?: string; type?: string }) {
    return html`<input id=${name} name=${name} data-testid=${testid} type=${options.type ?? 'text'} maxlength=${options.maxlength}
      .value=${options.value ?? ''} aria-invalid=${this.missing.has(name) ? 'true' : 'false'} autocomplete="off" />`;
  }

  #textarea(name: string, testid: string, maxlength: number) {
    return html`<textarea id=${name} name=${name} data-testid=${testid} maxlength=${maxlength}
      aria-invalid=${this.missing.has(name) ? 'true' : 'false'}></textarea>`;
  }

  #outcome(outcome: Outcome | undefined, testid: string, invalidText: string) {
    const s = alertStrings(this.lang);
    if (!outcome) return nothing;
    if ('alert' in outcome) {
      const { alert } = outcome;
      return html`<p class="success" role="status" data-testid="${testid}-result" data-recipients=${alert.recipients}>
        ${s.published} ${s.recipients(alert.recipients)}.
        <button type="button" class="link" data-testid="${testid}-open" @click=${() => navigate(this, alertPath(alert.id))}>${s.details}</button></p>`;
    }
    if (outcome.error === 'pick') return html`<p class="error" role="alert" data-testid="${testid}-error">${s.capPick}</p>`;
    const issues = isApiError(outcome.error) ? outcome.error.issues : [];
    return html`<div class="error" role="alert" data-testid="${testid}-error">
      ${issues.length ? html`${invalidText}<ul class="issues" data-testid="${testid}-issues">${issues.map((i) => html`<li><code>${i.path || '—'}</code>: ${i.message}</li>`)}</ul>`
        : errorText(outcome.error, this.lang)}
    </div>`;
  }

  override render() {
    const s = alertStrings(this.lang);
    const select = (name: string, testid: string, values: readonly string[], names: Record<string, string>, value: string) =>
      html`<select id=${name} name=${name} data-testid=${testid}>${values.map((x) => html`<option value=${x} ?selected=${x === value}>${names[x]}</option>`)}</select>`;
    return html`
      <p class="hint">${s.publishIntro}</p>
      <form novalidate data-testid="publish-form" @submit=${(e: SubmitEvent) => this.#submit(e)}>
        <fieldset ?disabled=${this.busy}>
          ${this.#field('sender', s.senderLabel, this.#input('sender', 'publish-sender', { maxlength: 200 }))}
          <div class="pair">
            ${this.#field('severity', s.severity, select('severity', 'publish-severity', Severity.options, s.severities, 'severe'))}
            ${this.#field('category', s.category, select('category', 'publish-category', AlertCategory.options, s.categories, 'weather'))}
          </div>
          <div class="pair">
            ${this.#field('headlineVi', s.headlineVi, this.#input('headlineVi', 'publish-headline-vi', { maxlength: 200 }))}
            ${this.#field('headlineEn', s.headlineEn, this.#input('headlineEn', 'publish-headline-en', { maxlength: 200 }))}
          </div>
          <div class="pair">
            ${this.#field('descriptionVi', s.descriptionVi, this.#textarea('descriptionVi', 'publish-description-vi', 4000))}
            ${this.#field('descriptionEn', s.descriptionEn, this.#textarea('descriptionEn', 'publish-description-en', 4000))}
          </div>
          <div class="pair">
            ${this.#field('instructionVi', s.instructionVi, this.#textarea('instructionVi', 'publish-instruction-vi', 2000))}
            ${this.#field('instructionEn', s.instructionEn, this.#textarea('instructionEn', 'publish-instruction-en', 2000))}
          </div>
          ${this.#field('wards', s.wardsLabel, this.#input('wards', 'publish-wards', { maxlength: 4000 }), s.wardsHint)}
          ${this.#field('area', s.areaLabel, this.#input('area', 'publish-area', { maxlength: 500 }))}
          ${this.#field('hours', s.expiresIn, html`<input id="hours" name="hours" data-testid="publish-hours" type="number" inputmode="numeric"
            min="1" max=${MAX_HOURS} step="1" .value=${'6'} aria-invalid=${this.missing.has('hours') ? 'true' : 'false'} />`)}
          ${this.#outcome(this.outcome, 'publish', s.invalid)}
          <button class="primary" type="submit" data-testid="publish-submit">${this.busy ? s.working : s.send}</button>
        </fieldset>
      </form>
      <form novalidate data-testid="cap-form" @submit=${(e: SubmitEvent) => this.#uploadCap(e)}>
        <fieldset ?disabled=${this.busy}>
          ${this.#field('cap', s.cap, html`<input id="cap" type="file" data-testid="cap-file" accept=".xml,.cap,application/xml,text/xml,application/cap+xml"
            aria-describedby="cap-hint" />`, s.capHint)}
          ${this.#outcome(this.capOutcome, 'cap', s.capInvalid)}
          <button type="submit" data-testid="cap-submit">${s.capSend}</button>
        </fieldset>
      </form>
    `;
  }
}

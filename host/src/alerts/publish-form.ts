import { LitElement, css, html, nothing } from 'lit';
import { AlertCategory, Severity, type AlertText, type PublishedAlert } from '@citadel/protocol/api';
import type { Lang } from '@citadel/ui';
import type { AccountStore } from '../account/account-store.js';
import { isApiError } from '@citadel/api-client';
import { errorText } from '../shared/error-text.js';
import { navigate } from '../shared/navigate.js';
import type { AlertInput, AlertsApi } from './api.js';
import { alertStrings } from './i18n.js';
import { reachKey, reachLine, type Reach } from './reach-line.js';
import { alertPath } from './routes.js';
import { alertStyles } from './styles.js';

/** The longest an alert may stay in effect from the console, hours (a week). */
const MAX_HOURS = 168;

type Outcome = { readonly alert: PublishedAlert } | { readonly error: unknown };

/** How long the console waits after the area changes before counting its reach, ms. */
const REACH_DEBOUNCE_MS = 400;

/** `a, b ,, c` → `['a', 'b', 'c']`, repeats dropped. */
export const splitWards = (value: string): string[] => [...new Set(value.split(/[,;\n]/).map((w) => w.trim()).filter(Boolean))];

const text = (vi: string, en: string): AlertText => ({ vi: vi.trim(), ...(en.trim() ? { en: en.trim() } : {}) });

/**
 * The authority console: an alert typed in (sender, severity, category, headline, description
 * and instruction in Vietnamese and English, the whole city or wards, hours in effect) or a CAP 1.2
 * file uploaded. Before sending it shows the expected reach of the area (`POST /api/alerts/reach`);
 * a reach of 0 is an amber warning that must be confirmed, never a success. After sending it shows
 * how many citizens the alert reached (amber again when none), or what the platform refused.
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
    wholeCity: { state: true },
    reach: { state: true },
    zeroWarning: { state: true },
  };

  static override styles = [alertStyles, css`
    form { margin-bottom: 24px; }
    fieldset { border: 0; padding: 0; margin: 0; display: grid; gap: 14px; min-width: 0; }
    .pair { display: grid; gap: 14px; grid-template-columns: minmax(0, 1fr); }
    @media (min-width: 520px) { .pair { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
    ul.issues { margin: 6px 0 0; padding-left: 20px; }
    code { overflow-wrap: anywhere; }
    input[type=file] { padding: 8px; }
    .warning { padding: 10px 12px; border-radius: 10px; margin: 0; border-inline-start: 4px solid #b06000;
      background: color-mix(in srgb, #f9ab00 22%, transparent); display: grid; gap: 8px; }
    .check { display: flex; gap: 10px; align-items: center; min-height: 44px; font-weight: 600; }
    .check input { width: 24px; min-height: 24px; height: 24px; flex: none; accent-color: var(--accent); }
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
  /** Whether the alert targets the whole city (the wards field is then not used). */
  declare wholeCity: boolean;
  /** The expected reach of the area as typed. */
  declare reach: Reach | undefined;
  /** The area (as JSON) whose reach of 0 is shown as a warning awaiting confirmation. */
  declare zeroWarning: string | undefined;
  /** The area (as JSON) the authority confirmed sending to although it reaches nobody. */
  #confirmedZero: string | undefined;
  #reachTimer: ReturnType<typeof setTimeout> | undefined;
  /** The alert being published and its one idempotency key, kept while the same alert is retried. */
  #intent: { text: string; key: string } | undefined;

  constructor() {
    super();
    this.lang = 'vi';
    this.busy = false;
    this.missing = new Set();
    this.wholeCity = false;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.#reachTimer);
  }

  /** The area the form describes, or undefined when it names none. */
  #areaOf(form: HTMLFormElement): AlertInput['area'] | undefined {
    const wards = this.wholeCity ? [] : splitWards(String(new FormData(form).get('wards') ?? ''));
    const description = String(new FormData(form).get('area') ?? '').trim();
    if (!this.wholeCity && wards.length === 0) return undefined;
    const s = alertStrings(this.lang);
    return { description: description || (this.wholeCity ? s.wholeCityArea : wards.join(', ')), ...(this.wholeCity ? { wholeCity: true } : {}), wards, polygons: [] };
  }

  /**
   * Counts the reach of `area` (the last one asked wins), or reuses the count shown unless `fresh`;
   * resolves with the count, or undefined when it could not be counted.
   */
  async #count(area: AlertInput['area'], fresh = false): Promise<number | undefined> {
    const key = reachKey(area);
    if (!fresh && this.reach?.key === key && this.reach.count !== undefined) return this.reach.count;
    this.reach = { key };
    try {
      const count = await this.api!.reach(area);
      if (this.reach?.key === key) this.reach = { key, count };
      return count;
    } catch (error) {
      if (isApiError(error, 'UNAUTHENTICATED')) this.account?.signedOut();
      if (this.reach?.key === key) this.reach = { key, error };
      return undefined;
    }
  }

  /** The area changed: count its reach once typing pauses. */
  #areaChanged(event: Event) {
    const form = (event.currentTarget as HTMLElement).closest('form')!;
    this.zeroWarning = undefined;
    clearTimeout(this.#reachTimer);
    this.#reachTimer = setTimeout(() => {
      const area = this.#areaOf(form);
      if (area && this.api) void this.#count(area);
      else this.reach = undefined;
    }, REACH_DEBOUNCE_MS);
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
    const area = this.#areaOf(form);
    const missing = new Set(['sender', 'headlineVi', 'descriptionVi'].filter((name) => get(name) === ''));
    if (!area) missing.add('wards');
    if (!Number.isFinite(hours) || hours < 1 || hours > MAX_HOURS) missing.add('hours');
    this.missing = missing;
    this.outcome = undefined;
    if (missing.size > 0 || !area) {
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
      area,
      expiresAt: new Date(Date.now() + hours * 3_600_000).toISOString(),
    };
    // One key per intent: a retry of the same alert (a lost answer, a double tap) publishes it once.
    const intent = JSON.stringify({ ...input, expiresAt: hours });
    if (this.#intent?.text !== intent) this.#intent = { text: intent, key: crypto.randomUUID() };
    const { key } = this.#intent;
    void this.#publish(input, key);
  }

  /** Publishes `input`, unless its area reaches nobody and the authority has not confirmed that. */
  async #publish(input: AlertInput, key: string) {
    if (!this.api || this.busy) return;
    const areaKey = reachKey(input.area);
    if (this.#confirmedZero !== areaKey) {
      this.busy = true;
      // Counted again at sending: citizens may have declared wards since the preview.
      const count = await this.#count(input.area, true);
      this.busy = false;
      if (count === 0) {
        this.zeroWarning = areaKey;
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-testid="publish-confirm-zero"]')?.focus());
        return;
      }
    }
    this.zeroWarning = undefined;
    await this.#run(() => this.api!.publish(input, key), (outcome) => {
      this.outcome = outcome;
      // Published: the next alert, even with the same words, is a new one.
      if ('alert' in outcome) {
        this.#intent = undefined;
        this.#confirmedZero = undefined;
      }
    });
  }

  #confirmZero(event: Event) {
    this.#confirmedZero = this.zeroWarning;
    (event.currentTarget as HTMLElement).closest('form')?.requestSubmit();
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
      // Reaching nobody is not a success: amber, and says so.
      return html`<p class=${alert.recipients === 0 ? 'warning' : 'success'} role="status" data-testid="${testid}-result" data-recipients=${alert.recipients}>
        ${alert.recipients === 0 ? s.publishedZero : html`${s.published} ${s.recipients(alert.recipients)}.`}
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
          <label class="check"><input type="checkbox" name="wholeCity" data-testid="publish-whole-city" .checked=${this.wholeCity}
            @change=${(e: Event) => { this.wholeCity = (e.target as HTMLInputElement).checked; this.#areaChanged(e); }} />${s.wholeCity}</label>
          ${this.wholeCity ? nothing : this.#field('wards', s.wardsLabel, html`<input id="wards" name="wards" data-testid="publish-wards" maxlength="4000"
            aria-invalid=${this.missing.has('wards') ? 'true' : 'false'} autocomplete="off" @input=${(e: Event) => this.#areaChanged(e)} />`, s.wardsHint)}
          ${reachLine(this.reach, this.lang)}
          ${this.#field('area', s.areaLabel, this.#input('area', 'publish-area', { maxlength: 500 }))}
          ${this.#field('hours', s.expiresIn, html`<input id="hours" name="hours" data-testid="publish-hours" type="number" inputmode="numeric"
            min="1" max=${MAX_HOURS} step="1" .value=${'6'} aria-invalid=${this.missing.has('hours') ? 'true' : 'false'} />`)}
          ${this.zeroWarning ? html`<div class="warning" role="alert" data-testid="publish-zero-warning">${s.reachZero}
            <button type="button" data-testid="publish-confirm-zero" @click=${(e: Event) => this.#confirmZero(e)}>${s.confirmZero}</button></div>` : nothing}
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

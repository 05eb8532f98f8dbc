import { LitElement, css, html, nothing } from 'lit';
import type { CallOutcome, Permission } from '@citadel/protocol';
import type { Grant } from '@citadel/runtime';
import type { Lang } from '@citadel/ui';
import type { Decision } from './providers.js';
import { words } from './strings.js';

/** One answered call, as the inspector lists it. */
export interface InspectedCall {
  readonly n: number;
  readonly method: string;
  readonly params: unknown;
  readonly outcome: CallOutcome;
  readonly durationMs: number;
}

const json = (value: unknown) => {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
};

/**
 * The bridge inspector beside the frame: every call (method, params, result or error code, duration), the citizen's
 * permission decisions, the grants remembered now, and a log of host events and webhooks.
 */
export class CitadelDevInspector extends LitElement {
  static override properties = {
    lang: {},
    calls: { attribute: false },
    decisions: { attribute: false },
    grants: { attribute: false },
    log: { attribute: false },
  };

  static override styles = css`
    :host { display: block; font: 14px/1.4 system-ui, sans-serif; overflow: auto; }
    h2 { font-size: 1rem; margin: 16px 0 8px; }
    ol { list-style: none; margin: 0; padding: 0; }
    li { border-bottom: 1px solid color-mix(in srgb, CanvasText 12%, transparent); padding: 4px 0; }
    summary { cursor: pointer; display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
    .method { font-family: ui-monospace, monospace; font-weight: 600; }
    .ok { color: #137333; }
    .error { color: #b3261e; font-weight: 600; }
    .ms { color: color-mix(in srgb, CanvasText 60%, transparent); margin-left: auto; font-variant-numeric: tabular-nums; }
    pre { margin: 4px 0; padding: 8px; background: color-mix(in srgb, CanvasText 6%, Canvas); overflow: auto; max-height: 240px; font-size: 12px; }
    .empty { color: color-mix(in srgb, CanvasText 60%, transparent); }
  `;

  declare lang: Lang;
  declare calls: readonly InspectedCall[];
  declare decisions: readonly Decision[];
  declare grants: ReadonlyArray<{ permission: Permission; grant: Grant }>;
  declare log: readonly string[];

  constructor() {
    super();
    this.lang = 'vi';
    this.calls = [];
    this.decisions = [];
    this.grants = [];
    this.log = [];
  }

  #call(call: InspectedCall) {
    const s = words(this.lang);
    const code = call.outcome.ok ? 'ok' : call.outcome.error.code;
    return html`<li data-testid="call" data-method=${call.method} data-outcome=${code}>
      <details>
        <summary>
          <span class="method">${call.method}</span>
          <span class=${call.outcome.ok ? 'ok' : 'error'} data-testid="call-outcome">${call.outcome.ok ? '✓' : code}</span>
          <span class="ms" data-testid="call-duration">${call.durationMs.toFixed(0)} ms</span>
        </summary>
        <strong>${s.params}</strong><pre data-testid="call-params">${json(call.params)}</pre>
        <strong>${s.result}</strong><pre data-testid="call-result">${json(call.outcome.ok ? call.outcome.value : call.outcome.error)}</pre>
      </details>
    </li>`;
  }

  override render() {
    const s = words(this.lang);
    return html`
      <h2>${s.calls} (${this.calls.at(-1)?.n ?? 0})</h2>
      ${this.calls.length === 0 ? html`<p class="empty">${s.noCalls}</p>` : html`<ol>${[...this.calls].reverse().map((call) => this.#call(call))}</ol>`}
      <h2>${s.decisions}</h2>
      ${this.decisions.length === 0 ? html`<p class="empty">${s.noDecisions}</p>` : html`<ol>${this.decisions.map((d) => html`
        <li data-testid="decision" data-permission=${d.permission} data-granted=${String(d.granted)}>
          <span class="method">${d.permission}</span>: ${d.granted ? s.granted : s.denied}${d.remember ? ` (${s.remembered})` : ''}
          ${d.claims?.length ? html` · ${d.claims.join(', ')}` : nothing}
        </li>`)}</ol>`}
      <h2>${s.grantsNow}</h2>
      <p data-testid="grants">${this.grants.length === 0 ? s.none : this.grants.map(({ permission, grant }) => `${permission}: ${grant.granted ? s.granted : s.denied}`).join(' · ')}</p>
      <h2>${s.log}</h2>
      <ol data-testid="log">${this.log.map((line) => html`<li>${line}</li>`)}</ol>
    `;
  }
}

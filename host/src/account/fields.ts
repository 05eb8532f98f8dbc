import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** One labelled input of an account form. */
export interface FieldOptions {
  /** The input's `name` and `id` (unique inside the form's shadow root). */
  readonly name: string;
  readonly label: string;
  readonly testid: string;
  readonly autocomplete: string;
  /** Default `text`. */
  readonly type?: 'text' | 'tel' | 'password' | 'date';
  readonly inputmode?: 'text' | 'tel' | 'numeric';
  readonly maxlength?: number;
  /** For dates: the latest allowed, `YYYY-MM-DD`. */
  readonly max?: string;
  /** Always-visible rule or example under the label. */
  readonly hint?: string;
  /** The problem to show, already in the citizen's language. */
  readonly problem?: string | undefined;
  /** `words` for names. Default `off`. */
  readonly autocapitalize?: 'off' | 'words';
}

const describedBy = (o: FieldOptions) =>
  [o.hint ? `${o.name}-hint` : '', o.problem ? `${o.name}-problem` : ''].filter(Boolean).join(' ') || undefined;

const input = (o: FieldOptions) => html`<input id=${o.name} name=${o.name} type=${o.type ?? 'text'} data-testid=${o.testid}
  autocomplete=${o.autocomplete} inputmode=${ifDefined(o.inputmode)} maxlength=${ifDefined(o.maxlength)} max=${ifDefined(o.max)}
  aria-invalid=${o.problem ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy(o))} autocapitalize=${o.autocapitalize ?? 'off'} spellcheck="false" />`;

const notes = (o: FieldOptions) => html`
  ${o.hint ? html`<p class="hint" id="${o.name}-hint">${o.hint}</p>` : nothing}
  ${o.problem ? html`<p class="problem" id="${o.name}-problem" data-testid="${o.testid}-problem">${o.problem}</p>` : nothing}`;

/** A label, an input, its hint and its problem. */
export const field = (o: FieldOptions) => html`<div class="field"><label for=${o.name}>${o.label}</label>${input(o)}${notes(o)}</div>`;

/** A password field with a button that shows or hides what was typed. */
export function passwordField(o: FieldOptions & {
  readonly visible: boolean;
  readonly onToggle: () => void;
  readonly strings: { readonly show: string; readonly hide: string; readonly showPassword: string; readonly hidePassword: string };
}) {
  return html`<div class="field">
    <label for=${o.name}>${o.label}</label>
    <div class="with-toggle">
      ${input({ ...o, type: o.visible ? 'text' : 'password' })}
      <button type="button" data-testid="${o.testid}-toggle" aria-controls=${o.name}
        aria-label=${o.visible ? o.strings.hidePassword : o.strings.showPassword} @click=${o.onToggle}>${o.visible ? o.strings.hide : o.strings.show}</button>
    </div>
    ${notes(o)}
  </div>`;
}

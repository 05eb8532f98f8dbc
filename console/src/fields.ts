import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** One labelled input. */
export interface FieldOptions {
  /** The input's `name` and `id`, unique in its screen. */
  readonly name: string;
  readonly label: string;
  readonly testid: string;
  /** Default `text`. */
  readonly type?: 'text' | 'tel' | 'password' | 'number';
  readonly autocomplete?: string;
  readonly inputmode?: 'text' | 'tel' | 'numeric';
  readonly maxlength?: number;
  readonly min?: number;
  readonly max?: number;
  /** The value it starts with. Default empty. */
  readonly value?: string;
  /** A rule or an example, always shown under the label. */
  readonly hint?: string;
  /** What is wrong with the value, in the person's language. */
  readonly problem?: string | undefined;
}

const describedBy = (name: string, hint: string | undefined, problem: string | undefined) =>
  [hint ? `${name}-hint` : '', problem ? `${name}-problem` : ''].filter(Boolean).join(' ') || undefined;

const notes = (name: string, testid: string, hint: string | undefined, problem: string | undefined) => html`
  ${hint ? html`<p class="hint" id="${name}-hint">${hint}</p>` : nothing}
  ${problem ? html`<p class="problem" id="${name}-problem" data-testid="${testid}-problem">${problem}</p>` : nothing}`;

/** A label, an input, its hint and its problem, tied together for screen readers. */
export const field = (o: FieldOptions): TemplateResult => html`<div class="field">
  <label for=${o.name}>${o.label}</label>
  <input id=${o.name} name=${o.name} type=${o.type ?? 'text'} data-testid=${o.testid} .value=${o.value ?? ''}
    autocomplete=${o.autocomplete ?? 'off'} inputmode=${ifDefined(o.inputmode)} maxlength=${ifDefined(o.maxlength)}
    min=${ifDefined(o.min)} max=${ifDefined(o.max)} spellcheck="false" autocapitalize="off"
    aria-invalid=${o.problem ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy(o.name, o.hint, o.problem))} />
  ${notes(o.name, o.testid, o.hint, o.problem)}
</div>`;

/** A labelled file input, its hint and its problem. */
export const fileField = (o: { name: string; label: string; testid: string; accept: string; hint?: string; problem?: string | undefined }) =>
  html`<div class="field">
    <label for=${o.name}>${o.label}</label>
    <input id=${o.name} name=${o.name} type="file" accept=${o.accept} data-testid=${o.testid}
      aria-invalid=${o.problem ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy(o.name, o.hint, o.problem))} />
    ${notes(o.name, o.testid, o.hint, o.problem)}
  </div>`;

/** A labelled select of `options` (`[value, label]`). */
export const selectField = (o: { name: string; label: string; testid: string; options: ReadonlyArray<readonly [string, string]>; value?: string }) =>
  html`<div class="field">
    <label for=${o.name}>${o.label}</label>
    <select id=${o.name} name=${o.name} data-testid=${o.testid}>
      ${o.options.map(([value, label]) => html`<option value=${value} ?selected=${value === o.value}>${label}</option>`)}
    </select>
  </div>`;

/** A labelled multi-line input. */
export const textArea = (o: { name: string; label: string; testid: string; maxlength: number; problem?: string | undefined }) =>
  html`<div class="field">
    <label for=${o.name}>${o.label}</label>
    <textarea id=${o.name} name=${o.name} data-testid=${o.testid} maxlength=${o.maxlength}
      aria-invalid=${o.problem ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy(o.name, undefined, o.problem))}></textarea>
    ${notes(o.name, o.testid, undefined, o.problem)}
  </div>`;

/** A failure, announced: `role="alert"` reads it out when it appears. */
export const failureBox = (text: string | undefined, testid: string) =>
  (text === undefined ? nothing : html`<p class="error" role="alert" data-testid=${testid}>${text}</p>`);

/** A success, announced politely. */
export const noticeBox = (text: string | undefined, testid: string) =>
  (text === undefined ? nothing : html`<p class="ok" role="status" data-testid=${testid}>${text}</p>`);

/** The text fields of a submitted form, by name, as typed (a password keeps its spaces); stops the page from reloading. */
export function formValues(event: SubmitEvent): Record<string, string> {
  event.preventDefault();
  const data = new FormData(event.target as HTMLFormElement);
  const values: Record<string, string> = {};
  for (const [name, value] of data) if (typeof value === 'string') values[name] = value;
  return values;
}

import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import type { Lang } from '@citadel/ui';
import { isApiError } from '@citadel/api-client';
import { errorText } from '../shared/error-text.js';
import { formStyles } from '../shared/form-styles.js';
import type { AccountStore } from './account-store.js';
import { accountStrings } from './i18n.js';
import type { FieldProblem } from './validate.js';

/**
 * What every account form shares: the store it acts on, the language, a busy flag that keeps a
 * slow network from sending twice, per-field problems found before sending, and the server's
 * refusal turned into the citizen's language. `F` names the form's fields.
 */
export abstract class AccountForm<F extends string> extends LitElement {
  static override properties: PropertyDeclarations = {
    account: { attribute: false },
    lang: {},
    busy: { state: true },
    failure: { state: true },
    problems: { state: true },
    showPassword: { state: true },
  };

  static override styles = formStyles;

  /** The account store the form acts on. */
  declare account: AccountStore | undefined;
  /** Language of the form. Default `vi`. */
  declare lang: Lang;
  declare busy: boolean;
  declare failure: unknown;
  declare problems: Partial<Record<F, FieldProblem>>;
  /** Whether the form's password field shows what was typed. Default false. */
  declare showPassword: boolean;

  constructor() {
    super();
    this.lang = 'vi';
    this.busy = false;
    this.failure = undefined;
    this.problems = {};
    this.showPassword = false;
  }

  /**
   * Handles a submit: reads the fields, shows `check`'s problems (focusing the first), or runs
   * `run` once and shows its failure.
   */
  protected async submit(
    event: SubmitEvent,
    check: (values: Record<F, string>) => Record<F, FieldProblem | undefined>,
    run: (values: Record<F, string>, account: AccountStore) => Promise<void>,
  ) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (this.busy || !this.account) return;
    const values = Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, typeof v === 'string' ? v : ''])) as Record<F, string>;
    const problems = check(values);
    this.problems = Object.fromEntries(Object.entries(problems).filter(([, p]) => p !== undefined)) as Partial<Record<F, FieldProblem>>;
    this.failure = undefined;
    const first = Object.keys(this.problems)[0];
    if (first !== undefined) {
      await this.updateComplete;
      form.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    this.busy = true;
    try {
      await run(values, this.account);
    } catch (error) {
      this.failure = error;
      // The server's own checks name the fields they refused: mark those fields too.
      if (isApiError(error, 'INVALID_PARAMS')) {
        const named = error.issues.map((i) => i.path).filter((p): p is F => Object.hasOwn(values, p));
        this.problems = Object.fromEntries(named.map((p) => [p, 'invalid'])) as Partial<Record<F, FieldProblem>>;
      }
    } finally {
      this.busy = false;
    }
  }

  /** The problem of `name` in the citizen's language. */
  protected problemText(name: F): string | undefined {
    const problem = this.problems[name];
    return problem ? accountStrings(this.lang).problems[problem] : undefined;
  }

  /** The server's refusal, announced. */
  protected failureText(testid: string) {
    return this.failure === undefined ? nothing : html`<p class="error" role="alert" data-testid=${testid}>${errorText(this.failure, this.lang)}</p>`;
  }
}

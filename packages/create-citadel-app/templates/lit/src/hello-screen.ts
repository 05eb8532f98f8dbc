import type { Client } from '@citadel/sdk';
import { css, html, LitElement } from 'lit';
import { signInStatus } from './sign-in.js';
import { wordsFor } from './words.js';

/** The first screen: a greeting in the host's language and a sign-in button. */
export class HelloScreen extends LitElement {
  static override properties = { status: { state: true }, busy: { state: true } };

  static override styles = css`
    :host { display: block; padding: 16px; font-family: system-ui, sans-serif; }
    button { min-height: 44px; padding: 0 16px; font: inherit; }
  `;

  declare status: string;
  declare busy: boolean;
  readonly #client: Client;
  readonly #backendOrigin: string | undefined;

  constructor(client: Client, backendOrigin: string | undefined) {
    super();
    this.#client = client;
    this.#backendOrigin = backendOrigin;
    this.status = '';
    this.busy = false;
  }

  async #signIn(): Promise<void> {
    this.busy = true;
    this.status = wordsFor(this.#client.context.lang).signingIn;
    this.status = await signInStatus(this.#client, this.#backendOrigin);
    this.busy = false;
  }

  override render() {
    const words = wordsFor(this.#client.context.lang);
    return html`
      <h1>${words.hello}</h1>
      <button type="button" ?disabled=${this.busy} @click=${() => this.#signIn()}>${words.signIn}</button>
      <p role="status">${this.status}</p>
    `;
  }
}

if (!customElements.get('hello-screen')) customElements.define('hello-screen', HelloScreen);

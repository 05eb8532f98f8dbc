import { CREDENTIAL_LIMITS, developerRoutes as routes, type Credential } from '@citadel/protocol/api';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { AppSettingsScreen } from './app-settings-screen.js';
import { formatMoment } from '@citadel/sdk/format';
import { shownOnceBox } from './shown-once.js';

/**
 * An app's client secrets (docs/credentials-and-webhooks.md): each client id with its state, when it was created,
 * expires or was revoked and last used; a new secret, shown once (at most two active, the other optionally expiring a
 * day later); and revoking one at once.
 */
export class ConsoleCredentialsScreen extends AppSettingsScreen {
  static override properties: PropertyDeclarations = { ...AppSettingsScreen.properties, credentials: { state: true }, issued: { state: true } };
  declare credentials: Credential[];
  /** The secret just issued, shown until the screen is left. */
  declare issued: { clientId: string; clientSecret: string } | undefined;

  constructor() {
    super();
    this.credentials = [];
  }

  protected heading() {
    return this.s.credentialsTitle(this.appId);
  }

  protected async load() {
    this.credentials = (await this.ctx.call(routes.credentials, { params: { appId: this.appId } })).credentials;
  }

  async #create(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const expireOthers = (form.elements.namedItem('expireOthers') as HTMLInputElement).checked;
    await this.act('create', async () => {
      const { credential, clientSecret } = await this.ctx.call(routes.createCredential, { params: { appId: this.appId }, body: { expireOthers } });
      this.issued = { clientId: credential.clientId, clientSecret };
      form.reset();
      await this.load();
      return this.s.credentialCreated(credential.clientId);
    });
  }

  async #revoke(clientId: string) {
    await this.act('revoke', async () => {
      await this.ctx.call(routes.revokeCredential, { params: { appId: this.appId, clientId } });
      if (this.issued?.clientId === clientId) this.issued = undefined;
      await this.load();
      return this.s.revoked(clientId);
    });
  }

  #credential(c: Credential) {
    const s = this.s;
    const at = (iso: string) => formatMoment(iso, this.ctx.lang);
    return html`<li data-testid="credential-item" data-client-id=${c.clientId}>
      <h3><code>${c.clientId}</code></h3>
      <p class="row"><span class="badge ${c.state === 'active' ? 'approved' : 'rejected'}" data-testid="credential-state">${s.credentialStates[c.state]}</span>
        <span class="meta">${s.createdAt(at(c.createdAt))}</span></p>
      <p class="meta">${c.revokedAt !== null ? s.revokedAt(at(c.revokedAt)) : c.expiresAt !== null ? s.expiresAt(at(c.expiresAt)) : nothing}</p>
      <p class="meta">${c.lastUsedAt === null ? s.neverUsed : s.lastUsed(at(c.lastUsedAt))}</p>
      ${c.state !== 'active' ? nothing : html`<p class="actions"><button type="button" data-testid="credential-revoke" aria-label=${s.revokeLabel(c.clientId)}
        ?disabled=${this.busy !== undefined} @click=${() => void this.#revoke(c.clientId)}>${s.revoke}</button></p>`}
    </li>`;
  }

  protected renderLoaded() {
    const s = this.s;
    const issued = this.issued;
    return html`${this.backToApp()}
      <p>${s.credentialsIntro(CREDENTIAL_LIMITS.activeSecrets)}</p>
      ${issued === undefined ? nothing : shownOnceBox(s, [[s.clientId, issued.clientId], [s.clientSecret, issued.clientSecret]], 'new-secret')}
      <section aria-labelledby="create-title">
        <form novalidate data-testid="credential-form" @submit=${(e: SubmitEvent) => void this.#create(e)}>
          <h2 id="create-title">${s.newCredential}</h2>
          <label class="choice"><input type="checkbox" name="expireOthers" data-testid="credential-expire-others" />${s.expireOthers}</label>
          ${this.failureOf('create', 'credential-error')}${this.noticeOf('create', 'credential-done')}
          ${this.submitButton('create', 'credential-create', s.createCredential)}
        </form>
      </section>
      ${this.failureOf('revoke', 'revoke-error')}${this.noticeOf('revoke', 'revoke-done')}
      ${this.credentials.length === 0 ? html`<p data-testid="credentials-empty">${s.noCredentials}</p>`
        : html`<ul class="cards" data-testid="credentials-list">${this.credentials.map((c) => this.#credential(c))}</ul>`}`;
  }
}

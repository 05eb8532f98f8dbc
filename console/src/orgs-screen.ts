import { OrgId, developerRoutes as routes } from '@citadel/protocol/api';
import { html, type PropertyDeclarations } from 'lit';
import { field, formValues } from './fields.js';
import { paths } from './routes.js';
import { ConsoleScreen, link, navigate } from './screen.js';
import type { OrgInfo } from './types.js';

/** The person's organisations, each a link to its screen, and the form that creates one (its creator is its owner). */
export class ConsoleOrgsScreen extends ConsoleScreen {
  static override properties: PropertyDeclarations = { ...ConsoleScreen.properties, orgs: { state: true } };
  declare orgs: OrgInfo[];

  constructor() {
    super();
    this.orgs = [];
  }

  protected heading() {
    return this.t.orgsTitle;
  }

  protected async load() {
    this.orgs = (await this.ctx.call(routes.orgs)).orgs;
  }

  async #create(event: SubmitEvent) {
    const v = formValues(event);
    const id = (v['id'] ?? '').trim();
    const name = (v['name'] ?? '').trim();
    this.problems = {
      id: id === '' ? this.t.required : OrgId.safeParse(id).success ? undefined : this.t.badOrgId,
      name: name === '' ? this.t.required : undefined,
    };
    if (this.problems['id'] || this.problems['name']) return;
    await this.act('create', async () => {
      const { org } = await this.ctx.call(routes.createOrg, { body: { id, name } });
      navigate(this, paths.org(org.id));
    });
  }

  protected renderLoaded() {
    const t = this.t;
    return html`
      ${this.orgs.length === 0 ? html`<p data-testid="orgs-empty">${t.noOrgs}</p>` : html`<ul class="cards" data-testid="orgs-list">
        ${this.orgs.map((org) => html`<li data-testid="org-item">
          ${link(paths.org(org.id), org.name, `org-link-${org.id}`, { className: 'card-link' })}
          <p class="meta">${org.id} · ${t.yourRole(t.roles[org.role])}</p>
        </li>`)}
      </ul>`}
      <section aria-labelledby="create-org-title">
        <h2 id="create-org-title">${t.createOrg}</h2>
        <form novalidate data-testid="create-org-form" @submit=${(e: SubmitEvent) => void this.#create(e)}>
          ${field({ name: 'id', label: t.orgId, testid: 'org-id', hint: t.orgIdHint, maxlength: 40, problem: this.problems['id'] })}
          ${field({ name: 'name', label: t.orgName, testid: 'org-name', maxlength: 120, autocomplete: 'organization', problem: this.problems['name'] })}
          ${this.failureOf('create', 'create-org-error')}
          ${this.submitButton('create', 'create-org-submit', t.create)}
        </form>
      </section>`;
  }
}

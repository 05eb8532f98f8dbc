import { AppId, RESERVED_APP_IDS } from '@citadel/protocol';
import { developerRoutes as routes, OrgRole } from '@citadel/protocol/api';
import { isApiError } from '@citadel/api-client';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { analyticsStrings } from './analytics-i18n.js';
import { field, formValues, selectField } from './fields.js';
import { appName } from './i18n.js';
import { checkPhone, normalisePhone } from './phone.js';
import { releaseText } from './release-text.js';
import { paymentsText } from './payments-text.js';
import { paths } from './routes.js';
import { ConsoleScreen, link, navigate } from './screen.js';
import type { AppInfo, Kind, MemberInfo, OrgInfo } from './types.js';

/** The clash a `NAME_CLASH` refusal names: another app's name, or a protected word. */
type Clash = { kind: 'app'; appId: string; name: string } | { kind: 'protected-word'; word: string; name: string };

const clashOf = (error: unknown): Clash | undefined => {
  if (!isApiError(error, 'NAME_CLASH')) return undefined;
  const clash = error.body['clash'] as Partial<Record<string, unknown>> | undefined;
  const name = typeof clash?.['name'] === 'string' ? clash['name'] : undefined;
  if (name === undefined) return undefined;
  if (clash?.['kind'] === 'app' && typeof clash['appId'] === 'string') return { kind: 'app', appId: clash['appId'], name };
  if (clash?.['kind'] === 'protected-word' && typeof clash['word'] === 'string') return { kind: 'protected-word', word: clash['word'], name };
  return undefined;
};

/**
 * One organisation: its members and invitations (owners invite by phone, with a role), its apps with their status and
 * release, each a link to its screen, and the form that creates an app (owners and developers).
 */
export class ConsoleOrgScreen extends ConsoleScreen {
  static override properties: PropertyDeclarations = {
    ...ConsoleScreen.properties, orgId: {}, org: { state: true }, members: { state: true }, apps: { state: true },
  };
  declare orgId: string;
  declare org: OrgInfo | undefined;
  declare members: MemberInfo[];
  declare apps: AppInfo[];

  constructor() {
    super();
    this.members = [];
    this.apps = [];
  }

  protected heading() {
    return this.org?.name ?? this.orgId;
  }

  protected async load() {
    const params = { orgId: this.orgId };
    const [orgs, members, apps] = await Promise.all([
      this.ctx.call(routes.orgs), this.ctx.call(routes.members, { params }), this.ctx.call(routes.orgApps, { params }),
    ]);
    this.org = orgs.orgs.find((org) => org.id === this.orgId);
    this.members = members.members;
    this.apps = apps.apps;
  }

  async #invite(event: SubmitEvent) {
    const v = formValues(event);
    const phone = normalisePhone(v['phone'] ?? '');
    const problem = checkPhone(phone);
    this.problems = { ...this.problems, phone: problem === undefined ? undefined : problem === 'required' ? this.t.required : this.t.badPhone };
    if (problem) return;
    const role = OrgRole.parse(v['role']);
    const form = event.target as HTMLFormElement;
    await this.act('invite', async () => {
      this.members = (await this.ctx.call(routes.invite, { params: { orgId: this.orgId }, body: { phone, role } })).members;
      form.reset();
      return this.t.invitedOk(v['phone'] ?? phone);
    });
  }

  async #createApp(event: SubmitEvent) {
    const t = this.t;
    const v = formValues(event);
    const id = (v['id'] ?? '').trim();
    const nameVi = (v['nameVi'] ?? '').trim();
    const nameEn = (v['nameEn'] ?? '').trim();
    const idProblem = id === '' ? t.required : !AppId.safeParse(id).success ? t.badAppId : RESERVED_APP_IDS.includes(id) ? t.reservedAppId(id) : undefined;
    this.problems = { ...this.problems, id: idProblem, nameVi: nameVi === '' ? t.required : undefined, nameEn: nameEn === '' ? t.required : undefined };
    if (idProblem || nameVi === '' || nameEn === '') return;
    const kind = v['kind'] === 'linked' ? 'linked' : 'hosted';
    await this.act('createApp', async () => {
      const { app } = await this.ctx.call(routes.createApp, { params: { orgId: this.orgId }, body: { id, name: { vi: nameVi, en: nameEn }, kind } });
      navigate(this, paths.app(this.orgId, app.id));
    });
  }

  /** A `NAME_CLASH` refusal names the clashing app or protected word; every other failure is its code's sentence. */
  #clashText = (error: unknown) => {
    const clash = clashOf(error);
    if (!clash) return undefined;
    return clash.kind === 'app' ? this.t.nameClashApp(clash.name, clash.appId) : this.t.nameClashWord(clash.name, clash.word);
  };

  #members() {
    const t = this.t;
    return html`<section aria-labelledby="members-title">
      <h2 id="members-title">${t.members}</h2>
      <ul class="cards" data-testid="members-list">
        ${this.members.map((m) => html`<li data-testid="member-item">
          <span><strong>${m.name ?? m.phone}</strong>${m.name ? html` <span class="meta">${m.phone}</span>` : nothing}</span>
          <span class="row"><span class="badge">${t.roles[m.role]}</span>${m.state === 'invited' ? html`<span class="meta">${t.invited}</span>` : nothing}</span>
        </li>`)}
      </ul>
      ${this.org?.role === 'owner' ? html`<form novalidate data-testid="invite-form" @submit=${(e: SubmitEvent) => void this.#invite(e)}>
        <h3>${t.invite}</h3>
        <p class="hint">${t.inviteHint}</p>
        ${field({ name: 'phone', label: t.phone, testid: 'invite-phone', type: 'tel', inputmode: 'tel', autocomplete: 'off', maxlength: 24, hint: t.phoneHint, problem: this.problems['phone'] })}
        ${selectField({ name: 'role', label: t.role, testid: 'invite-role', value: 'developer', options: OrgRole.options.map((r) => [r, t.roles[r]] as const) })}
        ${this.failureOf('invite', 'invite-error')}${this.noticeOf('invite', 'invite-done')}
        ${this.submitButton('invite', 'invite-submit', t.sendInvite)}
      </form>` : html`<p class="meta">${t.ownersInvite}</p>`}
    </section>`;
  }

  #apps() {
    const t = this.t;
    const lang = this.ctx.lang;
    return html`<section aria-labelledby="apps-title">
      <h2 id="apps-title">${t.apps}</h2>
      ${this.apps.length === 0 ? html`<p data-testid="apps-empty">${t.noApps}</p>` : html`<ul class="cards" data-testid="apps-list">
        ${this.apps.map((app) => html`<li data-testid="app-item">
          ${this.org?.role === 'finance'
            ? link(paths.payments(this.orgId, app.id), appName(app, lang), `app-link-${app.id}`, { className: 'card-link' })
            : link(paths.app(this.orgId, app.id), appName(app, lang), `app-link-${app.id}`, { className: 'card-link' })}
          <p class="meta">${app.id} · ${t.kinds[app.kind]} · ${link(paths.analytics(this.orgId, app.id), analyticsStrings(lang).open, `analytics-link-${app.id}`)}</p>
          ${this.org?.role === 'owner' ? html`<p>${link(paths.payments(this.orgId, app.id), paymentsText(lang).link, `payments-link-${app.id}`)}</p>` : nothing}
          <p class="row"><span class="badge" data-testid="app-status">${t.status[app.status]}</span>
            <span data-testid="app-release">${releaseText(app.release, t)}</span></p>
        </li>`)}
      </ul>`}
      ${this.org?.role === 'finance' ? nothing : this.#createAppForm()}
    </section>`;
  }

  #createAppForm() {
    const t = this.t;
    const kinds: Kind[] = ['hosted', 'linked'];
    return html`<form novalidate data-testid="create-app-form" @submit=${(e: SubmitEvent) => void this.#createApp(e)}>
      <h3>${t.createApp}</h3>
      ${field({ name: 'id', label: t.appId, testid: 'app-id', hint: t.appIdHint, maxlength: 32, problem: this.problems['id'] })}
      ${field({ name: 'nameVi', label: t.nameVi, testid: 'app-name-vi', maxlength: 500, problem: this.problems['nameVi'] })}
      ${field({ name: 'nameEn', label: t.nameEn, testid: 'app-name-en', maxlength: 500, problem: this.problems['nameEn'] })}
      <fieldset><legend>${t.kind}</legend>
        ${kinds.map((kind) => html`<label class="choice"><input type="radio" name="kind" value=${kind} data-testid="app-kind-${kind}" ?checked=${kind === 'hosted'} />${t.kinds[kind]}</label>`)}
      </fieldset>
      ${this.failureOf('createApp', 'create-app-error', this.#clashText)}
      ${this.submitButton('createApp', 'create-app-submit', t.create)}
    </form>`;
  }

  protected renderLoaded() {
    return html`<p>${link(paths.orgs(), this.t.toOrgs, 'to-orgs')}</p>
      ${this.org ? html`<p class="meta" data-testid="org-role">${this.orgId} · ${this.t.yourRole(this.t.roles[this.org.role])}</p>` : nothing}
      ${this.#apps()}${this.#members()}`;
  }
}

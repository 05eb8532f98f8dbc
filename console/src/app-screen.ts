import { isApiError } from '@citadel/api-client';
import {
  CheckFinding, developerRoutes as routes, MAX_BUNDLE_BYTES, OriginNotVerified, UnreadableBundle, type LinkedVersionBody,
} from '@citadel/protocol/api';
import { html, nothing, type PropertyDeclarations } from 'lit';
import * as z from 'zod/mini';
import { field, fileField, formValues, selectField } from './fields.js';
import { formatMoment } from '@citadel/sdk/format';
import { filesList, findingsList } from './findings.js';
import { analyticsStrings } from './analytics-i18n.js';
import { settingsStrings } from './app-settings-i18n.js';
import { appName } from './i18n.js';
import { releaseText } from './release-text.js';
import { suspensionBanner } from './suspension-banner.js';
import { paths } from './routes.js';
import { ConsoleScreen, link } from './screen.js';
import type { AppInfo, LinkedProof, Release, VersionInfo } from './types.js';

/** Why the platform could not read the archive (`BUNDLE_REFUSED`'s `bundle`: its code and the entry at fault), when it says. */
const unreadable = (error: unknown) => {
  if (!isApiError(error, 'BUNDLE_REFUSED')) return undefined;
  const parsed = UnreadableBundle.safeParse(error.body['bundle']);
  return parsed.success ? parsed.data : undefined;
};

/** Why the platform did not verify a linked app's origin (`ORIGIN_NOT_VERIFIED`'s `refusal`), when it says. */
const originRefusal = (error: unknown) => {
  if (!isApiError(error, 'ORIGIN_NOT_VERIFIED')) return undefined;
  const parsed = OriginNotVerified.safeParse(error.body);
  return parsed.success ? parsed.data.refusal : undefined;
};

/** The findings of the checks' report a `BUNDLE_REFUSED` answer carries (`report.findings`), when it carries them. */
const refusedFindings = (error: unknown) => {
  if (!isApiError(error, 'BUNDLE_REFUSED')) return [];
  const parsed = z.object({ findings: z.array(CheckFinding) }).safeParse(error.body['report']);
  return parsed.success ? parsed.data.findings : [];
};

/**
 * One app: its release (release an approved version to a share of citizens, pause or resume the rollout, roll back to
 * another approved version), the bundle upload of a hosted app, and its versions with their state, the reviewer's
 * reason, the checks' findings and files; a draft is submitted from here.
 */
export class ConsoleAppScreen extends ConsoleScreen {
  static override properties: PropertyDeclarations = {
    ...ConsoleScreen.properties, orgId: {}, appId: {}, app: { state: true }, versions: { state: true }, proof: { state: true },
  };
  declare orgId: string;
  declare appId: string;
  declare app: AppInfo | undefined;
  declare versions: VersionInfo[];
  /** A linked app's proof of its origin: where to serve it, and the JSON. */
  declare proof: LinkedProof | undefined;

  constructor() {
    super();
    this.versions = [];
  }

  protected heading() {
    return this.app ? appName(this.app, this.ctx.lang) : this.appId;
  }

  protected async load() {
    const [apps, versions] = await Promise.all([
      this.ctx.call(routes.orgApps, { params: { orgId: this.orgId } }),
      this.ctx.call(routes.versions, { params: { appId: this.appId } }),
    ]);
    this.app = apps.apps.find((app) => app.id === this.appId);
    this.versions = versions.versions;
    if (this.app?.kind === 'linked' && !this.proof) this.proof = await this.ctx.call(routes.linkedProof, { params: { appId: this.appId } });
  }

  #setRelease(release: Release) {
    if (this.app) this.app = { ...this.app, release };
  }

  async #upload(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const file = (form.elements.namedItem('bundle') as HTMLInputElement).files?.[0];
    const problem = !file ? this.t.chooseZip : file.size > MAX_BUNDLE_BYTES ? this.t.zipTooBig : undefined;
    this.problems = { ...this.problems, bundle: problem };
    if (!file || problem) return;
    await this.act('upload', async () => {
      const { version } = await this.ctx.call(routes.uploadVersion, { params: { appId: this.appId }, body: file });
      form.reset();
      await this.load();
      return this.t.uploaded(version.number);
    });
  }

  async #addLinked(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const file = (form.elements.namedItem('manifest') as HTMLInputElement).files?.[0];
    let manifest: unknown;
    try {
      manifest = file ? JSON.parse(await file.text()) : undefined;
    } catch {
      manifest = undefined;
    }
    const problem = !file ? this.t.chooseManifest : manifest === undefined ? this.t.notJson : undefined;
    this.problems = { ...this.problems, manifest: problem };
    if (problem) return;
    await this.act('linked', async () => {
      // The server checks the manifest against the contract's schema and answers INVALID_PARAMS naming the field.
      const body = { manifest } as { manifest: z.input<typeof LinkedVersionBody>['manifest'] };
      const { version } = await this.ctx.call(routes.addLinkedVersion, { params: { appId: this.appId }, body });
      form.reset();
      await this.load();
      return this.t.linkedAdded(version.number);
    });
  }

  async #submit(number: number) {
    await this.act(`submit-${number}`, async () => {
      await this.ctx.call(routes.submitVersion, { params: { appId: this.appId, number } });
      await this.load();
      return this.t.submitted(number);
    });
  }

  async #release(event: SubmitEvent) {
    const v = formValues(event);
    const percent = Number(v['percent']);
    const ok = Number.isInteger(percent) && percent >= 1 && percent <= 100;
    this.problems = { ...this.problems, percent: ok ? undefined : this.t.badPercent };
    if (!ok) return;
    await this.act('release', async () => {
      this.#setRelease((await this.ctx.call(routes.release, { params: { appId: this.appId }, body: { version: Number(v['version']), percent } })).release);
      return this.t.releaseNow(releaseText(this.app?.release ?? null, this.t));
    });
  }

  async #pause(paused: boolean) {
    await this.act('pause', async () => {
      this.#setRelease((await this.ctx.call(routes.pauseRelease, { params: { appId: this.appId }, body: { paused } })).release);
      return this.t.releaseNow(releaseText(this.app?.release ?? null, this.t));
    });
  }

  async #rollback(version: number) {
    await this.act('rollback', async () => {
      this.#setRelease((await this.ctx.call(routes.rollback, { params: { appId: this.appId }, body: { version } })).release);
      return this.t.releaseNow(releaseText(this.app?.release ?? null, this.t));
    });
  }

  #releaseSection(app: AppInfo) {
    const t = this.t;
    const approved = this.versions.filter((v) => v.state === 'approved');
    const release = app.release;
    const others = approved.filter((v) => v.number !== release?.stable);
    return html`<section aria-labelledby="release-title">
      <h2 id="release-title">${t.release}</h2>
      <p data-testid="release-now">${releaseText(release, t)}</p>
      ${approved.length === 0 ? html`<p class="meta" data-testid="release-none">${t.noApproved}</p>` : html`
        <form novalidate data-testid="release-form" @submit=${(e: SubmitEvent) => void this.#release(e)}>
          ${selectField({ name: 'version', label: t.releaseVersion, testid: 'release-version', options: approved.map((v) => [String(v.number), t.versionTitle(v.number, v.manifest.version)] as const) })}
          ${field({ name: 'percent', label: t.percent, testid: 'release-percent', type: 'number', inputmode: 'numeric', min: 1, max: 100, value: '100', hint: t.percentHint, problem: this.problems['percent'] })}
          ${this.submitButton('release', 'release-submit', t.releaseButton)}
        </form>`}
      ${this.failureOf('release', 'release-error')}${this.noticeOf('release', 'release-done')}
      ${release?.rollout === null || release === null ? nothing : html`<p class="actions">
        <button type="button" data-testid="release-pause" ?disabled=${this.busy !== undefined} @click=${() => void this.#pause(!release.paused)}>${release.paused ? t.resume : t.pause}</button></p>`}
      ${this.failureOf('pause', 'pause-error')}${this.noticeOf('pause', 'pause-done')}
      ${others.length === 0 || release === null ? nothing : html`<h3>${t.rollbackTitle}</h3><p class="hint">${t.rollbackHint}</p>
        <p class="actions">${others.map((v) => html`<button type="button" data-testid="rollback-${v.number}" ?disabled=${this.busy !== undefined}
          @click=${() => void this.#rollback(v.number)}>${t.rollbackTo(v.number)}</button>`)}</p>`}
      ${this.failureOf('rollback', 'rollback-error')}${this.noticeOf('rollback', 'rollback-done')}
    </section>`;
  }

  #linkedSection() {
    const t = this.t;
    const refusal = originRefusal(this.failures['linked']);
    return html`<section aria-labelledby="linked-title">
      <h2 id="linked-title">${t.linkedTitle}</h2>
      <p>${t.linkedIntro}</p>
      ${this.proof ? html`<p>${t.linkedServe(this.proof.path)}</p>
        <pre data-testid="linked-proof"><code>${JSON.stringify(this.proof.proof, null, 2)}</code></pre>` : nothing}
      <p>${t.linkedFraming}</p>
      <form novalidate data-testid="linked-form" @submit=${(e: SubmitEvent) => void this.#addLinked(e)}>
        ${fileField({ name: 'manifest', label: t.manifestFile, testid: 'linked-manifest', accept: '.json,application/json', problem: this.problems['manifest'] })}
        ${this.failureOf('linked', 'linked-error')}
        ${refusal === undefined ? nothing : html`<p data-testid="linked-refusal">${t.linkedRefusals[refusal]}</p>`}
        ${this.noticeOf('linked', 'linked-done')}
        ${this.submitButton('linked', 'linked-submit', t.addLinked)}
      </form>
    </section>`;
  }

  #uploadSection(app: AppInfo) {
    const t = this.t;
    if (app.kind === 'linked') return this.#linkedSection();
    const refused = refusedFindings(this.failures['upload']);
    const bundle = unreadable(this.failures['upload']);
    return html`<section aria-labelledby="upload-title">
      <h2 id="upload-title">${t.upload}</h2>
      <form novalidate data-testid="upload-form" @submit=${(e: SubmitEvent) => void this.#upload(e)}>
        ${fileField({ name: 'bundle', label: t.zipFile, testid: 'upload-file', accept: '.zip,application/zip', hint: t.uploadHint, problem: this.problems['bundle'] })}
        ${this.failureOf('upload', 'upload-error')}
        ${refused.length === 0 ? nothing : findingsList(refused, t, 'upload-findings')}
        ${bundle === undefined ? nothing : html`<p data-testid="upload-unreadable">${t.bundleErrors[bundle.code]}
          ${bundle.path === undefined ? nothing : html`<br><code>${t.bundleEntry(bundle.path)}</code>`}</p>`}
        ${this.noticeOf('upload', 'upload-done')}
        ${this.submitButton('upload', 'upload-submit', t.upload)}
      </form>
    </section>`;
  }

  #version(v: VersionInfo) {
    const t = this.t;
    const submit = `submit-${v.number}`;
    return html`<li data-testid="version-${v.number}">
      <h3>${t.versionTitle(v.number, v.manifest.version)}</h3>
      <p class="row"><span class="badge ${v.state}" data-testid="version-state">${t.states[v.state]}</span>
        <span class="meta">${t.uploadedAt(formatMoment(v.createdAt, this.ctx.lang))}</span></p>
      ${v.reason === null ? nothing : html`<p data-testid="version-reason">${t.reason(v.reason)}</p>`}
      ${findingsList(v.findings, t, `version-${v.number}-findings`)}
      ${filesList(v.files, t, `version-${v.number}-files`)}
      ${v.state !== 'draft' ? nothing : html`<p class="actions"><button type="button" class="primary" data-testid="submit-${v.number}"
        aria-label=${t.submitLabel(v.number)} ?disabled=${this.busy !== undefined} @click=${() => void this.#submit(v.number)}>${this.busy === submit ? t.working : t.submit}</button></p>`}
      ${this.failureOf(submit, `submit-${v.number}-error`)}${this.noticeOf(submit, `submit-${v.number}-done`)}
    </li>`;
  }

  protected renderLoaded() {
    const t = this.t;
    const app = this.app;
    const s = settingsStrings(this.ctx.lang);
    const back = html`<p>${link(paths.org(this.orgId), t.backToOrg(this.orgId), 'to-org')}</p>`;
    if (!app) return html`${back}<p data-testid="app-missing">${t.noSuchApp}</p>`;
    return html`${back}
      <p class="meta">${app.id} · ${t.kinds[app.kind]} · <span data-testid="app-status">${t.status[app.status]}</span></p>
      ${suspensionBanner(app.suspension, this.ctx.lang)}
      <nav aria-label=${s.settingsNav}><p class="row">${link(paths.credentials(this.orgId, app.id), s.credentialsLink, 'to-credentials')}
        ${link(paths.webhooks(this.orgId, app.id), s.webhooksLink, 'to-webhooks')}
        ${link(paths.analytics(this.orgId, app.id), analyticsStrings(this.ctx.lang).open, 'to-analytics')}</p></nav>
      ${this.#releaseSection(app)}
      ${this.#uploadSection(app)}
      <section aria-labelledby="versions-title">
        <h2 id="versions-title">${t.versions}</h2>
        ${this.versions.length === 0 ? html`<p data-testid="versions-empty">${t.noVersions}</p>`
          : html`<ul class="cards" data-testid="versions-list">${this.versions.map((v) => this.#version(v))}</ul>`}
      </section>`;
  }
}

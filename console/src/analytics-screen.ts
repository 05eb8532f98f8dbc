import { developerRoutes as routes } from '@citadel/protocol/api';
import { formatDate, localeOf } from '@citadel/sdk/format';
import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { analyticsCharts, type Analytics, type ChartSpec } from './analytics-charts.js';
import { analyticsStrings } from './analytics-i18n.js';
import { appName } from './i18n.js';
import { paths } from './routes.js';
import { ConsoleScreen, link } from './screen.js';
import { screenStyles } from './styles.js';
import type { AppInfo } from './types.js';

/** The periods the person may choose, in days; the first is shown first. */
const PERIODS = [30, 7, 90] as const;

/**
 * An app's analytics (docs/publish-your-app.md, "Analytics"): six charts over the chosen period (launches and
 * citizens, tap → ready p50 and p95, bridge errors by code, payments and refunds, notifications against the quota,
 * consent grants and revocations), each with the same numbers as a table for screen readers, and an empty state.
 */
export class ConsoleAnalyticsScreen extends ConsoleScreen {
  static override styles = css`${screenStyles}
    figure { margin: 0 0 8px; min-width: 0; }
    .table { overflow-x: auto; }
    table { border-collapse: collapse; font-size: .86rem; font-variant-numeric: tabular-nums; }
    th, td { padding: 4px 8px; text-align: end; border-bottom: 1px solid var(--line); white-space: nowrap; }
    th:first-child, td:first-child { text-align: start; }
    button[aria-pressed=true] { background: var(--accent); color: #fff; font-weight: 600; }
  `;
  static override properties: PropertyDeclarations = {
    ...ConsoleScreen.properties, orgId: {}, appId: {}, app: { state: true }, days: { state: true }, data: { state: true },
  };
  declare orgId: string;
  declare appId: string;
  declare app: AppInfo | undefined;
  declare days: number;
  declare data: Analytics | undefined;

  constructor() {
    super();
    this.days = PERIODS[0];
  }

  #name() {
    return this.app ? appName(this.app, this.ctx.lang) : this.appId;
  }

  protected heading() {
    return analyticsStrings(this.ctx.lang).title(this.#name());
  }

  protected async load() {
    const [apps, data] = await Promise.all([
      this.ctx.call(routes.orgApps, { params: { orgId: this.orgId } }),
      this.ctx.call(routes.appAnalytics, { params: { appId: this.appId }, query: { days: this.days } }),
    ]);
    this.app = apps.apps.find((app) => app.id === this.appId);
    this.data = data;
  }

  async #choose(days: number) {
    if (days === this.days) return;
    this.days = days;
    await this.act('period', async () => {
      this.data = await this.ctx.call(routes.appAnalytics, { params: { appId: this.appId }, query: { days } });
    });
  }

  #table(spec: ChartSpec) {
    const a = analyticsStrings(this.ctx.lang);
    const numbers = new Intl.NumberFormat(localeOf(this.ctx.lang));
    return html`<details data-testid="table-${spec.id}"><summary>${a.table}</summary><div class="table"><table>
      <caption class="meta">${spec.title}</caption>
      <thead><tr><th scope="col">${a.day}</th>${spec.series.map((s) => html`<th scope="col">${s.label}</th>`)}</tr></thead>
      <tbody>${spec.days.map((day, i) => html`<tr><th scope="row">${formatDate(day, this.ctx.lang)}</th>
        ${spec.series.map((s) => html`<td>${s.values[i] === null || s.values[i] === undefined ? '–' : numbers.format(s.values[i]!)}</td>`)}</tr>`)}</tbody>
    </table></div></details>`;
  }

  #chart(spec: ChartSpec) {
    const a = analyticsStrings(this.ctx.lang);
    return html`<section aria-labelledby="chart-${spec.id}-title" data-testid="section-${spec.id}">
      <figure>
        <h2 id="chart-${spec.id}-title">${spec.title}</h2>
        ${spec.empty ? html`<p class="meta" data-testid="empty-${spec.id}">${a.chartEmpty}</p>`
          : html`<console-chart .spec=${spec} lang=${this.ctx.lang} dayLabel=${a.day}></console-chart>${this.#table(spec)}`}
      </figure>
    </section>`;
  }

  protected renderLoaded() {
    const a = analyticsStrings(this.ctx.lang);
    const data = this.data;
    const charts = data ? analyticsCharts(data, a) : [];
    return html`<p>${link(paths.app(this.orgId, this.appId), a.backToApp(this.#name()), 'to-app')}</p>
      <div role="group" aria-label=${a.period} class="actions" data-testid="period">
        ${PERIODS.map((days) => html`<button type="button" data-testid="period-${days}" aria-pressed=${days === this.days ? 'true' : 'false'}
          ?disabled=${this.busy !== undefined} @click=${() => void this.#choose(days)}>${a.lastDays(days)}</button>`)}
      </div>
      ${this.failureOf('period', 'period-error')}
      ${data ? html`<p class="meta" data-testid="analytics-note">${a.note(data.retentionDays)}</p>` : nothing}
      ${charts.every((c) => c.empty) ? html`<p data-testid="analytics-empty">${a.empty(this.days)}</p>` : nothing}
      ${charts.map((spec) => this.#chart(spec))}`;
  }
}

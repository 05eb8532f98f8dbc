import { css, html, LitElement, unsafeCSS, type PropertyDeclarations } from 'lit';
import uPlot from 'uplot';
import uPlotStyles from 'uplot/dist/uPlot.min.css?inline';
import type { ChartSpec } from './analytics-charts.js';
import { formatDate, localeOf } from '@citadel/sdk/format';
import type { Lang } from './i18n.js';

/** The plot's height, px; its width follows the screen's. */
const HEIGHT = 240;
/** Labels on the day axis at most. */
const DAY_LABELS = 6;
/** The y axis' steps: whole numbers only (every series counts something, ms or VND), 1, 2, 5, 10, 20, 50… */
const WHOLE_STEPS = Array.from({ length: 36 }, (_, i) => [1, 2, 5][i % 3]! * 10 ** Math.floor(i / 3));

/** `YYYY-MM-DD` as the person reads a day on the axis (`5 thg 12`, `5 Dec`), by the platform's one formatter. */
const shortDay = (day: string, lang: Lang) => formatDate(day, lang, { year: false });

/** Indices of the days to label: evenly spaced, the last one always. */
const labelled = (count: number) => {
  const step = Math.max(1, Math.ceil(count / DAY_LABELS));
  const indices = Array.from({ length: Math.ceil(count / step) }, (_, i) => i * step);
  return indices.at(-1) === count - 1 ? indices : [...indices, count - 1];
};

/**
 * One chart of `spec`, drawn by uPlot on a canvas: one point per day, the day axis in the person's language, both axes
 * labelled, the series named in uPlot's legend. The canvas is hidden from screen readers: the screen shows the same
 * numbers as a table. Redrawn when `spec` or `lang` changes, resized with the screen.
 */
export class ConsoleChart extends LitElement {
  static override styles = [unsafeCSS(uPlotStyles), css`
    :host { display: block; min-width: 0; }
    .u-legend { font-size: .85rem; text-align: start; }
    .u-title { font-size: 1rem; }
  `];
  static override properties: PropertyDeclarations = { spec: { attribute: false }, lang: {}, dayLabel: {} };

  declare spec: ChartSpec;
  declare lang: Lang;
  /** The day axis' label. */
  declare dayLabel: string;
  #plot: uPlot | undefined;
  readonly #resize = new ResizeObserver(() => this.#plot?.setSize({ width: this.#width(), height: HEIGHT }));

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    this.#resize.disconnect();
    this.#plot?.destroy();
    this.#plot = undefined;
    super.disconnectedCallback();
  }

  #width() {
    return Math.max(200, this.clientWidth);
  }

  override render() {
    return html`<div class="plot" aria-hidden="true" data-testid="chart-${this.spec.id}"></div>`;
  }

  override updated(): void {
    this.#plot?.destroy();
    const target = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (!target) return;
    const { days, series } = this.spec;
    const drawn = series.filter((s) => !s.tableOnly);
    const ink = getComputedStyle(this).color;
    const line = 'rgba(128, 128, 128, .3)';
    const numbers = new Intl.NumberFormat(localeOf(this.lang), { notation: 'compact' });
    const options: uPlot.Options = {
      width: this.#width(),
      height: HEIGHT,
      scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] } },
      series: [
        { label: this.dayLabel, value: (_u, i) => (i === null ? '' : shortDay(days[i] ?? '', this.lang)) },
        ...drawn.map((s): uPlot.Series => ({
          label: s.label, stroke: s.color, width: 2, spanGaps: false, points: { show: days.length <= 31 }, ...(s.dashed ? { dash: [6, 4] } : {}),
        })),
      ],
      axes: [
        {
          label: this.dayLabel, stroke: ink, grid: { stroke: line }, ticks: { stroke: line },
          splits: () => labelled(days.length), values: (_u, splits) => splits.map((i) => shortDay(days[i] ?? '', this.lang)),
        },
        {
          label: this.spec.yLabel, stroke: ink, grid: { stroke: line }, ticks: { stroke: line }, size: 56, incrs: WHOLE_STEPS,
          values: (_u, splits) => splits.map((v) => numbers.format(v)),
        },
      ],
      legend: { live: false },
    };
    const data: uPlot.AlignedData = [days.map((_, i) => i), ...drawn.map((s) => s.values.map((v) => v))];
    this.#plot = new uPlot(options, data, target);
  }
}

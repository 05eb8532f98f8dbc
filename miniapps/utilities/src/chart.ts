import type { Bill } from './api.js';

const SVG = 'http://www.w3.org/2000/svg';
const W = 296;
const H = 150;
const BOTTOM = 18;
const TOP = 14;

function node<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const n = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) n.setAttribute(name, String(value));
  if (text !== undefined) n.textContent = text;
  return n;
}

/**
 * Twelve months of use as bars, oldest on the left, each with its month and its units; unpaid
 * months in another colour. Drawn as SVG by hand: no chart library for twelve rectangles.
 */
export function useChart(bills: readonly Bill[], label: string): SVGSVGElement {
  const months = [...bills].reverse();
  const max = Math.max(1, ...months.map((b) => b.units));
  const slot = W / Math.max(1, months.length);
  const svg = node('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': label, 'data-testid': 'use-chart' });
  months.forEach((bill, i) => {
    const height = ((H - BOTTOM - TOP) * bill.units) / max;
    const x = i * slot + slot * 0.15;
    const y = H - BOTTOM - height;
    const bar = node('rect', { x: x.toFixed(1), y: y.toFixed(1), width: (slot * 0.7).toFixed(1), height: height.toFixed(1), rx: 2,
      'data-period': bill.period, 'data-units': bill.units, ...(bill.status === 'unpaid' ? { class: 'unpaid' } : {}) });
    bar.append(node('title', {}, `${bill.period}: ${bill.units} ${bill.unit}`));
    svg.append(bar,
      node('text', { x: (x + slot * 0.35).toFixed(1), y: (y - 3).toFixed(1), 'text-anchor': 'middle' }, String(bill.units)),
      node('text', { x: (x + slot * 0.35).toFixed(1), y: H - 5, 'text-anchor': 'middle' }, bill.period.slice(5)));
  });
  return svg;
}

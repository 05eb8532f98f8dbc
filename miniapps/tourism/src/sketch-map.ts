const SVG = 'http://www.w3.org/2000/svg';
const SIZE = 280;
const PAD = 18;

/** A point to draw: `kind` picks its colour and shape. */
export interface MapPoint {
  readonly latitude: number;
  readonly longitude: number;
  readonly kind: 'you' | 'place' | 'toilet';
  readonly label: string;
}

function node(tag: string, attributes: Record<string, string | number>): SVGElement {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) n.setAttribute(k, String(v));
  return n;
}

/**
 * A sketch of positions, with no map tiles (the app reaches nothing but its backend): the
 * points fitted into a square, longitude scaled by cos(latitude) so distances look right.
 */
export function sketchMap(points: readonly MapPoint[], title: string): SVGSVGElement {
  const svg = node('svg', { viewBox: `0 0 ${SIZE} ${SIZE}`, class: 'map', role: 'img', 'aria-label': title, 'data-testid': 'near-map' }) as SVGSVGElement;
  svg.append(node('title', {}));
  svg.firstChild!.textContent = title;
  if (points.length === 0) return svg;
  const k = Math.cos((points[0]!.latitude * Math.PI) / 180);
  const xs = points.map((p) => p.longitude * k);
  const ys = points.map((p) => p.latitude);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(maxX - minX, maxY - minY, 0.002);
  const scale = (SIZE - 2 * PAD) / span;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  for (const p of points) {
    const x = SIZE / 2 + (p.longitude * k - cx) * scale;
    const y = SIZE / 2 - (p.latitude - cy) * scale;
    const shape = p.kind === 'toilet'
      ? node('rect', { x: x - 5, y: y - 5, width: 10, height: 10, rx: 2, fill: '#1565c0', 'data-kind': p.kind })
      : node('circle', { cx: x, cy: y, r: p.kind === 'you' ? 7 : 6, fill: p.kind === 'you' ? '#b3261e' : '#7a3e9d', stroke: '#fff', 'stroke-width': 1.5, 'data-kind': p.kind });
    const label = node('title', {});
    label.textContent = p.label;
    shape.append(label);
    svg.append(shape);
  }
  return svg;
}

import { el } from '@citadel-miniapp/web-kit';

const SVG = 'http://www.w3.org/2000/svg';
/** Degrees per pad pixel: the 280 px pad spans about 600 m. */
const DEG_PER_PX = 0.00002;
const SIZE = 280;

/**
 * A map-less position pad: no tiles (the app needs no network but its backend). The centre is
 * the position the host gave; tapping moves the marker, and the lat/lon follows. The grid is
 * 25 px, about 55 m.
 */
export function createMapPad(onChange: (lat: number, lon: number) => void) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${SIZE} ${SIZE}`);
  svg.setAttribute('class', 'pad');
  svg.setAttribute('data-testid', 'map-pad');
  svg.setAttribute('role', 'img');
  for (let i = 0; i <= SIZE; i += 25) {
    for (const [x1, y1, x2, y2] of [[i, 0, i, SIZE], [0, i, SIZE, i]] as const) {
      const line = document.createElementNS(SVG, 'line');
      Object.entries({ x1, y1, x2, y2, stroke: 'currentColor', 'stroke-opacity': '0.15' }).forEach(([k, v]) => line.setAttribute(k, String(v)));
      svg.append(line);
    }
  }
  const origin = document.createElementNS(SVG, 'circle');
  Object.entries({ cx: SIZE / 2, cy: SIZE / 2, r: 4, fill: 'currentColor', 'fill-opacity': '0.4' }).forEach(([k, v]) => origin.setAttribute(k, String(v)));
  const marker = document.createElementNS(SVG, 'path');
  marker.setAttribute('d', 'M0 0 l-9 -18 a10 10 0 1 1 18 0 z');
  marker.setAttribute('fill', '#b3261e');
  svg.append(origin, marker);
  const label = el('p', { class: 'hint', 'data-testid': 'position' });

  let center: { lat: number; lon: number } | undefined;
  let offset = { x: 0, y: 0 };
  const draw = () => {
    marker.setAttribute('transform', `translate(${SIZE / 2 + offset.x} ${SIZE / 2 + offset.y})`);
    if (!center) return;
    const lat = center.lat - offset.y * DEG_PER_PX;
    const lon = center.lon + offset.x * DEG_PER_PX;
    label.textContent = `${lat.toFixed(5)}, ${lon.toFixed(5)}`;
    onChange(lat, lon);
  };
  svg.addEventListener('pointerdown', (event) => {
    if (!center) return;
    const box = svg.getBoundingClientRect();
    offset = { x: ((event.clientX - box.left) / box.width) * SIZE - SIZE / 2, y: ((event.clientY - box.top) / box.height) * SIZE - SIZE / 2 };
    draw();
  });
  draw();
  return {
    element: el('div', {}, svg as unknown as HTMLElement, label),
    /** Centres the pad on the host's position, the marker on it. */
    set(lat: number, lon: number) {
      center = { lat, lon };
      offset = { x: 0, y: 0 };
      draw();
    },
  };
}

import type { Metric } from 'web-vitals';

/** A recorded web-vitals measurement. */
export interface VitalRecord {
  readonly name: Metric['name'];
  readonly value: number;
  readonly rating: Metric['rating'];
}

/**
 * Records Core Web Vitals into `sink` (exposed for tests and later reporting). web-vitals is its own chunk, loaded
 * after the first screen (the host's initial JS budget, issue 16): its observers read the browser's buffered entries,
 * so nothing that happened before it loaded is missed.
 */
export function recordVitals(sink: VitalRecord[]): void {
  const record = (metric: Metric) => sink.push({ name: metric.name, value: metric.value, rating: metric.rating });
  void import('web-vitals').then(({ onCLS, onFCP, onINP, onLCP, onTTFB }) => {
    onCLS(record);
    onFCP(record);
    onINP(record);
    onLCP(record);
    onTTFB(record);
  });
}

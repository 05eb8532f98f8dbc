import { onCLS, onFCP, onINP, onLCP, onTTFB, type Metric } from 'web-vitals';

/** A recorded web-vitals measurement. */
export interface VitalRecord {
  readonly name: Metric['name'];
  readonly value: number;
  readonly rating: Metric['rating'];
}

/** Records Core Web Vitals into `sink` (exposed for tests and later reporting). */
export function recordVitals(sink: VitalRecord[]): void {
  const record = (metric: Metric) => sink.push({ name: metric.name, value: metric.value, rating: metric.rating });
  onCLS(record);
  onFCP(record);
  onINP(record);
  onLCP(record);
  onTTFB(record);
}

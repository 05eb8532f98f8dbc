/** The value at quantile `q` (0..1) of `values`, by nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** The median. */
export const median = (values: readonly number[]) => quantile(values, 0.5);

/** `value` with `digits` decimals. */
export const fixed = (value: number, digits = 2) => value.toFixed(digits);

/**
 * Seconds to wait before the next attempt after `attempts` failed ones:
 * `min(base · 2^(attempts − 1), max)`, so 5 s, 10 s, 20 s, … capped at `max`.
 */
export function backoffSeconds(attempts: number, baseSeconds: number, maxSeconds: number): number {
  return Math.min(baseSeconds * 2 ** Math.max(0, attempts - 1), maxSeconds);
}

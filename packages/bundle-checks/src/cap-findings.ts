import type { Finding } from './finding.js';

/** At most this many findings of one check in one file reach a report; one more finding counts the rest. */
export const MAX_FINDINGS_PER_FILE = 20;

/**
 * `findings` with at most `max` per check and file, in their order, then for each check and file
 * past it one finding that says how many more there were, as severe as the worst of them. A
 * bundle can hold hundreds of thousands of the same mistake; its report stays readable and small.
 */
export function capFindings(findings: readonly Finding[], max = MAX_FINDINGS_PER_FILE): Finding[] {
  const kept: Finding[] = [];
  const dropped = new Map<string, { first: Finding; count: number; error: boolean }>();
  const seen = new Map<string, number>();
  for (const finding of findings) {
    const key = `${finding.check}\u0000${finding.file ?? ''}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count <= max) {
      kept.push(finding);
      continue;
    }
    const more = dropped.get(key) ?? { first: finding, count: 0, error: false };
    dropped.set(key, { first: more.first, count: more.count + 1, error: more.error || finding.severity === 'error' });
  }
  for (const { first, count, error } of dropped.values()) {
    kept.push({
      check: first.check, severity: error ? 'error' : 'warning', ...(first.file === undefined ? {} : { file: first.file }),
      message: `${count} more ${first.check} findings${first.file === undefined ? '' : ` in ${first.file}`}, not listed`,
    });
  }
  return kept;
}

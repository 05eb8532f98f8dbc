/**
 * Lower secondary assessment by scores, Circular 22/2021/TT-BGDĐT: a subject's term average is
 * (sum of the regular assessments + 2 × mid-term + 3 × end-of-term) / (number of regular + 5),
 * rounded to one decimal. Scores are on the 10-point scale with at most one decimal.
 * Computed in tenths with integers, so 7.15 rounds to 7.2 (half up), never to a float's 7.1.
 */

/** A score in tenths: 7.5 → 75. */
const tenths = (score: number): number => Math.round(score * 10);

/** `numerator / denominator` rounded half up, both non-negative integers. */
const roundedDivision = (numerator: number, denominator: number): number => Math.floor((2 * numerator + denominator) / (2 * denominator));

/** True for 0 to 10 with at most one decimal. */
export const isScore = (score: number): boolean => Number.isFinite(score) && score >= 0 && score <= 10 && Math.abs(score * 10 - tenths(score)) < 1e-9;

/** ĐTBmhk: the term average of one subject, to one decimal. */
export function termAverage(regular: readonly number[], midterm: number, final: number): number {
  if (regular.length === 0) throw new RangeError('A term average needs at least one regular assessment');
  for (const s of [...regular, midterm, final]) if (!isScore(s)) throw new RangeError(`${s} is not a score on the 10-point scale`);
  const sum = regular.reduce((total, s) => total + tenths(s), 0) + 2 * tenths(midterm) + 3 * tenths(final);
  return roundedDivision(sum, regular.length + 5) / 10;
}

/** ĐTBmcn: the year average of one subject, (term I + 2 × term II) / 3, to one decimal. */
export function yearAverage(termOne: number, termTwo: number): number {
  return roundedDivision(tenths(termOne) + 2 * tenths(termTwo), 3) / 10;
}

/** Tốt / Khá / Đạt / Chưa đạt. */
export type Rating = 'good' | 'fair' | 'pass' | 'fail';

/**
 * The term's learning result (Circular 22, article 9) from the averages of the scored subjects and
 * the results of the subjects assessed by comment (true: Đạt).
 * - good: every comment subject Đạt, every average ≥ 6.5, at least 6 averages ≥ 8.0;
 * - fair: every comment subject Đạt, every average ≥ 5.0, at least 6 averages ≥ 6.5;
 * - pass: at most one comment subject Chưa đạt, at least 6 averages ≥ 5.0, none below 3.5;
 * - fail: the rest.
 */
export function learningResult(averages: readonly number[], passed: readonly boolean[]): Rating {
  const failed = passed.filter((p) => !p).length;
  const atLeast = (score: number) => averages.filter((a) => a >= score).length;
  const all = (score: number) => averages.every((a) => a >= score);
  if (failed === 0 && all(6.5) && atLeast(8) >= 6) return 'good';
  if (failed === 0 && all(5) && atLeast(6.5) >= 6) return 'fair';
  if (failed <= 1 && atLeast(5) >= 6 && all(3.5)) return 'pass';
  return 'fail';
}

import { schoolYearOf, schoolDaysBetween, termOf } from '../calendar/school-calendar.js';
import type { Pupil, School, Text } from '../roster/roster.js';
import type { FeeKind } from './fee.js';

/**
 * The demo schools' fee schedule (a real school sets its own, approved each year):
 * - tuition (học phí) is exempt: Resolution 217/2025/QH15 exempts public school pupils from it
 *   from the 2025–2026 school year; the notice still shows, at 0 ₫, marked exempt;
 * - pupils' health insurance (BHYT học sinh), once a year in term I: 4.5 % of the base salary
 *   (2 340 000 ₫, Decree 73/2024) × 12 months, less the state's 30 % share: 884 520 ₫;
 * - drinking water, each term, at the lower secondary school: 60 000 ₫;
 * - semi-boarding pupils, each month: lunches at 30 000 ₫ a school day, and midday care 150 000 ₫.
 */
export const PRICES = {
  baseSalary: 2_340_000,
  water: 60_000,
  lunch: 30_000,
  care: 150_000,
} as const;

/** BHYT for a pupil for 12 months, in whole VND: 4.5 % × base salary × 12 × (100 % − 30 %). */
export const HEALTH_INSURANCE = (PRICES.baseSalary * 45 * 12 * 70) / (1000 * 100);

/** One fee notice the school issues. */
export interface ScheduledFee {
  readonly id: string;
  readonly period: string;
  readonly kind: FeeKind;
  readonly quantity: number;
  readonly unitPrice: number;
  readonly amount: number;
  readonly exempt: boolean;
  readonly dueDate: string;
}

const ROMAN = ['', 'I', 'II'] as const;

/** The notices due for `pupil` at `school` on `today`: this term's, and this month's for semi-boarders. */
export function feesDue(pupil: Pupil, school: School, today: string): ScheduledFee[] {
  const term = termOf(today);
  if (term === null) return [];
  const year = schoolYearOf(today);
  const termPeriod = `${year.start.slice(0, 4)}-hk${term}`;
  const termStart = term === 1 ? year.start : year.termTwoStart;
  const termDue = `${termStart.slice(0, 8)}30`;
  const fee = (period: string, kind: FeeKind, quantity: number, unitPrice: number, dueDate: string, exempt = false): ScheduledFee =>
    ({ id: `${pupil.id}_${period}_${kind}`, period, kind, quantity, unitPrice, amount: exempt ? 0 : quantity * unitPrice, exempt, dueDate });
  const due: ScheduledFee[] = [fee(termPeriod, 'hoc-phi', 1, 0, termDue, true)];
  if (term === 1) due.push(fee(termPeriod, 'bhyt', 1, HEALTH_INSURANCE, termDue));
  if (school.level === 'secondary') due.push(fee(termPeriod, 'nuoc-uong', 1, PRICES.water, termDue));
  if (pupil.semiBoarding) {
    const month = today.slice(0, 7);
    const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
    const days = schoolDaysBetween(school, `${month}-01`, last).length;
    if (days > 0) {
      due.push(fee(month, 'ban-tru-an', days, PRICES.lunch, `${month}-15`), fee(month, 'ban-tru-cham-soc', 1, PRICES.care, `${month}-15`));
    }
  }
  return due;
}

/** What a notice says, in both languages. */
export function feeLabel(kind: FeeKind, period: string, quantity: number): Text {
  const term = /^(\d{4})-hk([12])$/.exec(period);
  const yearLabel = term ? `${term[1]}–${Number(term[1]) + 1}` : '';
  const roman = term ? ROMAN[Number(term[2]) as 1 | 2] : '';
  const month = term ? '' : `${period.slice(5, 7)}/${period.slice(0, 4)}`;
  switch (kind) {
    case 'hoc-phi': return { vi: `Học phí học kỳ ${roman}, năm học ${yearLabel}`, en: `Tuition, term ${roman}, ${yearLabel}` };
    case 'bhyt': return { vi: `Bảo hiểm y tế học sinh năm học ${yearLabel} (12 tháng)`, en: `Pupil health insurance ${yearLabel} (12 months)` };
    case 'nuoc-uong': return { vi: `Nước uống học kỳ ${roman}, năm học ${yearLabel}`, en: `Drinking water, term ${roman}, ${yearLabel}` };
    case 'ban-tru-an': return { vi: `Tiền ăn bán trú tháng ${month} (${quantity} ngày)`, en: `Semi-boarding lunches, ${month} (${quantity} days)` };
    case 'ban-tru-cham-soc': return { vi: `Phí chăm sóc bán trú tháng ${month}`, en: `Semi-boarding midday care, ${month}` };
  }
}

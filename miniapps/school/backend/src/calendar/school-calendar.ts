import type { School, Text } from '../roster/roster-types.js';
import { addDays, datesFrom, isoWeekday } from './dates.js';

/**
 * The school calendar of the demo schools. A school year runs from 5 September to 31 May (the
 * Ministry's frame: opening day on 5 September, classes over by 31 May); term I until 15 January,
 * term II after. Public holidays of the Labour Code with a fixed solar date, and the Tết break
 * (four days before the lunar new year to five after, as Huế's schools usually set it) are off.
 * A real school publishes its own calendar; this one is data the operator edits.
 */

/** Lunar new year (mùng 1 Tết), by Gregorian year. */
const TET: Readonly<Record<number, string>> = {
  2025: '2025-01-29', 2026: '2026-02-17', 2027: '2027-02-06', 2028: '2028-01-26', 2029: '2029-02-13', 2030: '2030-02-03', 2031: '2031-01-23',
};
const TET_BEFORE = 4;
const TET_AFTER = 5;

const FIXED_HOLIDAYS: Readonly<Record<string, Text>> = {
  '01-01': { vi: 'Tết Dương lịch', en: 'New Year\'s Day' },
  '04-30': { vi: 'Ngày Giải phóng miền Nam', en: 'Reunification Day' },
  '05-01': { vi: 'Ngày Quốc tế Lao động', en: 'Labour Day' },
  '09-02': { vi: 'Quốc khánh', en: 'National Day' },
};
const TET_BREAK: Text = { vi: 'Nghỉ Tết Nguyên đán', en: 'Tết holiday' };

/** The school year containing `iso`, or the next one during the summer break. */
export function schoolYearOf(iso: string): { readonly start: string; readonly end: string; readonly label: string; readonly termTwoStart: string } {
  const year = Number(iso.slice(0, 4));
  const first = Number(iso.slice(5, 7)) >= 6 ? year : year - 1;
  return { start: `${first}-09-05`, end: `${first + 1}-05-31`, termTwoStart: `${first + 1}-01-16`, label: `${first}–${first + 1}` };
}

/** 1 or 2 for a date inside a school year's terms, else null (summer). */
export function termOf(iso: string): 1 | 2 | null {
  const year = schoolYearOf(iso);
  if (iso < year.start || iso > year.end) return null;
  return iso < year.termTwoStart ? 1 : 2;
}

/** The holiday `iso` falls on, or undefined. */
export function holidayOn(iso: string): Text | undefined {
  const fixed = FIXED_HOLIDAYS[iso.slice(5)];
  if (fixed) return fixed;
  const tet = TET[Number(iso.slice(0, 4))];
  if (tet && iso >= addDays(tet, -TET_BEFORE) && iso <= addDays(tet, TET_AFTER)) return TET_BREAK;
  return undefined;
}

/** Why `iso` is not a school day at `school` (`weekend`, `holiday`, `summer`), or null when it is one. */
export function offDayReason(school: School, iso: string): 'weekend' | 'holiday' | 'summer' | null {
  if (termOf(iso) === null) return 'summer';
  if (!school.schoolDays.includes(isoWeekday(iso))) return 'weekend';
  if (holidayOn(iso)) return 'holiday';
  return null;
}

export const isSchoolDay = (school: School, iso: string): boolean => offDayReason(school, iso) === null;

/** The school days of `school` from `from` to `to`, both included. */
export const schoolDaysBetween = (school: School, from: string, to: string): string[] =>
  datesFrom(from, to).filter((d) => isSchoolDay(school, d));

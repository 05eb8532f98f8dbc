import { addDays, daysBetween, isRealDate } from '../calendar/dates.js';
import { offDayReason, schoolDaysBetween } from '../calendar/school-calendar.js';
import { SchoolError } from '../errors.js';
import { LIMITS } from '../limits.js';
import type { School } from '../roster/roster.js';

/**
 * Checks the dates of a leave request at `school` on `today` (Vietnam date) and answers the
 * school days it covers. Both ends must be school days; the first may be today, never earlier,
 * and at most `leaveMaxDaysAhead` days ahead; it covers at most `leaveMaxSchoolDays` school days.
 */
export function checkLeaveDates(school: School, from: string, to: string, today: string): string[] {
  for (const [field, date] of [['from', from], ['to', to]] as const) {
    if (!isRealDate(date)) throw new SchoolError(400, 'INVALID_PARAMS', `${field}: not a date (YYYY-MM-DD)`, { issues: [{ path: field, message: 'not a date' }] });
  }
  if (to < from) throw new SchoolError(400, 'INVALID_PARAMS', 'to: before from', { issues: [{ path: 'to', message: 'before from' }] });
  if (from < today) throw new SchoolError(422, 'IN_THE_PAST', `A leave request cannot start before today (${today})`, { today });
  const ahead = daysBetween(today, from);
  if (ahead > LIMITS.leaveMaxDaysAhead) {
    throw new SchoolError(422, 'TOO_FAR_AHEAD', `A leave request may start at most ${LIMITS.leaveMaxDaysAhead} days ahead (by ${addDays(today, LIMITS.leaveMaxDaysAhead)})`, { limit: LIMITS.leaveMaxDaysAhead });
  }
  for (const date of [from, to]) {
    const reason = offDayReason(school, date);
    if (reason) throw new SchoolError(422, 'NOT_A_SCHOOL_DAY', `${date} is not a school day at ${school.name.vi} (${reason})`, { date, reason });
  }
  const days = schoolDaysBetween(school, from, to);
  if (days.length > LIMITS.leaveMaxSchoolDays) {
    throw new SchoolError(422, 'TOO_LONG', `A leave request covers at most ${LIMITS.leaveMaxSchoolDays} school days; this one covers ${days.length}: ask the school's board for a longer absence`, { limit: LIMITS.leaveMaxSchoolDays, schoolDays: days.length });
  }
  return days;
}

/** The school days a leave request may start on from `today`: the form offers only these. */
export const leaveDays = (school: School, today: string): string[] =>
  schoolDaysBetween(school, today, addDays(today, LIMITS.leaveMaxDaysAhead));

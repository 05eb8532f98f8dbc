import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday, isRealDate, vietnamDate } from '../src/calendar/dates.js';
import { holidayOn, offDayReason, schoolDaysBetween, schoolYearOf, termOf } from '../src/calendar/school-calendar.js';
import { checkLeaveDates, leaveDays } from '../src/leave/leave-rules.js';
import { nationalPhone, retryAt } from '@citadel-miniapp/backend-kit';
import { createRoster, demoRoster } from '../src/roster/roster.js';
import { isScore, learningResult, termAverage, yearAverage } from '../src/transcripts/assessment.js';
import { feeLabel, feesDue, HEALTH_INSURANCE } from '../src/tuition/fee-schedule.js';

const roster = demoRoster();
const primary = roster.school('th-le-loi')!;
const secondary = roster.school('thcs-nguyen-tri-phuong')!;

describe('the term average (Circular 22: 1 × regular, 2 × mid-term, 3 × end-of-term)', () => {
  it('matches averages computed by hand', () => {
    // (7 + 8 + 7.5 + 8 + 2 × 7 + 3 × 7.5) / 9 = 67 / 9 = 7.44…
    expect(termAverage([7, 8, 7.5, 8], 7, 7.5)).toBe(7.4);
    // (9 + 8 + 8.5 + 9 + 2 × 8 + 3 × 9) / 9 = 77.5 / 9 = 8.61…
    expect(termAverage([9, 8, 8.5, 9], 8, 9)).toBe(8.6);
    // (9 + 10 + 2 × 9 + 3 × 9.5) / 7 = 65.5 / 7 = 9.357…
    expect(termAverage([9, 10], 9, 9.5)).toBe(9.4);
    // (8 + 9 + 8.5 + 2 × 8 + 3 × 8.5) / 8 = 67 / 8 = 8.375
    expect(termAverage([8, 9, 8.5], 8, 8.5)).toBe(8.4);
    expect(termAverage([10, 10], 10, 10)).toBe(10);
    expect(termAverage([0, 0], 0, 0)).toBe(0);
  });

  it('rounds an exact half up, which floating point division would not', () => {
    // (8 + 7 + 6 + 2 × 7 + 3 × 7.4) / 8 = 57.2 / 8 = 7.15 exactly → 7.2
    expect(termAverage([8, 7, 6], 7, 7.4)).toBe(7.2);
    // (8 + 7 + 6 + 2 × 7 + 3 × 7.3) / 8 = 56.9 / 8 = 7.1125 → 7.1
    expect(termAverage([8, 7, 6], 7, 7.3)).toBe(7.1);
    // (6.5 + 7 + 2 × 6.5 + 3 × 7) / 7 = 47.5 / 7 = 6.7857… → 6.8
    expect(termAverage([6.5, 7], 6.5, 7)).toBe(6.8);
  });

  it('refuses what is not a score on the 10-point scale', () => {
    expect(() => termAverage([], 7, 7)).toThrow(RangeError);
    expect(() => termAverage([11], 7, 7)).toThrow(RangeError);
    expect(() => termAverage([7.25], 7, 7)).toThrow(RangeError);
    expect(isScore(6.5)).toBe(true);
    expect(isScore(-1)).toBe(false);
    expect(isScore(Number.NaN)).toBe(false);
  });

  it('weighs term II twice in the year average', () => {
    // (7.4 + 2 × 8.0) / 3 = 23.4 / 3 = 7.8
    expect(yearAverage(7.4, 8)).toBe(7.8);
    // (6.9 + 2 × 7.0) / 3 = 20.9 / 3 = 6.966… → 7.0
    expect(yearAverage(6.9, 7)).toBe(7);
  });

  it('gives the learning result of Circular 22, article 9', () => {
    const eight = [8, 8, 8, 8, 8, 8, 7, 6.5];
    expect(learningResult(eight, [true, true, true, true])).toBe('good');
    // Five subjects at 8.0 or more is not enough for Tốt.
    expect(learningResult([8, 8, 8, 8, 8, 7.9, 7, 6.5], [true])).toBe('fair');
    // One subject under 6.5 rules out Tốt.
    expect(learningResult([8, 8, 8, 8, 8, 8, 8, 6.4], [true])).toBe('fair');
    // A comment subject Chưa đạt rules out Tốt and Khá.
    expect(learningResult(eight, [true, false])).toBe('pass');
    expect(learningResult([7, 7, 7, 7, 7, 7, 4.9, 3.5], [true])).toBe('pass');
    expect(learningResult([7, 7, 7, 7, 7, 7, 7, 3.4], [true])).toBe('fail');
    expect(learningResult(eight, [false, false])).toBe('fail');
  });
});

describe('the school calendar', () => {
  it('reads dates in Vietnam time and knows weekdays', () => {
    expect(vietnamDate(new Date('2026-12-01T16:59:59Z'))).toBe('2026-12-01');
    expect(vietnamDate(new Date('2026-12-01T17:00:00Z'))).toBe('2026-12-02');
    expect(isoWeekday('2026-12-01')).toBe(2);
    expect(isoWeekday('2026-12-06')).toBe(7);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(isRealDate('2027-02-29')).toBe(false);
    expect(isRealDate('2028-02-29')).toBe(true);
  });

  it('has school years, terms, weekends, holidays and the Tết break', () => {
    expect(schoolYearOf('2026-12-01')).toMatchObject({ label: '2026–2027', start: '2026-09-05', end: '2027-05-31' });
    expect(schoolYearOf('2027-07-01').label).toBe('2027–2028');
    expect(termOf('2026-12-01')).toBe(1);
    expect(termOf('2027-01-16')).toBe(2);
    expect(termOf('2027-06-10')).toBeNull();
    expect(offDayReason(primary, '2026-12-05')).toBe('weekend');
    expect(offDayReason(secondary, '2026-12-05')).toBeNull();
    expect(offDayReason(secondary, '2026-12-06')).toBe('weekend');
    expect(offDayReason(secondary, '2027-01-01')).toBe('holiday');
    expect(holidayOn('2027-02-06')?.vi).toBe('Nghỉ Tết Nguyên đán');
    expect(offDayReason(primary, '2027-02-02')).toBe('holiday');
    expect(offDayReason(primary, '2027-02-12')).toBeNull();
    expect(offDayReason(primary, '2027-06-01')).toBe('summer');
    // December 2026, Monday to Friday, no holiday: 23 school days; with Saturdays, 27.
    expect(schoolDaysBetween(primary, '2026-12-01', '2026-12-31')).toHaveLength(23);
    expect(schoolDaysBetween(secondary, '2026-12-01', '2026-12-31')).toHaveLength(27);
  });
});

describe('the leave rules', () => {
  const today = '2026-12-01';
  const refusal = (f: () => unknown) => {
    try {
      f();
    } catch (error) {
      return (error as { code: string; data: Record<string, unknown> });
    }
    throw new Error('not refused');
  };

  it('counts school days only, and allows today', () => {
    expect(checkLeaveDates(primary, '2026-12-01', '2026-12-01', today)).toEqual(['2026-12-01']);
    // Friday to Monday at the primary school: the weekend does not count.
    expect(checkLeaveDates(primary, '2026-12-04', '2026-12-07', today)).toEqual(['2026-12-04', '2026-12-07']);
    // Friday to Monday at the lower secondary school: Saturday does.
    expect(checkLeaveDates(secondary, '2026-12-04', '2026-12-07', today)).toEqual(['2026-12-04', '2026-12-05', '2026-12-07']);
  });

  it('refuses the past, too far ahead, days off and too long, naming the limit', () => {
    expect(refusal(() => checkLeaveDates(primary, '2026-11-30', '2026-12-01', today))).toMatchObject({ code: 'IN_THE_PAST', data: { today } });
    expect(refusal(() => checkLeaveDates(primary, '2027-01-04', '2027-01-04', today))).toMatchObject({ code: 'TOO_FAR_AHEAD', data: { limit: 30 } });
    expect(refusal(() => checkLeaveDates(primary, '2026-12-05', '2026-12-07', today))).toMatchObject({ code: 'NOT_A_SCHOOL_DAY', data: { date: '2026-12-05', reason: 'weekend' } });
    expect(refusal(() => checkLeaveDates(secondary, '2026-12-31', '2027-01-01', today))).toMatchObject({ code: 'NOT_A_SCHOOL_DAY', data: { date: '2027-01-01', reason: 'holiday' } });
    expect(refusal(() => checkLeaveDates(primary, '2026-12-01', '2026-12-04', today))).toMatchObject({ code: 'TOO_LONG', data: { limit: 3, schoolDays: 4 } });
    expect(refusal(() => checkLeaveDates(primary, '2026-12-03', '2026-12-02', today))).toMatchObject({ code: 'INVALID_PARAMS' });
    expect(refusal(() => checkLeaveDates(primary, '2026-02-30', '2026-12-02', today))).toMatchObject({ code: 'INVALID_PARAMS' });
  });

  it('offers the school days of the next 30 days', () => {
    const days = leaveDays(primary, today);
    expect(days[0]).toBe('2026-12-01');
    expect(days.at(-1)).toBe('2026-12-31');
    expect(days).not.toContain('2026-12-05');
  });
});

describe('the roster', () => {
  it('links by the registered phone number, written any way', () => {
    expect(nationalPhone('+84900000201')).toBe('0900000201');
    expect(nationalPhone('0900 000 201')).toBe('0900000201');
    expect(nationalPhone('84900000201')).toBe('0900000201');
    expect(nationalPhone('0200000201')).toBeUndefined();
    expect(roster.peopleWithPhone('+84900000201')).toEqual(['ph-0900000201']);
    expect(roster.childrenOf('ph-0900000201').map((p) => p.name)).toEqual(['Lê Ngọc Hân', 'Lê Minh Khang']);
    expect(roster.classesOf(roster.peopleWithPhone('+84900000202')[0]!).map((c) => c.name)).toEqual(['8/1']);
    expect(roster.peopleWithPhone('+84999999999')).toEqual([]);
  });

  it('has two Huế schools, six classes and forty pupils, each with a guardian', () => {
    expect(roster.schools.map((s) => s.name.vi)).toEqual(['Trường Tiểu học Lê Lợi', 'Trường THCS Nguyễn Tri Phương']);
    expect(roster.classes).toHaveLength(6);
    expect(roster.pupils).toHaveLength(40);
    expect(roster.pupils.every((p) => p.guardians.length > 0)).toBe(true);
    // Hân's class (3/2) and Khang's (8/1) are in different schools; Khang's teacher is Trần Văn Minh.
    expect(roster.schoolClass(roster.pupil('hs-301')!.classId)!.schoolId).toBe('th-le-loi');
    expect(roster.person(roster.schoolClass(roster.pupil('hs-801')!.classId)!.teacherId)!.name).toBe('Trần Văn Minh');
  });

  it('refuses a roster whose phone is registered under two names', () => {
    const base = { schools: [primary], classes: [], pupils: [] };
    expect(() => createRoster({ ...base, people: [{ id: 'a', name: 'An', phone: '0900000999' }, { id: 'b', name: 'Bình', phone: '+84900000999' }] })).toThrow(/two names/);
    expect(() => createRoster({ ...base, people: [{ id: 'a', name: 'An', phone: '12345' }] })).toThrow(/not a mobile number/);
    // One person as a teacher and as a guardian, under one name, is fine.
    expect(createRoster({ ...base, people: [{ id: 'gv', name: 'An', phone: '0900000999' }, { id: 'ph', name: 'An', phone: '0900000999' }] }).peopleWithPhone('0900000999')).toEqual(['gv', 'ph']);
  });
});

describe('the fee schedule', () => {
  it('sets every amount: tuition exempt, health insurance, water, semi-boarding by school days', () => {
    // 4.5 % × 2 340 000 × 12 × 70 %
    expect(HEALTH_INSURANCE).toBe(884_520);
    const han = feesDue(roster.pupil('hs-301')!, primary, '2026-12-01');
    expect(han.map((f) => [f.id, f.amount, f.exempt])).toEqual([
      ['hs-301_2026-hk1_hoc-phi', 0, true],
      ['hs-301_2026-hk1_bhyt', 884_520, false],
      // 23 school days in December 2026 × 30 000
      ['hs-301_2026-12_ban-tru-an', 690_000, false],
      ['hs-301_2026-12_ban-tru-cham-soc', 150_000, false],
    ]);
    const khang = feesDue(roster.pupil('hs-801')!, secondary, '2026-12-01');
    expect(khang.map((f) => [f.kind, f.amount])).toEqual([['hoc-phi', 0], ['bhyt', 884_520], ['nuoc-uong', 60_000]]);
    // Term II: no health insurance; summer: nothing.
    expect(feesDue(roster.pupil('hs-801')!, secondary, '2027-02-20').map((f) => f.id)).toEqual(['hs-801_2026-hk2_hoc-phi', 'hs-801_2026-hk2_nuoc-uong']);
    expect(feesDue(roster.pupil('hs-301')!, primary, '2027-07-01')).toEqual([]);
    expect(feeLabel('ban-tru-an', '2026-12', 23).vi).toBe('Tiền ăn bán trú tháng 12/2026 (23 ngày)');
    expect(feeLabel('hoc-phi', '2026-hk2', 1).vi).toBe('Học phí học kỳ II, năm học 2026–2027');
  });
});

describe('when a notification is tried again', () => {
  const now = new Date('2026-12-01T02:00:00Z');
  it('backs off a failure, waits for the quota to reset, and never asks a citizen who did not allow it', () => {
    expect(retryAt('failed', 1, now)?.toISOString()).toBe('2026-12-01T02:01:00.000Z');
    expect(retryAt('skipped', 3, now)?.toISOString()).toBe('2026-12-01T02:04:00.000Z');
    expect(retryAt('quota', 1, now, '2026-12-01T17:00:00.000Z')?.toISOString()).toBe('2026-12-01T17:00:00.000Z');
    expect(retryAt('quota', 1, now, 'soon')?.toISOString()).toBe('2026-12-01T03:00:00.000Z');
    expect(retryAt('not_granted', 1, now)).toBeNull();
    expect(retryAt('muted', 1, now)).toBeNull();
    expect(retryAt('sent', 1, now)).toBeNull();
    expect(retryAt('failed', 6, now)).toBeNull();
  });
});

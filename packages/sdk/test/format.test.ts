import { describe, expect, it } from 'vitest';
import { CIVIC_TIME_ZONE, formatDate, formatMoment, formatMoney, isCivicZone } from '../src/format/index.js';

/** Intl writes a no-break space (or a narrow one) where people read a space. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

// 23:30 on 2 June in UTC is 06:30 on 3 June in Huế.
const lateUtc = '2026-06-02T23:30:00Z';

describe('formatMoment: civic times in Huế', () => {
  it('writes the date and time in Huế, in Vietnamese and English, without a zone on a phone in Huế', () => {
    expect(formatMoment(lateUtc, 'vi', { phoneZone: CIVIC_TIME_ZONE })).toBe('06:30 3 thg 6, 2026');
    expect(formatMoment(lateUtc, 'en', { phoneZone: CIVIC_TIME_ZONE })).toBe('3 Jun 2026, 06:30');
  });

  it('knows Huế\'s zone under its older name, and names no zone there', () => {
    expect(isCivicZone('Asia/Saigon')).toBe(true);
    expect(isCivicZone('Asia/Bangkok')).toBe(false);
    expect(isCivicZone('Not/AZone')).toBe(false);
    expect(formatMoment(lateUtc, 'vi', { phoneZone: 'Asia/Saigon' })).toBe('06:30 3 thg 6, 2026');
  });

  it('keeps Huế time on a phone set elsewhere, and names the zone there', () => {
    expect(formatMoment(lateUtc, 'vi', { phoneZone: 'Europe/Paris' })).toBe('06:30 GMT+7 3 thg 6, 2026');
    expect(formatMoment(lateUtc, 'en', { phoneZone: 'America/New_York' })).toBe('3 Jun 2026, 06:30 GMT+7');
    expect(formatMoment(lateUtc, 'en', { phoneZone: 'UTC' })).toContain('GMT+7');
  });

  it('writes the same style as the dateStyle medium, timeStyle short of Intl in Huế', () => {
    for (let at = Date.UTC(2026, 0, 1, 0, 7); at < Date.UTC(2027, 0, 1); at += 37 * 3_600_000 + 11 * 60_000) {
      for (const [lang, locale] of [['vi', 'vi-VN'], ['en', 'en-GB']] as const) {
        const styled = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: CIVIC_TIME_ZONE }).format(at);
        expect(formatMoment(at, lang, { phoneZone: CIVIC_TIME_ZONE })).toBe(styled);
      }
    }
  });

  it('writes the day alone, as it is in Huế, without a zone', () => {
    expect(formatMoment(lateUtc, 'vi', { dateOnly: true, phoneZone: 'Europe/Paris' })).toBe('3 thg 6, 2026');
    expect(formatMoment(lateUtc, 'en', { dateOnly: true, phoneZone: CIVIC_TIME_ZONE })).toBe('3 Jun 2026');
  });

  it('takes milliseconds and dates as well as ISO text, and answers empty for what is not a time', () => {
    const at = Date.parse(lateUtc);
    expect(formatMoment(at, 'en', { phoneZone: CIVIC_TIME_ZONE })).toBe('3 Jun 2026, 06:30');
    expect(formatMoment(new Date(at), 'en', { phoneZone: CIVIC_TIME_ZONE })).toBe('3 Jun 2026, 06:30');
    expect(formatMoment('', 'vi')).toBe('');
    expect(formatMoment('not a time', 'vi')).toBe('');
  });
});

describe('formatDate: calendar dates', () => {
  it('writes a date as moments write theirs, with the weekday when asked', () => {
    expect(formatDate('2026-12-04', 'vi')).toBe('4 thg 12, 2026');
    expect(formatDate('2026-12-04', 'en')).toBe('4 Dec 2026');
    expect(formatDate('2026-12-04', 'vi', { weekday: true })).toBe('Thứ 6, 4 thg 12, 2026');
    expect(formatDate('2026-12-04', 'en', { weekday: true })).toBe('Fri, 4 Dec 2026');
  });

  it('writes the day and month alone when asked, as a chart\'s day axis does', () => {
    expect(formatDate('2026-12-04', 'vi', { year: false })).toBe('4 thg 12');
    expect(formatDate('2026-12-04', 'en', { year: false })).toBe('4 Dec');
    expect(formatDate('2026-12-04', 'en', { year: true })).toBe('4 Dec 2026');
  });

  it('never shifts a day, and gives back what is not a calendar date', () => {
    expect(formatDate('2018-03-14', 'en')).toBe('14 Mar 2018');
    expect(formatDate('2026-02-30', 'en')).toBe('2026-02-30');
    expect(formatDate('14/03/2018', 'vi')).toBe('14/03/2018');
  });
});

describe('formatMoney: đồng', () => {
  it('writes whole đồng as each language reads them', () => {
    expect(plain(formatMoney(690_000, 'vi'))).toBe('690.000 ₫');
    expect(plain(formatMoney(690_000, 'en'))).toBe('₫690,000');
    expect(plain(formatMoney(0, 'vi'))).toBe('0 ₫');
  });
});

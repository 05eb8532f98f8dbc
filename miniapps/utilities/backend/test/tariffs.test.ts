import { describe, expect, it } from 'vitest';
import { maskName, ACCOUNTS } from '../src/customers/accounts.js';
import { utilityOf } from '../src/customers/providers.js';
import { monthsOf } from '../src/bills/history.js';
import { charge, TARIFFS } from '../src/bills/tariffs.js';
import { upcomingOutages, wardKey } from '../src/outages/outages.js';

describe('tariffs, history and outages', () => {
  it('prices electricity tier by tier, with 8% VAT', () => {
    // 230 kWh: 50 × 1984 + 50 × 2050 + 100 × 2380 + 30 × 2998 = 99 200 + 102 500 + 238 000 + 89 940 = 529 640.
    const bill = charge(TARIFFS.electricity, 230);
    expect(bill.lines.map((l) => [l.units, l.price, l.amount])).toEqual([[50, 1984, 99_200], [50, 2050, 102_500], [100, 2380, 238_000], [30, 2998, 89_940]]);
    expect(bill).toMatchObject({ subtotal: 529_640, vat: 42_371, environmentFee: 0, total: 572_011 });
    // Beyond 400 kWh, the last tier has no bound.
    expect(charge(TARIFFS.electricity, 450).lines.at(-1)).toMatchObject({ from: 400, to: null, units: 50, price: 3460 });
    expect(charge(TARIFFS.electricity, 30)).toMatchObject({ subtotal: 59_520, total: 59_520 + 4762 });
  });

  it('prices water with 5% VAT and the 10% environmental fee', () => {
    // 18 m³: 10 × 7200 + 8 × 8600 = 72 000 + 68 800 = 140 800; VAT 7040, fee 14 080.
    expect(charge(TARIFFS.water, 18)).toMatchObject({ subtotal: 140_800, vat: 7040, environmentFee: 14_080, total: 161_920 });
  });

  it('draws the same twelve months every time, hotter months using more, the newest unpaid', () => {
    const an = ACCOUNTS.find((a) => a.code === 'PC03AA0012345')!;
    const now = new Date('2026-12-01T05:00:00Z');
    const months = monthsOf(an, now);
    expect(months.map((m) => m.period)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(monthsOf(an, now)).toEqual(months);
    const july = months.find((m) => m.period === '2026-07')!;
    const february = months.find((m) => m.period === '2026-02')!;
    expect(july.units).toBeGreaterThan(february.units);
    expect(months.map((m) => m.paidBefore)).toEqual([...Array(11).fill(true), false]);
    expect(months.at(-1)!.dueAt.toISOString()).toBe('2026-12-19T17:00:00.000Z');
    expect(months.at(-1)!.charge.total).toBe(charge(TARIFFS.electricity, months.at(-1)!.units).total);
  });

  it('tells codes apart, masks names, and matches wards without diacritics', () => {
    expect(utilityOf('PC03AA0012345')).toBe('electricity');
    expect(utilityOf('HW00120345')).toBe('water');
    expect(utilityOf('PC04AA0012345')).toBeUndefined();
    expect(maskName('Nguyễn Văn An')).toBe('Nguyễn V** A**');
    expect(wardKey('Phường Vĩnh Ninh')).toBe(wardKey('vinh ninh'));
    const outages = upcomingOutages(new Date('2026-12-01T05:00:00Z'));
    expect(outages.every((o) => o.startsAt > '2026-12-01T05:00:00Z' && o.endsAt > o.startsAt)).toBe(true);
    // The first, tomorrow 07:00–11:00 in Huế.
    expect(outages[0]).toMatchObject({ ward: 'Phường Vĩnh Ninh', startsAt: '2026-12-02T00:00:00.000Z', endsAt: '2026-12-02T04:00:00.000Z' });
  });
});

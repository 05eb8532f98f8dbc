import type { Utility } from '../customers/providers.js';

/** A planned interruption of supply, as the providers announce them. */
export interface Outage {
  readonly id: string;
  readonly utility: Utility;
  readonly ward: string;
  /** The streets or area affected. */
  readonly area: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly reason: { readonly vi: string; readonly en: string };
}

interface Plan {
  readonly utility: Utility; readonly ward: string; readonly area: string;
  /** Days from today (Vietnam time), and the local hours. */
  readonly day: number; readonly from: number; readonly to: number;
  readonly reason: Outage['reason'];
}

const MAINTENANCE = { vi: 'Bảo dưỡng, sửa chữa lưới điện', en: 'Grid maintenance and repair' };
const PIPES = { vi: 'Thay thế đường ống cấp nước', en: 'Replacing water mains' };
const TREES = { vi: 'Cắt tỉa cây xanh dọc tuyến dây', en: 'Trimming trees along the lines' };
const FLUSH = { vi: 'Súc xả, vệ sinh đường ống', en: 'Flushing and cleaning the pipes' };

const PLANS: readonly Plan[] = [
  { utility: 'electricity', ward: 'Phường Vĩnh Ninh', area: 'Lê Lợi (đoạn Hà Nội – Nguyễn Huệ), Nguyễn Huệ', day: 1, from: 7, to: 11, reason: MAINTENANCE },
  { utility: 'electricity', ward: 'Phường Phú Hội', area: 'Chu Văn An, Bến Nghé, Phạm Ngũ Lão', day: 2, from: 8, to: 16, reason: TREES },
  { utility: 'water', ward: 'Phường Phú Hội', area: 'Trần Cao Vân, Chu Văn An', day: 3, from: 22, to: 29, reason: PIPES },
  { utility: 'electricity', ward: 'Phường Thuận Hòa', area: 'Đinh Tiên Hoàng, Lê Huân, Mai Thúc Loan', day: 4, from: 6, to: 10, reason: MAINTENANCE },
  { utility: 'water', ward: 'Phường Vĩnh Ninh', area: 'Lê Lợi, Hai Bà Trưng', day: 5, from: 9, to: 13, reason: FLUSH },
  { utility: 'electricity', ward: 'Phường An Cựu', area: 'Hùng Vương (đoạn cầu An Cựu – Bà Triệu)', day: 6, from: 13, to: 17, reason: MAINTENANCE },
  { utility: 'water', ward: 'Phường Tây Lộc', area: 'Nguyễn Trãi, Đặng Dung', day: 7, from: 8, to: 15, reason: PIPES },
  { utility: 'electricity', ward: 'Phường Kim Long', area: 'Kim Long, Nguyễn Phúc Nguyên', day: 8, from: 7, to: 12, reason: TREES },
  { utility: 'electricity', ward: 'Phường Vỹ Dạ', area: 'Nguyễn Sinh Cung, Nguyễn Công Trứ', day: 10, from: 8, to: 11, reason: MAINTENANCE },
  { utility: 'water', ward: 'Phường Xuân Phú', area: 'Phan Bội Châu, Trường Chinh', day: 12, from: 21, to: 27, reason: FLUSH },
];

/** The planned outages of the next two weeks from `now`, soonest first (the demo's dates follow the clock). */
export function upcomingOutages(now: Date): Outage[] {
  const local = new Date(now.getTime() + 7 * 3_600_000);
  const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - 7 * 3_600_000;
  return PLANS.map((p, i) => ({
    id: `OUT-${String(i + 1).padStart(3, '0')}`, utility: p.utility, ward: p.ward, area: p.area, reason: p.reason,
    startsAt: new Date(midnight + (p.day * 24 + p.from) * 3_600_000).toISOString(),
    endsAt: new Date(midnight + (p.day * 24 + p.to) * 3_600_000).toISOString(),
  }));
}

/** Lowercase without diacritics or the "Phường/Xã" prefix, so "vinh ninh" finds "Phường Vĩnh Ninh". */
export const wardKey = (ward: string): string =>
  ward.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/^(phuong|xa|thi tran)\s+/, '').trim();

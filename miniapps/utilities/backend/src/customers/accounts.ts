import type { Utility } from './providers.js';

/** A customer account of a provider: whose it is and where the meter is. */
export interface CustomerAccount {
  readonly code: string;
  readonly utility: Utility;
  readonly holder: string;
  readonly address: string;
  readonly ward: string;
  /** The phone number on the contract (national form, `0905333777`): one way for its holder to prove the account is theirs. */
  readonly phone: string;
  /** Average monthly use (kWh or m³), from which the demo history is drawn. */
  readonly base: number;
  /** Bills left unpaid, newest first: 1 for most, 2 for some. */
  readonly unpaid: 1 | 2;
}

const account = (code: string, holder: string, address: string, ward: string, phone: string, base: number, unpaid: 1 | 2 = 1): CustomerAccount =>
  ({ code, utility: code.startsWith('PC03') ? 'electricity' : 'water', holder, address, ward, phone, base, unpaid });

/** Demo customers at real Huế streets; the people and their phone numbers are invented. */
export const ACCOUNTS: readonly CustomerAccount[] = [
  account('PC03AA0012345', 'Nguyễn Văn An', '12 Lê Lợi', 'Phường Vĩnh Ninh', '0905111001', 210),
  account('PC03AA0012346', 'Trần Thị Bình', '45 Nguyễn Huệ', 'Phường Vĩnh Ninh', '0905111002', 160, 2),
  account('PC03AB0023401', 'Lê Minh Châu', '8 Chu Văn An', 'Phường Phú Hội', '0905111003', 320),
  account('PC03AB0023402', 'Phạm Thị Dung', '27 Bến Nghé', 'Phường Phú Hội', '0905111004', 140),
  account('PC03AC0034510', 'Hoàng Văn Em', '102 Đinh Tiên Hoàng', 'Phường Thuận Hòa', '0905111005', 180),
  account('PC03AC0034511', 'Võ Thị Giang', '5 Lê Huân', 'Phường Thuận Hòa', '0905333777', 95),
  account('PC03AD0045620', 'Đặng Quốc Hưng', '33 Nguyễn Trãi', 'Phường Tây Lộc', '0905111007', 250, 2),
  account('PC03AE0056730', 'Bùi Thị Lan', '210 Hùng Vương', 'Phường An Cựu', '0905111008', 410),
  account('PC03AF0067840', 'Ngô Văn Long', '66 Kim Long', 'Phường Kim Long', '0905111009', 130),
  account('PC03AG0078950', 'Dương Thị Mai', '14 Nguyễn Sinh Cung', 'Phường Vỹ Dạ', '0905111010', 200),
  account('PC03AH0089060', 'Huỳnh Văn Nam', '9 Phan Bội Châu', 'Phường Xuân Phú', '0905111011', 175),
  account('HW00120345', 'Nguyễn Văn An', '12 Lê Lợi', 'Phường Vĩnh Ninh', '0905111001', 18),
  account('HW00120346', 'Trần Thị Bình', '45 Nguyễn Huệ', 'Phường Vĩnh Ninh', '0905111002', 12),
  account('HW00230401', 'Lê Minh Châu', '8 Chu Văn An', 'Phường Phú Hội', '0905111003', 26, 2),
  account('HW00340510', 'Hoàng Văn Em', '102 Đinh Tiên Hoàng', 'Phường Thuận Hòa', '0905111005', 15),
  account('HW00450620', 'Đặng Quốc Hưng', '33 Nguyễn Trãi', 'Phường Tây Lộc', '0905111007', 22),
  account('HW00560730', 'Bùi Thị Lan', '210 Hùng Vương', 'Phường An Cựu', '0905111008', 34),
  account('HW00670840', 'Ngô Văn Long', '66 Kim Long', 'Phường Kim Long', '0905111009', 9),
  account('HW00780950', 'Dương Thị Mai', '14 Nguyễn Sinh Cung', 'Phường Vỹ Dạ', '0905111010', 16),
  account('HW00890960', 'Phan Thị Oanh', '3 Trần Cao Vân', 'Phường Phú Hội', '0905111012', 11),
];

export const accountByCode = (code: string): CustomerAccount | undefined => ACCOUNTS.find((a) => a.code === code);

/** "Nguyễn Văn An" → "Nguyễn V** A**": enough to recognise one's own account, not to learn a stranger's name. */
export function maskName(name: string): string {
  return name.split(/\s+/).map((word, i) => (i === 0 ? word : `${Array.from(word)[0] ?? ''}**`)).join(' ');
}

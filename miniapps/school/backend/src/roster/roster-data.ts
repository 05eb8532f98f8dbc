import type { Pupil, Relation, School, SchoolClass } from './roster-types.js';

// Demo data: two public schools of Huế, their classes, homeroom teachers, pupils and each pupil's
// registered guardians. Names are invented; the phone numbers are in the 0900000xxx demo range.
// `npm start` creates the parent 0900000201 (two children, one in each school) and the teacher
// 0900000202 (homeroom teacher of class 8/1) as platform accounts (backend package.json).

export const SCHOOLS: readonly School[] = [
  {
    id: 'th-le-loi', level: 'primary', ward: 'phường Thuận Hóa', schoolDays: [1, 2, 3, 4, 5],
    name: { vi: 'Trường Tiểu học Lê Lợi', en: 'Lê Lợi Primary School' },
  },
  {
    id: 'thcs-nguyen-tri-phuong', level: 'secondary', ward: 'phường Phú Xuân', schoolDays: [1, 2, 3, 4, 5, 6],
    name: { vi: 'Trường THCS Nguyễn Tri Phương', en: 'Nguyễn Tri Phương Lower Secondary School' },
  },
];

/** Homeroom teachers: `[id, name, phone]`. */
export const TEACHERS: ReadonlyArray<readonly [string, string, string]> = [
  ['gv-ha', 'Hồ Thị Thu Hà', '0900000301'],
  ['gv-linh', 'Phan Thị Mỹ Linh', '0900000302'],
  ['gv-hung', 'Nguyễn Văn Hùng', '0900000303'],
  ['gv-oanh', 'Lê Thị Kim Oanh', '0900000304'],
  ['gv-minh', 'Trần Văn Minh', '0900000202'],
  ['gv-chau', 'Tôn Nữ Minh Châu', '0900000305'],
];

export const CLASSES: readonly SchoolClass[] = [
  { id: 'll-1-1', schoolId: 'th-le-loi', name: '1/1', grade: 1, teacherId: 'gv-ha' },
  { id: 'll-3-2', schoolId: 'th-le-loi', name: '3/2', grade: 3, teacherId: 'gv-linh' },
  { id: 'll-5-1', schoolId: 'th-le-loi', name: '5/1', grade: 5, teacherId: 'gv-hung' },
  { id: 'ntp-6-3', schoolId: 'thcs-nguyen-tri-phuong', name: '6/3', grade: 6, teacherId: 'gv-oanh' },
  { id: 'ntp-8-1', schoolId: 'thcs-nguyen-tri-phuong', name: '8/1', grade: 8, teacherId: 'gv-minh' },
  { id: 'ntp-9-2', schoolId: 'thcs-nguyen-tri-phuong', name: '9/2', grade: 9, teacherId: 'gv-chau' },
];

type G = readonly [name: string, phone: string, relation: Relation];
/** `[id, name, class, born, semi-boarding, guardians]`. */
type Row = readonly [string, string, string, string, boolean, readonly G[]];

const HOA: G = ['Nguyễn Thị Hoa', '0900000201', 'mother'];
const TUNG: G = ['Lê Văn Tùng', '0900000401', 'father'];

const ROWS: readonly Row[] = [
  // 1/1, Tiểu học Lê Lợi
  ['hs-101', 'Nguyễn Gia Bảo', 'll-1-1', '2020-02-11', true, [['Nguyễn Văn Bình', '0900000402', 'father'], ['Trần Thị Mai', '0900000403', 'mother']]],
  ['hs-102', 'Trần Khánh An', 'll-1-1', '2020-05-23', true, [['Trần Quốc Việt', '0900000404', 'father']]],
  ['hs-103', 'Hoàng Minh Thư', 'll-1-1', '2020-07-30', false, [['Đặng Thị Lan', '0900000405', 'mother']]],
  ['hs-104', 'Phan Đức Huy', 'll-1-1', '2020-01-09', true, [['Phan Văn Lợi', '0900000406', 'father'], ['Ngô Thị Hạnh', '0900000407', 'mother']]],
  ['hs-105', 'Võ Ngọc Diệp', 'll-1-1', '2020-10-17', true, [['Võ Thị Xuân', '0900000408', 'mother']]],
  ['hs-106', 'Tôn Thất Phúc', 'll-1-1', '2020-12-02', false, [['Tôn Thất Quang', '0900000409', 'father']]],
  ['hs-107', 'Lê Bảo Ngọc', 'll-1-1', '2020-04-05', true, [['Lê Thị Thảo', '0900000410', 'grandmother']]],
  // 3/2, Tiểu học Lê Lợi: Lê Ngọc Hân, the demo parent's daughter
  ['hs-301', 'Lê Ngọc Hân', 'll-3-2', '2018-03-14', true, [HOA, TUNG]],
  ['hs-302', 'Nguyễn Thành Đạt', 'll-3-2', '2018-08-21', true, [['Nguyễn Văn Sơn', '0900000411', 'father']]],
  ['hs-303', 'Bùi Thị Kim Ngân', 'll-3-2', '2018-06-02', false, [['Bùi Văn Toàn', '0900000412', 'father'], ['Hồ Thị Nga', '0900000413', 'mother']]],
  ['hs-304', 'Trương Quốc Khánh', 'll-3-2', '2018-09-02', true, [['Trương Thị Hồng', '0900000414', 'mother']]],
  ['hs-305', 'Dương Minh Châu', 'll-3-2', '2018-11-19', true, [['Dương Văn Tài', '0900000415', 'father']]],
  ['hs-306', 'Huỳnh Gia Linh', 'll-3-2', '2018-01-27', false, [['Huỳnh Thị Thu', '0900000416', 'mother']]],
  ['hs-307', 'Phạm Anh Tuấn', 'll-3-2', '2018-04-08', true, [['Phạm Văn Nam', '0900000417', 'grandfather']]],
  // 5/1, Tiểu học Lê Lợi
  ['hs-501', 'Nguyễn Hoàng Long', 'll-5-1', '2016-02-15', true, [['Nguyễn Thị Bích', '0900000418', 'mother']]],
  ['hs-502', 'Trần Thị Thanh Trúc', 'll-5-1', '2016-07-07', false, [['Trần Văn Hải', '0900000419', 'father']]],
  ['hs-503', 'Lê Quang Vinh', 'll-5-1', '2016-05-30', true, [['Lê Thị Hương', '0900000420', 'mother'], ['Lê Quang Trung', '0900000421', 'father']]],
  ['hs-504', 'Hồ Ngọc Ánh', 'll-5-1', '2016-10-12', true, [['Hồ Văn Đông', '0900000422', 'father']]],
  ['hs-505', 'Đoàn Minh Nhật', 'll-5-1', '2016-12-25', false, [['Đoàn Thị Liên', '0900000423', 'mother']]],
  ['hs-506', 'Tôn Nữ Bảo Trân', 'll-5-1', '2016-03-03', true, [['Tôn Thất Hiếu', '0900000424', 'father']]],
  // 6/3, THCS Nguyễn Tri Phương
  ['hs-601', 'Võ Đình Khoa', 'ntp-6-3', '2015-01-20', false, [['Võ Đình Thắng', '0900000425', 'father']]],
  ['hs-602', 'Nguyễn Thị Phương Thảo', 'ntp-6-3', '2015-06-16', false, [['Nguyễn Thị Loan', '0900000426', 'mother']]],
  ['hs-603', 'Lê Hoàng Nam', 'ntp-6-3', '2015-09-09', false, [['Lê Văn Cường', '0900000427', 'father'], ['Phan Thị Yến', '0900000428', 'mother']]],
  ['hs-604', 'Trần Bảo Châu', 'ntp-6-3', '2015-04-28', false, [['Trần Thị Diệu', '0900000429', 'mother']]],
  ['hs-605', 'Hoàng Văn Đức', 'ntp-6-3', '2015-11-11', false, [['Hoàng Thị Sen', '0900000430', 'grandmother']]],
  ['hs-606', 'Phạm Ngọc Mai', 'ntp-6-3', '2015-08-01', false, [['Phạm Văn Hòa', '0900000431', 'father']]],
  ['hs-607', 'Ngô Gia Huy', 'ntp-6-3', '2015-02-22', false, [['Ngô Thị Vân', '0900000432', 'mother']]],
  // 8/1, THCS Nguyễn Tri Phương: Lê Minh Khang, the demo parent's son; homeroom teacher Trần Văn Minh
  ['hs-801', 'Lê Minh Khang', 'ntp-8-1', '2013-10-05', false, [HOA, TUNG]],
  ['hs-802', 'Nguyễn Đức Anh', 'ntp-8-1', '2013-03-18', false, [['Nguyễn Văn Phú', '0900000433', 'father']]],
  ['hs-803', 'Trần Thị Hồng Nhung', 'ntp-8-1', '2013-07-24', false, [['Trần Thị Kim', '0900000434', 'mother']]],
  ['hs-804', 'Đặng Quốc Bảo', 'ntp-8-1', '2013-05-06', false, [['Đặng Văn Khải', '0900000435', 'father'], ['Lê Thị Ngọc', '0900000436', 'mother']]],
  ['hs-805', 'Bùi Thanh Tâm', 'ntp-8-1', '2013-12-13', false, [['Bùi Thị Hà', '0900000437', 'mother']]],
  ['hs-806', 'Hồ Minh Quân', 'ntp-8-1', '2013-01-31', false, [['Hồ Văn Thành', '0900000438', 'father']]],
  ['hs-807', 'Tôn Nữ Thảo Vy', 'ntp-8-1', '2013-09-27', false, [['Tôn Thất Bình', '0900000439', 'father']]],
  // 9/2, THCS Nguyễn Tri Phương
  ['hs-901', 'Phan Thanh Hải', 'ntp-9-2', '2012-02-08', false, [['Phan Thị Thủy', '0900000440', 'mother']]],
  ['hs-902', 'Lê Thị Mỹ Duyên', 'ntp-9-2', '2012-06-19', false, [['Lê Văn Hậu', '0900000441', 'father']]],
  ['hs-903', 'Nguyễn Quang Huy', 'ntp-9-2', '2012-10-30', false, [['Nguyễn Thị Tuyết', '0900000442', 'mother'], ['Nguyễn Quang Dũng', '0900000443', 'father']]],
  ['hs-904', 'Trương Ngọc Quỳnh', 'ntp-9-2', '2012-04-14', false, [['Trương Văn Lực', '0900000444', 'father']]],
  ['hs-905', 'Võ Thị Hoài Thương', 'ntp-9-2', '2012-08-26', false, [['Võ Văn Tư', '0900000445', 'guardian']]],
  ['hs-906', 'Đinh Công Minh', 'ntp-9-2', '2012-11-03', false, [['Đinh Thị Hiền', '0900000446', 'mother']]],
];

/** A guardian's roster id: their registered phone, so one person with two children is one guardian. */
export const guardianId = (phone: string): string => `ph-${phone}`;

export const PUPILS: readonly Pupil[] = ROWS.map(([id, name, classId, born, semiBoarding, guardians]) => ({
  id, name, classId, born, semiBoarding,
  guardians: guardians.map(([, phone, relation]) => ({ personId: guardianId(phone), relation })),
}));

/** Every guardian once, with the name the school registered for that phone. */
export const GUARDIANS: ReadonlyArray<readonly [id: string, name: string, phone: string]> = [
  ...new Map(ROWS.flatMap(([, , , , , guardians]) => guardians.map(([name, phone]) => [guardianId(phone), [guardianId(phone), name, phone] as const]))).values(),
];

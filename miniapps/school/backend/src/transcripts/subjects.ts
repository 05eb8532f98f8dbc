import type { Text } from '../roster/roster.js';

/** A subject of the 2018 general education programme. */
export interface Subject {
  readonly id: string;
  readonly name: Text;
}

const s = (id: string, vi: string, en: string): Subject => ({ id, name: { vi, en } });

/**
 * Lower secondary (grades 6–9): subjects assessed by scores, with their number of regular
 * assessments a term (Circular 22: 2 up to 35 periods a year, 3 up to 70, 4 above), then the
 * subjects assessed by comment only (Đạt / Chưa đạt).
 */
export function secondarySubjects(grade: number): { scored: Array<Subject & { regularCount: number }>; commented: Subject[] } {
  return {
    scored: [
      { ...s('ngu-van', 'Ngữ văn', 'Literature'), regularCount: 4 },
      { ...s('toan', 'Toán', 'Mathematics'), regularCount: 4 },
      { ...s('tieng-anh', 'Tiếng Anh', 'English'), regularCount: 4 },
      { ...s('gdcd', 'Giáo dục công dân', 'Civic education'), regularCount: 2 },
      { ...s('lich-su-dia-li', 'Lịch sử và Địa lí', 'History and Geography'), regularCount: 4 },
      { ...s('khtn', 'Khoa học tự nhiên', 'Natural sciences'), regularCount: 4 },
      { ...s('cong-nghe', 'Công nghệ', 'Technology'), regularCount: grade === 8 ? 3 : 2 },
      { ...s('tin-hoc', 'Tin học', 'Informatics'), regularCount: 2 },
    ],
    commented: [
      s('gdtc', 'Giáo dục thể chất', 'Physical education'),
      s('nghe-thuat', 'Nghệ thuật', 'Arts'),
      s('hdtn', 'Hoạt động trải nghiệm, hướng nghiệp', 'Experiential and career activities'),
      s('gddp', 'Nội dung giáo dục của địa phương', 'Local education'),
    ],
  };
}

/**
 * Primary (grades 1–5), assessed by levels and comments (Circular 27/2020); `tested` subjects
 * also have an end-of-term test scored 1–10 in whole numbers.
 */
export function primarySubjects(grade: number): Array<Subject & { tested: boolean }> {
  const upper = grade >= 4;
  const list: Array<Subject & { tested: boolean }> = [
    { ...s('tieng-viet', 'Tiếng Việt', 'Vietnamese'), tested: true },
    { ...s('toan', 'Toán', 'Mathematics'), tested: true },
  ];
  if (grade >= 3) {
    list.push({ ...s('tieng-anh', 'Tiếng Anh', 'English'), tested: true }, { ...s('tin-hoc-cong-nghe', 'Tin học và Công nghệ', 'Informatics and Technology'), tested: true });
  }
  list.push({ ...s('dao-duc', 'Đạo đức', 'Ethics'), tested: false });
  if (upper) {
    list.push({ ...s('khoa-hoc', 'Khoa học', 'Science'), tested: true }, { ...s('lich-su-dia-li', 'Lịch sử và Địa lí', 'History and Geography'), tested: true });
  } else {
    list.push({ ...s('tnxh', 'Tự nhiên và Xã hội', 'Nature and society'), tested: false });
  }
  list.push(
    { ...s('gdtc', 'Giáo dục thể chất', 'Physical education'), tested: false },
    { ...s('am-nhac', 'Âm nhạc', 'Music'), tested: false },
    { ...s('mi-thuat', 'Mĩ thuật', 'Fine arts'), tested: false },
    { ...s('hdtn', 'Hoạt động trải nghiệm', 'Experiential activities'), tested: false },
  );
  return list;
}

import { createHash } from 'node:crypto';
import type { Pupil, SchoolLevel } from '../roster/roster.js';
import type { Level, PrimaryTermMarks, SecondaryTermMarks, TermMarks } from './marks.js';
import { primarySubjects, secondarySubjects } from './subjects.js';

// Deterministic demo marks: the demo parent's two children are written out by hand (the tests
// check their averages against figures computed by hand); every other pupil's come from a
// generator seeded by their id, the same on every start.

const KHANG_TERM_ONE: SecondaryTermMarks = {
  level: 'secondary',
  scored: [
    { subjectId: 'ngu-van', regular: [7, 8, 7.5, 8], midterm: 7, final: 7.5 },
    { subjectId: 'toan', regular: [9, 8, 8.5, 9], midterm: 8, final: 9 },
    { subjectId: 'tieng-anh', regular: [8, 9, 8, 9], midterm: 8.5, final: 8 },
    { subjectId: 'gdcd', regular: [9, 9], midterm: 8, final: 9 },
    { subjectId: 'lich-su-dia-li', regular: [7, 7.5, 8, 6.5], midterm: 7, final: 7 },
    { subjectId: 'khtn', regular: [8, 7, 8, 8.5], midterm: 7.5, final: 8 },
    { subjectId: 'cong-nghe', regular: [8, 9, 8.5], midterm: 8, final: 8.5 },
    { subjectId: 'tin-hoc', regular: [9, 10], midterm: 9, final: 9.5 },
  ],
  commented: { gdtc: true, 'nghe-thuat': true, hdtn: true, gddp: true },
  conduct: 'good',
  teacherComment: 'Chăm ngoan, học tốt các môn tự nhiên; cần đọc thêm sách để viết văn sâu sắc hơn.',
};

const KHANG_TERM_TWO: SecondaryTermMarks = {
  level: 'secondary',
  scored: [
    { subjectId: 'ngu-van', regular: [8], midterm: null, final: null },
    { subjectId: 'toan', regular: [9, 9.5], midterm: null, final: null },
    { subjectId: 'tieng-anh', regular: [8.5], midterm: null, final: null },
    { subjectId: 'gdcd', regular: [], midterm: null, final: null },
    { subjectId: 'lich-su-dia-li', regular: [7.5], midterm: null, final: null },
    { subjectId: 'khtn', regular: [8], midterm: null, final: null },
    { subjectId: 'cong-nghe', regular: [], midterm: null, final: null },
    { subjectId: 'tin-hoc', regular: [10], midterm: null, final: null },
  ],
  commented: { gdtc: null, 'nghe-thuat': null, hdtn: null, gddp: null },
  conduct: null,
  teacherComment: '',
};

const HAN_TERM_ONE: PrimaryTermMarks = {
  level: 'primary',
  subjects: [
    { subjectId: 'tieng-viet', level: 'T', test: 9, comment: 'Đọc trôi chảy, viết đúng chính tả, chữ viết đẹp.' },
    { subjectId: 'toan', level: 'T', test: 10, comment: 'Tính nhanh, giải toán có lời văn tốt.' },
    { subjectId: 'tieng-anh', level: 'H', test: 8, comment: 'Nghe hiểu tốt; cần luyện thêm phát âm.' },
    { subjectId: 'tin-hoc-cong-nghe', level: 'H', test: 8, comment: 'Sử dụng chuột, bàn phím thành thạo.' },
    { subjectId: 'dao-duc', level: 'T', test: null, comment: 'Lễ phép, biết giúp đỡ bạn bè.' },
    { subjectId: 'tnxh', level: 'T', test: null, comment: 'Hiểu bài, mạnh dạn chia sẻ ý kiến.' },
    { subjectId: 'gdtc', level: 'H', test: null, comment: 'Tham gia đầy đủ các bài tập.' },
    { subjectId: 'am-nhac', level: 'T', test: null, comment: 'Hát đúng giai điệu, tự tin biểu diễn.' },
    { subjectId: 'mi-thuat', level: 'H', test: null, comment: 'Vẽ có sáng tạo; cần tô màu cẩn thận hơn.' },
    { subjectId: 'hdtn', level: 'T', test: null, comment: 'Tích cực tham gia hoạt động của lớp.' },
  ],
  qualities: 'good',
  competences: 'good',
  teacherComment: 'Con ngoan, học tốt; tiếp tục phát huy.',
};

/** A pseudo-random stream of numbers in [0, 1) seeded by `seed` (SHA-256 counter mode: plain and portable). */
function stream(seed: string): () => number {
  let counter = 0;
  return () => createHash('sha256').update(`${seed}:${counter++}`).digest().readUInt32BE(0) / 2 ** 32;
}

/** A score near `around` (±1.5), on the half-point steps teachers give, within 0–10. */
const near = (next: () => number, around: number) => Math.min(10, Math.max(0, Math.round((around + (next() * 3 - 1.5)) * 2) / 2));

function generatedSecondary(pupil: Pupil, grade: number, term: 1 | 2): SecondaryTermMarks {
  const next = stream(`${pupil.id}:${term}`);
  const ability = 5.5 + stream(pupil.id)() * 3.5;
  const { scored, commented } = secondarySubjects(grade);
  const done = term === 1;
  return {
    level: 'secondary',
    scored: scored.map((subject) => ({
      subjectId: subject.id,
      regular: Array.from({ length: done ? subject.regularCount : Math.min(1, subject.regularCount) }, () => near(next, ability)),
      midterm: done ? near(next, ability) : null,
      final: done ? near(next, ability) : null,
    })),
    commented: Object.fromEntries(commented.map((s) => [s.id, done ? ability >= 5 || next() > 0.2 : null])),
    conduct: done ? (ability >= 7.5 ? 'good' : ability >= 6 ? 'fair' : 'pass') : null,
    teacherComment: done ? (ability >= 7.5 ? 'Chăm chỉ, tiến bộ đều ở các môn.' : 'Cần tập trung hơn trong giờ học và làm bài tập đầy đủ.') : '',
  };
}

const LEVEL_COMMENTS: Readonly<Record<Level, string>> = {
  T: 'Hoàn thành tốt nội dung môn học, tích cực phát biểu.',
  H: 'Hoàn thành nội dung môn học; cần cẩn thận hơn khi làm bài.',
  C: 'Chưa hoàn thành một số nội dung; gia đình cần kèm thêm ở nhà.',
};

function generatedPrimary(pupil: Pupil, grade: number, term: 1 | 2): PrimaryTermMarks {
  const next = stream(`${pupil.id}:${term}`);
  const ability = 5.5 + stream(pupil.id)() * 3.5;
  const done = term === 1;
  return {
    level: 'primary',
    subjects: primarySubjects(grade).map((subject) => {
      if (!done) return { subjectId: subject.id, level: null, test: null, comment: '' };
      const mark = ability + next() * 3 - 1.5;
      const level: Level = mark >= 8 ? 'T' : mark >= 5 ? 'H' : 'C';
      return { subjectId: subject.id, level, test: subject.tested ? Math.min(10, Math.max(1, Math.round(mark))) : null, comment: LEVEL_COMMENTS[level] };
    }),
    qualities: done ? (ability >= 7 ? 'good' : 'pass') : null,
    competences: done ? (ability >= 7.5 ? 'good' : 'pass') : null,
    teacherComment: done ? 'Con ngoan, có cố gắng trong học tập.' : '',
  };
}

/** The marks of `pupil` (in `grade`, at a school of `level`) for term 1 or 2 of the current school year. */
export function demoMarks(pupil: Pupil, level: SchoolLevel, grade: number, term: 1 | 2): TermMarks {
  if (pupil.id === 'hs-801') return term === 1 ? KHANG_TERM_ONE : KHANG_TERM_TWO;
  if (pupil.id === 'hs-301' && term === 1) return HAN_TERM_ONE;
  return level === 'primary' ? generatedPrimary(pupil, grade, term) : generatedSecondary(pupil, grade, term);
}

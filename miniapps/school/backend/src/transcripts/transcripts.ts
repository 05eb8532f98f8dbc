import { schoolYearOf } from '../calendar/school-calendar.js';
import type { Pupil, Roster } from '../roster/roster.js';
import { learningResult, termAverage } from './assessment.js';
import { demoMarks } from './demo-marks.js';
import type { TermMarks } from './marks.js';
import { primarySubjects, secondarySubjects } from './subjects.js';
import type { CommentedRow, LevelRow, ScoredRow, Transcript } from './transcript.js';

export type { Transcript };

/** `pupil`'s results for `term` of the school year of `today`, averages computed here from the recorded marks. */
export function transcriptOf(roster: Roster, pupil: Pupil, term: 1 | 2, today: string, marksOf: typeof demoMarks = demoMarks): Transcript {
  const schoolClass = roster.schoolClass(pupil.classId)!;
  const school = roster.school(schoolClass.schoolId)!;
  const marks: TermMarks = marksOf(pupil, school.level, schoolClass.grade, term);
  const base = {
    pupilId: pupil.id, pupilName: pupil.name, className: schoolClass.name, schoolName: school.name, level: school.level,
    schoolYear: schoolYearOf(today).label, term, teacherComment: marks.teacherComment,
  };
  if (marks.level === 'primary') {
    const subjects = new Map(primarySubjects(schoolClass.grade).map((s) => [s.id, s]));
    const rows: LevelRow[] = marks.subjects.map((m) => ({
      kind: 'level', subject: subjects.get(m.subjectId)?.name ?? { vi: m.subjectId, en: m.subjectId }, level: m.level, test: m.test, comment: m.comment,
    }));
    return { ...base, rows, learning: null, conduct: null, qualities: marks.qualities, competences: marks.competences };
  }
  const { scored, commented } = secondarySubjects(schoolClass.grade);
  const scoredRows: ScoredRow[] = scored.map((subject) => {
    const m = marks.scored.find((x) => x.subjectId === subject.id) ?? { regular: [], midterm: null, final: null };
    const complete = m.regular.length === subject.regularCount && m.midterm !== null && m.final !== null;
    return {
      kind: 'scored', subject: subject.name, regular: m.regular, regularCount: subject.regularCount, midterm: m.midterm, final: m.final,
      average: complete ? termAverage(m.regular, m.midterm!, m.final!) : null,
    };
  });
  const commentedRows: CommentedRow[] = commented.map((subject) => ({ kind: 'commented', subject: subject.name, passed: marks.commented[subject.id] ?? null }));
  const averages = scoredRows.map((r) => r.average);
  const passed = commentedRows.map((r) => r.passed);
  const closed = averages.every((a) => a !== null) && passed.every((p) => p !== null);
  return {
    ...base, rows: [...scoredRows, ...commentedRows],
    learning: closed ? learningResult(averages as number[], passed as boolean[]) : null,
    conduct: marks.conduct, qualities: null, competences: null,
  };
}

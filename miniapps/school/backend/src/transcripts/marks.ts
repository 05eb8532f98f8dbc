import type { Rating } from './assessment.js';

/** What a lower secondary teacher recorded for one scored subject in a term; null: not assessed yet. */
export interface ScoredMarks {
  readonly subjectId: string;
  /** The regular assessments (ĐĐGtx) recorded so far. */
  readonly regular: readonly number[];
  readonly midterm: number | null;
  readonly final: number | null;
}

/** Primary levels: Hoàn thành tốt / Hoàn thành / Chưa hoàn thành. */
export type Level = 'T' | 'H' | 'C';
/** Primary qualities and competences: Tốt / Đạt / Cần cố gắng. */
export type Quality = 'good' | 'pass' | 'effort';

export interface SecondaryTermMarks {
  readonly level: 'secondary';
  readonly scored: readonly ScoredMarks[];
  /** Subjects assessed by comment: true Đạt, false Chưa đạt, null not assessed yet. */
  readonly commented: Readonly<Record<string, boolean | null>>;
  /** Kết quả rèn luyện (conduct), null until the term is assessed. */
  readonly conduct: Rating | null;
  readonly teacherComment: string;
}

export interface PrimaryMark {
  readonly subjectId: string;
  readonly level: Level | null;
  /** The end-of-term test, 1–10 in whole numbers, for tested subjects. */
  readonly test: number | null;
  readonly comment: string;
}

export interface PrimaryTermMarks {
  readonly level: 'primary';
  readonly subjects: readonly PrimaryMark[];
  readonly qualities: Quality | null;
  readonly competences: Quality | null;
  readonly teacherComment: string;
}

export type TermMarks = SecondaryTermMarks | PrimaryTermMarks;

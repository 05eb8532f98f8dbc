import type { Text } from '../roster/roster-types.js';
import type { Rating } from './assessment.js';
import type { Level, Quality } from './marks.js';

/** A subject assessed by scores, with its term average once mid-term and end-of-term are in. */
export interface ScoredRow {
  readonly kind: 'scored';
  readonly subject: Text;
  readonly regular: readonly number[];
  /** Regular assessments the subject has in a term (Circular 22). */
  readonly regularCount: number;
  readonly midterm: number | null;
  readonly final: number | null;
  /** ĐTBmhk, null until every assessment of the term is recorded. */
  readonly average: number | null;
}

/** A lower secondary subject assessed by comment: Đạt (true) / Chưa đạt (false). */
export interface CommentedRow {
  readonly kind: 'commented';
  readonly subject: Text;
  readonly passed: boolean | null;
}

/** A primary subject: a level, a comment, and for tested subjects the end-of-term test. */
export interface LevelRow {
  readonly kind: 'level';
  readonly subject: Text;
  readonly level: Level | null;
  readonly test: number | null;
  readonly comment: string;
}

/** One child's results for one term. */
export interface Transcript {
  readonly pupilId: string;
  readonly pupilName: string;
  readonly className: string;
  readonly schoolName: Text;
  readonly level: 'primary' | 'secondary';
  /** `2026–2027`. */
  readonly schoolYear: string;
  readonly term: 1 | 2;
  readonly rows: ReadonlyArray<ScoredRow | CommentedRow | LevelRow>;
  /** Lower secondary: the learning result (from the averages) and conduct; null while the term is open. */
  readonly learning: Rating | null;
  readonly conduct: Rating | null;
  /** Primary: qualities and competences. */
  readonly qualities: Quality | null;
  readonly competences: Quality | null;
  readonly teacherComment: string;
}

import type { Roster } from './roster.js';
import type { Pupil, Relation, SchoolClass, SchoolLevel, Text } from './roster-types.js';

/** A school as the app shows it. */
export interface SchoolView {
  readonly id: string;
  readonly name: Text;
  readonly level: SchoolLevel;
  readonly ward: string;
}

/** A class as the app shows it, with its school and homeroom teacher's name. */
export interface ClassView {
  readonly id: string;
  readonly name: string;
  readonly grade: number;
  readonly school: SchoolView;
  readonly teacher: string;
}

/** A child as their guardian sees them. */
export interface ChildView {
  readonly id: string;
  readonly name: string;
  readonly born: string;
  readonly semiBoarding: boolean;
  /** How the signed-in guardian is registered for this child. */
  readonly relation: Relation;
  readonly schoolClass: ClassView;
}

export function classView(roster: Roster, c: SchoolClass): ClassView {
  const school = roster.school(c.schoolId)!;
  return {
    id: c.id, name: c.name, grade: c.grade, teacher: roster.person(c.teacherId)?.name ?? '',
    school: { id: school.id, name: school.name, level: school.level, ward: school.ward },
  };
}

export function childView(roster: Roster, pupil: Pupil, guardianId: string): ChildView {
  return {
    id: pupil.id, name: pupil.name, born: pupil.born, semiBoarding: pupil.semiBoarding,
    relation: pupil.guardians.find((g) => g.personId === guardianId)?.relation ?? 'guardian',
    schoolClass: classView(roster, roster.schoolClass(pupil.classId)!),
  };
}

/** `POST /link`: who the citizen is to the school, from their phone number. */
export interface LinkAnswer {
  /** From the token's `name` claim, for the greeting only; null when not shared. */
  readonly name: string | null;
  /** Today in Vietnam, `YYYY-MM-DD`. */
  readonly today: string;
  readonly children: readonly ChildView[];
  /** Classes the citizen is homeroom teacher of, with their number of pupils. */
  readonly classes: ReadonlyArray<ClassView & { readonly pupils: number }>;
}

/** `GET /classes/:id`: the homeroom teacher's class list, with how many guardians use the app. */
export interface ClassPage {
  readonly schoolClass: ClassView;
  /** Announcements the class may receive a day (`LIMITS.announcementsPerClassPerDay`). */
  readonly announcementsPerDay: number;
  readonly pupils: ReadonlyArray<{ readonly id: string; readonly name: string; readonly born: string; readonly guardians: number; readonly linkedGuardians: number }>;
}

/** A text in both of the app's languages. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

/** Primary schools assess by comments (Circular 27/2020), lower secondary by scores (Circular 22/2021). */
export type SchoolLevel = 'primary' | 'secondary';

export interface School {
  readonly id: string;
  readonly name: Text;
  readonly level: SchoolLevel;
  readonly ward: string;
  /** ISO weekdays the school teaches on: 1 = Monday … 6 = Saturday. */
  readonly schoolDays: readonly number[];
}

export interface SchoolClass {
  readonly id: string;
  readonly schoolId: string;
  /** As the school writes it: `3/2`, `8/1`. */
  readonly name: string;
  readonly grade: number;
  /** The homeroom teacher (giáo viên chủ nhiệm), a person of the roster. */
  readonly teacherId: string;
}

/** A teacher or a guardian, as the school registered them: the phone number is what links their account. */
export interface Person {
  readonly id: string;
  readonly name: string;
  /** National form, `0900000201`. */
  readonly phone: string;
}

export type Relation = 'mother' | 'father' | 'grandmother' | 'grandfather' | 'guardian';

export interface Pupil {
  readonly id: string;
  readonly name: string;
  readonly classId: string;
  /** `YYYY-MM-DD`. */
  readonly born: string;
  /** Registered for semi-boarding (bán trú): lunch and midday care at school, billed monthly. */
  readonly semiBoarding: boolean;
  readonly guardians: ReadonlyArray<{ readonly personId: string; readonly relation: Relation }>;
}

import { nationalPhone } from '@citadel-miniapp/backend-kit';
import { CLASSES, GUARDIANS, PUPILS, SCHOOLS, TEACHERS } from './roster-data.js';
import type { Person, Pupil, School, SchoolClass } from './roster-types.js';

export type { Person, Pupil, Relation, School, SchoolClass, SchoolLevel, Text } from './roster-types.js';

/** What the school registered: schools, classes, pupils, guardians and homeroom teachers, with lookups. */
export interface Roster {
  readonly schools: readonly School[];
  readonly classes: readonly SchoolClass[];
  readonly pupils: readonly Pupil[];
  school(id: string): School | undefined;
  schoolClass(id: string): SchoolClass | undefined;
  pupil(id: string): Pupil | undefined;
  person(id: string): Person | undefined;
  /** The guardian and teacher ids registered with `phone` (any form); none for anything but a mobile number. */
  peopleWithPhone(phone: string): string[];
  /** Pupils of whom `personId` is a registered guardian. */
  childrenOf(personId: string): Pupil[];
  /** Classes of which `personId` is the homeroom teacher. */
  classesOf(personId: string): SchoolClass[];
  pupilsOf(classId: string): Pupil[];
}

/** Builds the lookups over a roster; throws when a reference is dangling or a phone is registered twice. */
export function createRoster(data: {
  schools: readonly School[]; classes: readonly SchoolClass[]; pupils: readonly Pupil[]; people: readonly Person[];
}): Roster {
  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
  const schools = byId(data.schools);
  const classes = byId(data.classes);
  const pupils = byId(data.pupils);
  const people = byId(data.people);
  // One phone may be one teacher and one guardian (a teacher whose child is at school), always one name.
  const byPhone = new Map<string, Person[]>();
  for (const person of data.people) {
    const phone = nationalPhone(person.phone);
    if (!phone) throw new TypeError(`${person.id}: ${person.phone} is not a mobile number`);
    const same = byPhone.get(phone) ?? [];
    if (same.some((p) => p.name !== person.name)) throw new TypeError(`${phone} is registered to ${same[0]!.id} and ${person.id} under two names`);
    byPhone.set(phone, [...same, person]);
  }
  for (const c of data.classes) if (!schools.has(c.schoolId) || !people.has(c.teacherId)) throw new TypeError(`${c.id}: unknown school or teacher`);
  for (const p of data.pupils) {
    if (!classes.has(p.classId)) throw new TypeError(`${p.id}: unknown class ${p.classId}`);
    for (const g of p.guardians) if (!people.has(g.personId)) throw new TypeError(`${p.id}: unknown guardian ${g.personId}`);
  }
  return {
    schools: data.schools, classes: data.classes, pupils: data.pupils,
    school: (id) => schools.get(id),
    schoolClass: (id) => classes.get(id),
    pupil: (id) => pupils.get(id),
    person: (id) => people.get(id),
    peopleWithPhone(phone) {
      const national = nationalPhone(phone);
      return national === undefined ? [] : (byPhone.get(national) ?? []).map((p) => p.id);
    },
    childrenOf: (personId) => data.pupils.filter((p) => p.guardians.some((g) => g.personId === personId)),
    classesOf: (personId) => data.classes.filter((c) => c.teacherId === personId),
    pupilsOf: (classId) => data.pupils.filter((p) => p.classId === classId),
  };
}

/** The demo roster of two Huế schools (`roster-data.ts`). */
export const demoRoster = (): Roster => createRoster({
  schools: SCHOOLS, classes: CLASSES, pupils: PUPILS,
  people: [...TEACHERS, ...GUARDIANS].map(([id, name, phone]) => ({ id, name, phone })),
});

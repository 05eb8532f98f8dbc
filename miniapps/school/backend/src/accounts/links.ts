import type { IdTokenClaims } from '@citadel/node';
import { phoneClaim, type Database, type Queryable } from '@citadel-miniapp/backend-kit';
import { SchoolError } from '../errors.js';
import type { Pupil, Roster, SchoolClass } from '../roster/roster.js';

/** Who a signed-in citizen is to the school: the roster people their phone number was registered as. */
export interface Member {
  readonly sub: string;
  readonly personIds: readonly string[];
}

/** A `links` row: one roster person a pairwise `sub` was linked to. */
interface LinkRow { sub: string; person_id: string; linked_at: Date | string }

/**
 * Links a pairwise `sub` to the roster from the `phone_number` of a token this backend verified,
 * and only when the token says the citizen confirmed that number with a one-time code
 * (`phone_number_verified`): the only way in. Anyone can sign up with a teacher's number; only the
 * teacher can confirm it. Nobody can link by typing a number, and the phone itself is not stored.
 */
export function createLinks(db: Database, roster: Roster, now: () => Date = () => new Date()) {
  const personIdsOf = async (q: Queryable, sub: string) =>
    (await q.query<Pick<LinkRow, 'person_id'>>('SELECT person_id FROM links WHERE sub = $1 ORDER BY person_id', [sub])).map((r) => r.person_id);

  return {
    /**
     * Remakes the citizen's links from their token, at every sign-in: `403 PHONE_REQUIRED` when it
     * carries no phone number, `403 PHONE_UNVERIFIED` when the number was never confirmed; either
     * way any old links are dropped, since they stand on a confirmed number alone.
     */
    async link(claims: IdTokenClaims): Promise<Member> {
      const phone = phoneClaim(claims);
      if (phone.state !== 'verified') {
        await this.forget(claims.sub);
        throw phone.state === 'missing'
          ? new SchoolError(403, 'PHONE_REQUIRED', 'The school links children to their guardians by the phone number it registered: share your phone number with this app', { claim: 'phone' })
          : new SchoolError(403, 'PHONE_UNVERIFIED', 'Your phone number is not confirmed: confirm it with the one-time code in your Huế-S account page, then open the app again');
      }
      const people = roster.peopleWithPhone(phone.phone);
      await db.transaction(async (tx) => {
        await tx.query('DELETE FROM links WHERE sub = $1', [claims.sub]);
        for (const person of people) await tx.query('INSERT INTO links (sub, person_id, linked_at) VALUES ($1, $2, $3)', [claims.sub, person, now()]);
      });
      return { sub: claims.sub, personIds: people };
    },
    async member(sub: string): Promise<Member> {
      return { sub, personIds: await personIdsOf(db, sub) };
    },
    async forget(sub: string): Promise<void> {
      await db.query('DELETE FROM links WHERE sub = $1', [sub]);
    },
    /** The subs linked to any of `personIds`, each once. */
    async subsOf(personIds: readonly string[]): Promise<string[]> {
      if (personIds.length === 0) return [];
      return (await db.query<Pick<LinkRow, 'sub'>>('SELECT DISTINCT sub FROM links WHERE person_id = ANY($1::text[]) ORDER BY sub', [[...personIds]])).map((r) => r.sub);
    },
    /** Of `personIds`, those some citizen is linked as. */
    async linkedPeople(personIds: readonly string[]): Promise<Set<string>> {
      if (personIds.length === 0) return new Set();
      return new Set((await db.query<Pick<LinkRow, 'person_id'>>('SELECT DISTINCT person_id FROM links WHERE person_id = ANY($1::text[])', [[...personIds]])).map((r) => r.person_id));
    },
  };
}

export type Links = ReturnType<typeof createLinks>;

/** The member's children, each with the guardian they are linked as. */
export function childrenOf(roster: Roster, member: Member): Array<{ pupil: Pupil; guardianId: string }> {
  return roster.pupils.flatMap((pupil) => {
    const guardian = pupil.guardians.find((g) => member.personIds.includes(g.personId));
    return guardian ? [{ pupil, guardianId: guardian.personId }] : [];
  });
}

/** The member's child `pupilId`, or the same `404 NOT_FOUND` as for a pupil who does not exist. */
export function childOf(roster: Roster, member: Member, pupilId: string): { pupil: Pupil; guardianId: string } {
  const found = childrenOf(roster, member).find((c) => c.pupil.id === pupilId);
  if (!found) throw new SchoolError(404, 'NOT_FOUND', 'No such pupil among your children');
  return found;
}

/** The classes the member is homeroom teacher of. */
export const classesOf = (roster: Roster, member: Member): SchoolClass[] => member.personIds.flatMap((id) => roster.classesOf(id));

/** The member's class `classId`, or `403 NOT_TEACHER`. */
export function taughtClass(roster: Roster, member: Member, classId: string): SchoolClass {
  const found = classesOf(roster, member).find((c) => c.id === classId);
  if (!found) throw new SchoolError(403, 'NOT_TEACHER', 'Only the homeroom teacher of this class may do this');
  return found;
}

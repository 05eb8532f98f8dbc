import { randomBytes } from 'node:crypto';
import type { PartnerClient } from '@citadel/node';
import type { Database } from '@citadel-miniapp/backend-kit';
import type { Links, Member } from '../accounts/links.js';
import { vietnamDate } from '../calendar/dates.js';
import { SchoolError } from '../errors.js';
import { LIMITS } from '../limits.js';
import type { Message, Outbox } from '../notify/outbox.js';
import type { Roster, SchoolClass } from '../roster/roster.js';
import type { Announcement, AnnouncementWithDelivery, DeliverySummary } from './announcement.js';

export type { Announcement, AnnouncementWithDelivery, DeliverySummary };

interface Row { id: string; class_id: string; teacher_id: string; posted_by: string; client_key: string; title: string; body: string; created_at: Date | string }

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const newId = () => `TB-${[...randomBytes(8)].map((b) => ALPHABET[b % ALPHABET.length]).join('')}`;
export const ANNOUNCEMENT_ID = /^TB-[A-HJ-NP-Z2-9]{8}$/;

/** Class announcements: posted by the homeroom teacher, notified to every linked guardian of the class. */
export function createAnnouncements(db: Database, roster: Roster, links: Links, outbox: Outbox, now: () => Date = () => new Date()) {
  const view = (r: Row): Announcement => {
    const schoolClass = roster.schoolClass(r.class_id)!;
    return {
      id: r.id, classId: r.class_id, className: schoolClass.name, schoolName: roster.school(schoolClass.schoolId)!.name,
      teacher: roster.person(r.teacher_id)?.name ?? '', title: r.title, body: r.body, createdAt: new Date(r.created_at).toISOString(),
    };
  };
  const guardiansOf = (classId: string) => [...new Set(roster.pupilsOf(classId).flatMap((p) => p.guardians.map((g) => g.personId)))];

  async function summary(id: string, classId: string): Promise<DeliverySummary> {
    const counts = await outbox.counts(id);
    const guardians = guardiansOf(classId);
    const linked = await links.linkedPeople(guardians);
    return { recipients: Object.values(counts).reduce((n, c) => n + c, 0), counts, unlinked: guardians.filter((g) => !linked.has(g)).length };
  }

  /** The notification of `a` to one guardian: the title the teacher wrote, and where it is from (a push can show on a locked screen). */
  const message = (a: Announcement, to: string): Message => ({
    key: `announcement-${a.id}-${to}`, announcementId: a.id,
    input: {
      to, topic: 'announcements', path: `/announcements/${a.id}`, title: a.title,
      body: { vi: `Thông báo của lớp ${a.className}, ${a.schoolName.vi}. Chạm để đọc.`, en: `From class ${a.className}, ${a.schoolName.en}. Tap to read it.` },
    },
  });

  return {
    /**
     * Posts an announcement to `schoolClass` and notifies its linked guardians. `clientKey` makes
     * the post itself idempotent: the same key answers the same announcement (and only resumes
     * its unsent notifications). At most `announcementsPerClassPerDay` a Vietnam day per class.
     */
    async post(citadel: PartnerClient | undefined, member: Member, schoolClass: SchoolClass, input: { title: string; body: string; clientKey: string }): Promise<AnnouncementWithDelivery> {
      const recipients = await links.subsOf(guardiansOf(schoolClass.id));
      const row = await db.transaction(async (tx) => {
        await tx.query("SELECT pg_advisory_xact_lock(hashtext('school:announcements'), hashtext($1))", [schoolClass.id]);
        const [again] = await tx.query<Row>('SELECT * FROM announcements WHERE class_id = $1 AND client_key = $2', [schoolClass.id, input.clientKey]);
        if (again) return again;
        const today = vietnamDate(now());
        const posted = await tx.query<Row>('SELECT * FROM announcements WHERE class_id = $1 ORDER BY created_at DESC LIMIT $2', [schoolClass.id, LIMITS.announcementsPerClassPerDay]);
        if (posted.filter((r) => vietnamDate(new Date(r.created_at)) === today).length >= LIMITS.announcementsPerClassPerDay) {
          throw new SchoolError(429, 'DAILY_LIMIT', `A class receives at most ${LIMITS.announcementsPerClassPerDay} announcements a day: each one uses a notification of every guardian's daily quota`, { limit: LIMITS.announcementsPerClassPerDay, window: 'day' });
        }
        const [made] = await tx.query<Row>(
          `INSERT INTO announcements (id, class_id, teacher_id, posted_by, client_key, title, body, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
          [newId(), schoolClass.id, schoolClass.teacherId, member.sub, input.clientKey, input.title, input.body, now()]);
        // One notification per linked guardian, stored with the announcement: the platform has no call for many recipients.
        await outbox.enqueue(tx, recipients.map((to) => message(view(made!), to)));
        return made!;
      });
      // A replayed post resumes only what is still pending; nothing already sent goes twice.
      await outbox.send(citadel, await outbox.unreached(row.id, ['pending']));
      return { ...view(row), delivery: await summary(row.id, row.class_id) };
    },
    /** Sends again to the recipients not reached yet (not allowed, over quota, failed); the keys keep it from doubling. */
    async resend(citadel: PartnerClient | undefined, id: string, classIds: readonly string[]): Promise<AnnouncementWithDelivery> {
      const [row] = await db.query<Row>('SELECT * FROM announcements WHERE id = $1', [id]);
      if (!row || !classIds.includes(row.class_id)) throw new SchoolError(404, 'NOT_FOUND', 'No such announcement of your class');
      await outbox.send(citadel, await outbox.unreached(row.id));
      return { ...view(row), delivery: await summary(row.id, row.class_id) };
    },
    async ofClass(classId: string): Promise<AnnouncementWithDelivery[]> {
      const rows = await db.query<Row>('SELECT * FROM announcements WHERE class_id = $1 ORDER BY created_at DESC LIMIT $2', [classId, LIMITS.page]);
      return Promise.all(rows.map(async (r) => ({ ...view(r), delivery: await summary(r.id, r.class_id) })));
    },
    /** Announcements of any of `classIds`, newest first. */
    async ofClasses(classIds: readonly string[]): Promise<Announcement[]> {
      if (classIds.length === 0) return [];
      return (await db.query<Row>('SELECT * FROM announcements WHERE class_id = ANY($1::text[]) ORDER BY created_at DESC LIMIT $2', [[...classIds], LIMITS.page])).map(view);
    },
    /** One announcement of any of `classIds`, else the same 404 as none. */
    async get(id: string, classIds: readonly string[]): Promise<Announcement> {
      const [row] = await db.query<Row>('SELECT * FROM announcements WHERE id = $1', [id]);
      if (!row || !classIds.includes(row.class_id)) throw new SchoolError(404, 'NOT_FOUND', 'No such announcement');
      return view(row);
    },
  };
}

export type Announcements = ReturnType<typeof createAnnouncements>;

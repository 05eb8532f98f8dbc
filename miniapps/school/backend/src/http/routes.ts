import type { IncomingMessage } from 'node:http';
import {
  authenticateCitizen, citizenOf, ok, parse, readJson, requireAccess, type BackendParts, type Endpoint,
} from '@citadel-miniapp/backend-kit';
import { childOf, childrenOf, classesOf, taughtClass, type Links, type Member } from '../accounts/links.js';
import { ANNOUNCEMENT_ID, type Announcements } from '../announcements/announcements.js';
import { vietnamDate } from '../calendar/dates.js';
import { SchoolError } from '../errors.js';
import { LEAVE_ID, type LeaveRequests } from '../leave/leave-requests.js';
import { checkLeaveDates, leaveDays } from '../leave/leave-rules.js';
import { LIMITS } from '../limits.js';
import type { Outbox } from '../notify/outbox.js';
import type { Roster } from '../roster/roster.js';
import { childView, classView, type ClassPage, type LinkAnswer } from '../roster/views.js';
import { transcriptOf } from '../transcripts/transcripts.js';
import { FEE_ID, type Tuition } from '../tuition/tuition.js';
import { AnnouncementInput, ClassLeaveQuery, DecisionInput, LeaveInput, TranscriptQuery } from '../validate.js';
import { receiveWebhook } from '../webhooks.js';

/** What every route needs. */
export interface RouteContext extends BackendParts {
  readonly roster: Roster;
  readonly links: Links;
  readonly leave: LeaveRequests;
  readonly tuition: Tuition;
  readonly announcements: Announcements;
  readonly outbox: Outbox;
}

const PUPIL = '(hs-\\d{3})';
const CLASS = '([a-z]{2,3}-\\d-\\d)';
const match = (pattern: string, pathname: string) => new RegExp(`^${pattern}$`).exec(pathname);

/** The endpoints, by path. */
export function endpointOf(pathname: string, c: RouteContext): Endpoint | undefined {
  const member = async (request: IncomingMessage): Promise<Member> => c.links.member(await citizenOf(request, c));
  const today = () => vietnamDate(c.now());
  const citadel = async () => (await c.access.current())?.citadel;
  const body = (request: IncomingMessage) => readJson(request, LIMITS.smallBody);
  const schoolOf = (classId: string) => c.roster.school(c.roster.schoolClass(classId)!.schoolId)!;
  /** Classes whose announcements the member reads: their children's, and the ones they teach. */
  const readableClasses = (m: Member) => [...new Set([...childrenOf(c.roster, m).map((x) => x.pupil.classId), ...classesOf(c.roster, m).map((x) => x.id)])];


  // Linking to the roster: the one call that needs an identity token carrying the phone number.
  if (pathname === '/link') {
    return { method: 'POST', run: async (r) => {
      const claims = await authenticateCitizen(r, c.tokens, c.nonces);
      const m = await c.links.link(claims);
      return ok({
        name: claims.name ?? null, today: today(),
        children: childrenOf(c.roster, m).map(({ pupil, guardianId }) => childView(c.roster, pupil, guardianId)),
        classes: classesOf(c.roster, m).map((x) => ({ ...classView(c.roster, x), pupils: c.roster.pupilsOf(x.id).length })),
      } satisfies LinkAnswer);
    } };
  }

  let m: RegExpExecArray | null;
  if ((m = match(`/pupils/${PUPIL}`, pathname))) {
    const id = m[1]!;
    return { method: 'GET', run: async (r) => {
      const { pupil, guardianId } = childOf(c.roster, await member(r), id);
      return ok({ child: childView(c.roster, pupil, guardianId) });
    } };
  }
  if ((m = match(`/pupils/${PUPIL}/leave-days`, pathname))) {
    const id = m[1]!;
    return { method: 'GET', run: async (r) => {
      const { pupil } = childOf(c.roster, await member(r), id);
      return ok({ days: leaveDays(schoolOf(pupil.classId), today()), maxSchoolDays: LIMITS.leaveMaxSchoolDays, maxDaysAhead: LIMITS.leaveMaxDaysAhead });
    } };
  }
  if ((m = match(`/pupils/${PUPIL}/leave`, pathname))) {
    const id = m[1]!;
    return { method: 'GET', run: async (r) => {
      const who = await member(r);
      childOf(c.roster, who, id);
      return ok({ requests: await c.leave.ofPupil(id, who) });
    } };
  }
  if ((m = match(`/pupils/${PUPIL}/leave/new`, pathname))) {
    const id = m[1]!;
    return { method: 'POST', run: async (r) => {
      const who = await member(r);
      const input = parse(LeaveInput, await body(r));
      const { pupil, guardianId } = childOf(c.roster, who, id);
      const days = checkLeaveDates(schoolOf(pupil.classId), input.from, input.to, today());
      const made = await c.leave.create(who, guardianId, pupil, input, days.length);
      return ok({ request: made.view, notified: await c.outbox.send(await citadel(), made.notifications) }, 201);
    } };
  }
  if ((m = match(`/leave/(NP-[A-Z0-9]{8})`, pathname))) {
    const id = m[1]!;
    return { method: 'GET', run: async (r) => {
      if (!LEAVE_ID.test(id)) throw new SchoolError(404, 'NOT_FOUND', 'No such leave request');
      return ok({ request: (await c.leave.get(id, await member(r))).view });
    } };
  }
  if ((m = match(`/leave/(NP-[A-Z0-9]{8})/withdraw`, pathname))) {
    const id = m[1]!;
    return { method: 'POST', run: async (r) => ok({ request: (await c.leave.withdraw(id, await member(r))).view }) };
  }
  if ((m = match(`/leave/(NP-[A-Z0-9]{8})/decision`, pathname))) {
    const id = m[1]!;
    return { method: 'POST', run: async (r) => {
      const who = await member(r);
      const input = parse(DecisionInput, await body(r));
      const decided = await c.leave.decide(id, who, input.decision, input.comment);
      return ok({ request: decided.view, notified: await c.outbox.send(await citadel(), decided.notifications) });
    } };
  }
  if ((m = match(`/pupils/${PUPIL}/transcript`, pathname))) {
    const id = m[1]!;
    return { method: 'GET', run: async (r, url) => {
      const q = parse(TranscriptQuery, Object.fromEntries(url.searchParams));
      const { pupil } = childOf(c.roster, await member(r), id);
      return ok({ transcript: transcriptOf(c.roster, pupil, q.term === '2' ? 2 : 1, today()) });
    } };
  }
  if ((m = match(`/pupils/${PUPIL}/fees`, pathname))) {
    const id = m[1]!;
    return { method: 'GET', run: async (r) => {
      const { pupil } = childOf(c.roster, await member(r), id);
      return ok({ fees: await c.tuition.ofPupil(pupil, today()) });
    } };
  }
  if ((m = match(`/fees/([a-z0-9_-]{10,60})`, pathname))) {
    const id = m[1]!;
    return { method: 'GET', run: async (r) => {
      if (!FEE_ID.test(id)) throw new SchoolError(404, 'NOT_FOUND', 'No such fee');
      const who = await member(r);
      return ok({ fee: await c.tuition.get(id, childrenOf(c.roster, who).map((x) => x.pupil.id)) });
    } };
  }
  if ((m = match(`/fees/([a-z0-9_-]{10,60})/pay`, pathname))) {
    const id = m[1]!;
    return { method: 'POST', run: async (r) => {
      const who = await member(r);
      const children = childrenOf(c.roster, who);
      const fee = await c.tuition.get(id, children.map((x) => x.pupil.id));
      const { citadel: client } = await requireAccess(c.access);
      const guardianId = children.find((x) => x.pupil.id === fee.pupilId)!.guardianId;
      return ok({ payment: await c.tuition.pay(client, who.sub, guardianId, fee) }, 201);
    } };
  }
  if (pathname === '/announcements') {
    return { method: 'GET', run: async (r) => ok({ announcements: await c.announcements.ofClasses(readableClasses(await member(r))) }) };
  }
  if ((m = match(`/announcements/(TB-[A-Z0-9]{8})`, pathname))) {
    const id = m[1]!;
    return { method: 'GET', run: async (r) => {
      if (!ANNOUNCEMENT_ID.test(id)) throw new SchoolError(404, 'NOT_FOUND', 'No such announcement');
      return ok({ announcement: await c.announcements.get(id, readableClasses(await member(r))) });
    } };
  }
  if ((m = match(`/announcements/(TB-[A-Z0-9]{8})/resend`, pathname))) {
    const id = m[1]!;
    return { method: 'POST', run: async (r) => {
      const taught = classesOf(c.roster, await member(r)).map((x) => x.id);
      return ok({ announcement: await c.announcements.resend(await citadel(), id, taught) });
    } };
  }
  // The homeroom teacher's class.
  if ((m = match(`/classes/${CLASS}`, pathname))) {
    const id = m[1]!;
    return { method: 'GET', run: async (r) => {
      const schoolClass = taughtClass(c.roster, await member(r), id);
      const pupils = c.roster.pupilsOf(id);
      const linked = await c.links.linkedPeople(pupils.flatMap((p) => p.guardians.map((g) => g.personId)));
      return ok({
        schoolClass: classView(c.roster, schoolClass), announcementsPerDay: LIMITS.announcementsPerClassPerDay,
        pupils: pupils.map((p) => ({ id: p.id, name: p.name, born: p.born, guardians: p.guardians.length, linkedGuardians: p.guardians.filter((g) => linked.has(g.personId)).length })),
      } satisfies ClassPage);
    } };
  }
  if ((m = match(`/classes/${CLASS}/leave`, pathname))) {
    const id = m[1]!;
    return { method: 'GET', run: async (r, url) => {
      const q = parse(ClassLeaveQuery, Object.fromEntries(url.searchParams));
      const who = await member(r);
      taughtClass(c.roster, who, id);
      return ok({ requests: await c.leave.ofClass(id, who, q.status) });
    } };
  }
  if ((m = match(`/classes/${CLASS}/announcements`, pathname))) {
    const id = m[1]!;
    return { method: 'GET', run: async (r) => {
      taughtClass(c.roster, await member(r), id);
      return ok({ announcements: await c.announcements.ofClass(id) });
    } };
  }
  if ((m = match(`/classes/${CLASS}/announcements/new`, pathname))) {
    const id = m[1]!;
    return { method: 'POST', run: async (r) => {
      const who = await member(r);
      const input = parse(AnnouncementInput, await body(r));
      const schoolClass = taughtClass(c.roster, who, id);
      return ok({ announcement: await c.announcements.post(await citadel(), who, schoolClass, input) }, 201);
    } };
  }
  if (pathname === '/webhooks') {
    return { method: 'POST', run: (r) => receiveWebhook(r, c.access, c) };
  }
  return undefined;
}

import { authenticateCitizen, citizenOf, idempotent, jsonBody, queryOf, requireAccess, verifiedWebhook, type BackendParts } from '@citadel-miniapp/backend-kit';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
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

const PUPIL = '/pupils/:id{hs-\\d{3}}';
const CLASS = '/classes/:id{[a-z]{2,3}-\\d-\\d}';
const LEAVE = '/leave/:id{NP-[A-Z0-9]{8}}';
const FEE = '/fees/:id{[a-z0-9_-]{10,60}}';
const ANNOUNCEMENT = '/announcements/:id{TB-[A-Z0-9]{8}}';

/** The routes: linking to the roster, a guardian's children, a teacher's classes, and the platform's webhook. */
export function schoolRoutes(ctx: RouteContext): Hono {
  /** The caller as the roster knows them (`c.var.member`), before the body is read. */
  const member = createMiddleware<{ Variables: { member: Member } }>(async (c, next) => {
    c.set('member', await ctx.links.member(await citizenOf(c.req.raw, ctx)));
    await next();
  });
  /** A double tap or a retry of a leave request with the same `Idempotency-Key` writes once (the caller's keys, by `sub`). */
  const once = idempotent(ctx.db, { now: ctx.now, scope: (c) => (c.get('member') as Member).sub });
  const today = () => vietnamDate(ctx.now());
  const citadel = async () => (await ctx.access.current())?.citadel;
  const schoolOf = (classId: string) => ctx.roster.school(ctx.roster.schoolClass(classId)!.schoolId)!;
  /** Classes whose announcements the member reads: their children's, and the ones they teach. */
  const readableClasses = (m: Member) => [...new Set([...childrenOf(ctx.roster, m).map((x) => x.pupil.classId), ...classesOf(ctx.roster, m).map((x) => x.id)])];

  return new Hono()
    // Linking to the roster: the one call that needs an identity token carrying the phone number.
    .post('/link', async (c) => {
      const claims = await authenticateCitizen(c.req.raw, ctx.tokens, ctx.nonces);
      const m = await ctx.links.link(claims);
      return c.json({
        name: claims.name ?? null, today: today(),
        children: childrenOf(ctx.roster, m).map(({ pupil, guardianId }) => childView(ctx.roster, pupil, guardianId)),
        classes: classesOf(ctx.roster, m).map((x) => ({ ...classView(ctx.roster, x), pupils: ctx.roster.pupilsOf(x.id).length })),
      } satisfies LinkAnswer);
    })
    .get(PUPIL, member, (c) => {
      const { pupil, guardianId } = childOf(ctx.roster, c.var.member, c.req.param('id'));
      return c.json({ child: childView(ctx.roster, pupil, guardianId) });
    })
    .get(`${PUPIL}/leave-days`, member, (c) => {
      const { pupil } = childOf(ctx.roster, c.var.member, c.req.param('id'));
      return c.json({ days: leaveDays(schoolOf(pupil.classId), today()), maxSchoolDays: LIMITS.leaveMaxSchoolDays, maxDaysAhead: LIMITS.leaveMaxDaysAhead });
    })
    .get(`${PUPIL}/leave`, member, async (c) => {
      const id = c.req.param('id');
      childOf(ctx.roster, c.var.member, id);
      return c.json({ requests: await ctx.leave.ofPupil(id, c.var.member) });
    })
    .post(`${PUPIL}/leave/new`, member, jsonBody(LeaveInput, LIMITS.smallBody), once, async (c) => {
      const input = c.req.valid('json');
      const { pupil, guardianId } = childOf(ctx.roster, c.var.member, c.req.param('id'));
      const days = checkLeaveDates(schoolOf(pupil.classId), input.from, input.to, today());
      const made = await ctx.leave.create(c.var.member, guardianId, pupil, input, days.length);
      return c.json({ request: made.view, notified: await ctx.outbox.send(await citadel(), made.notifications) }, 201);
    })
    .get(`${PUPIL}/transcript`, member, queryOf(TranscriptQuery), (c) => {
      const { pupil } = childOf(ctx.roster, c.var.member, c.req.param('id'));
      return c.json({ transcript: transcriptOf(ctx.roster, pupil, c.req.valid('query').term === '2' ? 2 : 1, today()) });
    })
    .get(`${PUPIL}/fees`, member, async (c) => {
      const { pupil } = childOf(ctx.roster, c.var.member, c.req.param('id'));
      return c.json({ fees: await ctx.tuition.ofPupil(pupil, today()) });
    })
    .get(LEAVE, member, async (c) => {
      const id = c.req.param('id');
      if (!LEAVE_ID.test(id)) throw new SchoolError(404, 'NOT_FOUND', 'No such leave request');
      return c.json({ request: (await ctx.leave.get(id, c.var.member)).view });
    })
    .post(`${LEAVE}/withdraw`, member, async (c) => c.json({ request: (await ctx.leave.withdraw(c.req.param('id'), c.var.member)).view }))
    .post(`${LEAVE}/decision`, member, jsonBody(DecisionInput, LIMITS.smallBody), async (c) => {
      const input = c.req.valid('json');
      const decided = await ctx.leave.decide(c.req.param('id'), c.var.member, input.decision, input.comment);
      return c.json({ request: decided.view, notified: await ctx.outbox.send(await citadel(), decided.notifications) });
    })
    .get(FEE, member, async (c) => {
      const id = c.req.param('id');
      if (!FEE_ID.test(id)) throw new SchoolError(404, 'NOT_FOUND', 'No such fee');
      return c.json({ fee: await ctx.tuition.get(id, childrenOf(ctx.roster, c.var.member).map((x) => x.pupil.id)) });
    })
    .post(`${FEE}/pay`, member, async (c) => {
      const children = childrenOf(ctx.roster, c.var.member);
      const fee = await ctx.tuition.get(c.req.param('id'), children.map((x) => x.pupil.id));
      const { citadel: client } = await requireAccess(ctx.access);
      const guardianId = children.find((x) => x.pupil.id === fee.pupilId)!.guardianId;
      return c.json({ payment: await ctx.tuition.pay(client, c.var.member.sub, guardianId, fee) }, 201);
    })
    .get('/announcements', member, async (c) => c.json({ announcements: await ctx.announcements.ofClasses(readableClasses(c.var.member)) }))
    .get(ANNOUNCEMENT, member, async (c) => {
      const id = c.req.param('id');
      if (!ANNOUNCEMENT_ID.test(id)) throw new SchoolError(404, 'NOT_FOUND', 'No such announcement');
      return c.json({ announcement: await ctx.announcements.get(id, readableClasses(c.var.member)) });
    })
    .post(`${ANNOUNCEMENT}/resend`, member, async (c) => {
      const taught = classesOf(ctx.roster, c.var.member).map((x) => x.id);
      return c.json({ announcement: await ctx.announcements.resend(await citadel(), c.req.param('id'), taught) });
    })
    // The homeroom teacher's class.
    .get(CLASS, member, async (c) => {
      const id = c.req.param('id');
      const schoolClass = taughtClass(ctx.roster, c.var.member, id);
      const pupils = ctx.roster.pupilsOf(id);
      const linked = await ctx.links.linkedPeople(pupils.flatMap((p) => p.guardians.map((g) => g.personId)));
      return c.json({
        schoolClass: classView(ctx.roster, schoolClass), announcementsPerDay: LIMITS.announcementsPerClassPerDay,
        pupils: pupils.map((p) => ({ id: p.id, name: p.name, born: p.born, guardians: p.guardians.length, linkedGuardians: p.guardians.filter((g) => linked.has(g.personId)).length })),
      } satisfies ClassPage);
    })
    .get(`${CLASS}/leave`, member, queryOf(ClassLeaveQuery), async (c) => {
      const id = c.req.param('id');
      taughtClass(ctx.roster, c.var.member, id);
      return c.json({ requests: await ctx.leave.ofClass(id, c.var.member, c.req.valid('query').status) });
    })
    .get(`${CLASS}/announcements`, member, async (c) => {
      const id = c.req.param('id');
      taughtClass(ctx.roster, c.var.member, id);
      return c.json({ announcements: await ctx.announcements.ofClass(id) });
    })
    .post(`${CLASS}/announcements/new`, member, jsonBody(AnnouncementInput, LIMITS.smallBody), async (c) => {
      const schoolClass = taughtClass(ctx.roster, c.var.member, c.req.param('id'));
      return c.json({ announcement: await ctx.announcements.post(await citadel(), c.var.member, schoolClass, c.req.valid('json')) }, 201);
    })
    .post('/webhooks', verifiedWebhook(ctx.access), async (c) => c.json(await receiveWebhook(c.var.event, ctx.access, ctx)));
}

import { citizen, jsonBody, queryOf, verifiedWebhook, type BackendParts } from '@citadel-miniapp/backend-kit';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Citizens } from '../citizens/citizens.js';
import { receiveWebhook } from '../consent.js';
import { ReportingError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { notifyStatus } from '../reports/notify.js';
import { decodePhotos } from '../reports/photos.js';
import type { RecordedEvent, Reports } from '../reports/repository.js';
import { idempotencyKeyOf } from '../reports/idempotency-key.js';
import { TRACKING_CODE } from '../reports/tracking-code.js';
import { checkArea, FeedQuery, NewReportInput, QueueFilter, RatingInput, TransitionInput } from '../reports/validate.js';
import type { KeywordModel } from '../routing/keyword-model.js';
import type { StaffList } from '../staff/staff-list.js';

/** What every route needs. */
export interface RouteContext extends BackendParts {
  readonly reports: Reports;
  readonly staff: StaffList;
  readonly citizens: Citizens;
  readonly model: KeywordModel;
}

const REPORT = '/reports/:code{[^/]+}';

/** The tracking code in the path, or `404 NOT_FOUND`. */
const trackingCode = (code: string): string => {
  if (!TRACKING_CODE.test(code)) throw new ReportingError(404, 'NOT_FOUND', 'Not a tracking code');
  return code;
};

/** The routes: public ones under `/public/`, the reporter's, the staff's, and the platform's webhook. */
export function reportingRoutes(ctx: RouteContext): Hono {
  const signedIn = citizen(ctx);
  const staffOnly = createMiddleware<{ Variables: { sub: string } }>(async (c, next) => {
    if (!(await ctx.staff.has(c.var.sub))) throw new ReportingError(403, 'NOT_STAFF', 'Only staff of the reporting service may do this');
    await next();
  });
  const notify = async (event: RecordedEvent) => notifyStatus(event, (await ctx.access.current())?.citadel, ctx.reports, 0, ctx.now());

  return new Hono()
    .get('/model', (c) => c.json(ctx.model))
    .get('/public/stats', async (c) => c.json(await ctx.reports.statistics()))
    .get('/public/reports', queryOf(FeedQuery), async (c) => c.json({ reports: await ctx.reports.publicFeed(c.req.valid('query').before) }))
    .get('/public/reports/:code/photos/:n{\\d}', async (c) => {
      const code = c.req.param('code');
      const found = TRACKING_CODE.test(code) ? await ctx.reports.publicPhoto(code, Number(c.req.param('n'))) : undefined;
      if (!found) throw new ReportingError(404, 'NOT_FOUND', 'No such public photo');
      return c.body(found.bytes, 200, { 'content-type': found.type, 'cache-control': 'public, max-age=3600', 'cross-origin-resource-policy': 'cross-origin' });
    })
    .get('/me', signedIn, async (c) => c.json({ sub: c.var.sub, staff: await ctx.staff.has(c.var.sub) }))
    .get('/reports', signedIn, async (c) => c.json({ reports: await ctx.reports.mine(c.var.sub) }))
    .post('/reports', signedIn, jsonBody(NewReportInput, LIMITS.reportBody), async (c) => {
      const input = c.req.valid('json');
      const idempotencyKey = idempotencyKeyOf(c.req.header('idempotency-key'));
      checkArea(input.latitude, input.longitude);
      const photos = decodePhotos(input.photos);
      const { report, event } = await ctx.reports.create({ sub: c.var.sub, ...input, photos, idempotencyKey });
      // A repeated key answers the report it filed, 200 instead of 201, and notifies nothing again.
      if (!event) return c.json({ report, notification: 'replayed' }, 200);
      return c.json({ report, notification: await notify(event) }, 201);
    })
    .get(REPORT, signedIn, async (c) => {
      const code = trackingCode(c.req.param('code'));
      return c.json({ report: await ctx.reports.get(code, { sub: c.var.sub, staff: await ctx.staff.has(c.var.sub) }) });
    })
    .post(`${REPORT}/rating`, signedIn, jsonBody(RatingInput, LIMITS.smallBody), async (c) => {
      const input = c.req.valid('json');
      const code = trackingCode(c.req.param('code'));
      return c.json({ report: await ctx.reports.rate(code, c.var.sub, input.stars, input.comment) });
    })
    .get('/staff/reports', signedIn, staffOnly, queryOf(QueueFilter), async (c) => {
      const filter = c.req.valid('query');
      return c.json({ reports: await ctx.reports.queue({ ...filter, overdue: filter.overdue !== undefined }) });
    })
    .post(`/staff${REPORT}/status`, signedIn, staffOnly, jsonBody(TransitionInput, LIMITS.reportBody), async (c) => {
      const input = c.req.valid('json');
      const code = trackingCode(c.req.param('code'));
      const { report, event } = await ctx.reports.transition(code, { ...input, photos: decodePhotos(input.photos) });
      return c.json({ report, notification: await notify(event) });
    })
    .post('/webhooks', verifiedWebhook(ctx.access), async (c) => c.json(await receiveWebhook(c.var.event, ctx.citizens)));
}

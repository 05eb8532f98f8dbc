import type { IncomingMessage } from 'node:http';
import { citizenOf, ok, parse, readJson, type BackendParts, type Endpoint } from '@citadel-miniapp/backend-kit';
import { receiveWebhook } from '../consent.js';
import { ReportingError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { notifyStatus } from '../reports/notify.js';
import { decodePhotos } from '../reports/photos.js';
import type { RecordedEvent, Reports } from '../reports/repository.js';
import { TRACKING_CODE } from '../reports/tracking-code.js';
import { checkArea, NewReportInput, QueueFilter, RatingInput, TransitionInput } from '../reports/validate.js';
import type { KeywordModel } from '../routing/keyword-model.js';
import type { createStaffList } from '../staff/staff-list.js';

/** What every route needs. */
export interface RouteContext extends BackendParts {
  readonly reports: Reports;
  readonly staff: ReturnType<typeof createStaffList>;
  readonly model: KeywordModel;
}


/** The endpoints, by path. */
export function endpointOf(pathname: string, c: RouteContext): Endpoint | undefined {
  const citizen = (request: IncomingMessage) => citizenOf(request, c);
  const staffMember = async (request: IncomingMessage) => {
    const sub = await citizen(request);
    if (!(await c.staff.has(sub))) throw new ReportingError(403, 'NOT_STAFF', 'Only staff of the reporting service may do this');
    return sub;
  };
  const notify = async (event: RecordedEvent) => notifyStatus(event, (await c.access.current())?.citadel, c.reports, 0, c.now());

  if (pathname === '/model') return { method: 'GET', run: async () => ok(c.model) };
  if (pathname === '/public/stats') return { method: 'GET', run: async () => ok(await c.reports.statistics()) };
  if (pathname === '/public/reports') {
    return {
      method: 'GET',
      run: async (_r, url) => {
        const before = url.searchParams.get('before');
        const at = before === null ? undefined : new Date(before);
        if (at && Number.isNaN(at.getTime())) throw new ReportingError(400, 'INVALID_PARAMS', 'before: an ISO 8601 time');
        return ok({ reports: await c.reports.publicFeed(at) });
      },
    };
  }
  const photo = /^\/public\/reports\/([^/]+)\/photos\/(\d)$/.exec(pathname);
  if (photo) {
    return {
      method: 'GET',
      run: async () => {
        const found = TRACKING_CODE.test(photo[1]!) ? await c.reports.publicPhoto(photo[1]!, Number(photo[2])) : undefined;
        if (!found) throw new ReportingError(404, 'NOT_FOUND', 'No such public photo');
        return { status: 200, body: found.bytes, headers: { 'content-type': found.type, 'cache-control': 'public, max-age=3600', 'cross-origin-resource-policy': 'cross-origin' } };
      },
    };
  }
  if (pathname === '/me') {
    return { method: 'GET', run: async (r) => { const sub = await citizen(r); return ok({ sub, staff: await c.staff.has(sub) }); } };
  }
  if (pathname === '/reports') {
    return { method: 'GET', run: async (r) => ok({ reports: await c.reports.mine(await citizen(r)) }) };
  }
  if (pathname === '/reports/new') {
    return {
      method: 'POST',
      run: async (r) => {
        const sub = await citizen(r);
        const body = await readJson(r, LIMITS.reportBody);
        const input = parse(NewReportInput, body);
        checkArea(input.latitude, input.longitude);
        const photos = decodePhotos(input.photos);
        const { report, event } = await c.reports.create({ sub, ...input, photos });
        return ok({ report, notification: await notify(event) }, 201);
      },
    };
  }
  const one = /^\/reports\/([^/]+)(\/rating)?$/.exec(pathname);
  if (one) {
    const code = decodeURIComponent(one[1]!);
    const known = () => { if (!TRACKING_CODE.test(code)) throw new ReportingError(404, 'NOT_FOUND', 'Not a tracking code'); };
    if (one[2]) {
      return {
        method: 'POST',
        run: async (r) => {
          const sub = await citizen(r);
          const input = parse(RatingInput, await readJson(r, LIMITS.smallBody));
          known();
          return ok({ report: await c.reports.rate(code, sub, input.stars, input.comment) });
        },
      };
    }
    return {
      method: 'GET',
      run: async (r) => {
        const sub = await citizen(r);
        known();
        return ok({ report: await c.reports.get(code, { sub, staff: await c.staff.has(sub) }) });
      },
    };
  }
  if (pathname === '/staff/reports') {
    return {
      method: 'GET',
      run: async (r, url) => {
        await staffMember(r);
        const filter = parse(QueueFilter, Object.fromEntries(url.searchParams));
        return ok({ reports: await c.reports.queue({ ...filter, overdue: filter.overdue !== undefined }) });
      },
    };
  }
  const move = /^\/staff\/reports\/([^/]+)\/status$/.exec(pathname);
  if (move) {
    return {
      method: 'POST',
      run: async (r) => {
        await staffMember(r);
        const input = parse(TransitionInput, await readJson(r, LIMITS.reportBody));
        const code = decodeURIComponent(move[1]!);
        if (!TRACKING_CODE.test(code)) throw new ReportingError(404, 'NOT_FOUND', 'Not a tracking code');
        const { report, event } = await c.reports.transition(code, { ...input, photos: decodePhotos(input.photos) });
        return ok({ report, notification: await notify(event) });
      },
    };
  }
  if (pathname === '/webhooks') {
    return {
      method: 'POST',
      run: (r) => receiveWebhook(r, c.access, c.db),
    };
  }
  return undefined;
}

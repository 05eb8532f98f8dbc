import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, useTestBackend } from '@citadel-miniapp/backend-kit/testing';
import { openReportingDatabase } from '../src/db/open.js';
import { startReportingBackend } from '../src/server.js';
import { createStaffList } from '../src/staff/staff-list.js';
import { createPartnerClient } from '@citadel/node';
import { retryAt } from '@citadel-miniapp/backend-kit';
import { retryNotifications } from '../src/reports/notify.js';
import { createReports } from '../src/reports/repository.js';
import { loadKeywordModel } from '../src/routing/load-model.js';

/** The app's own manifest: the test platform checks its notifications' topics and deep links against it, as the platform does. */
const manifest: unknown = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

// The app's origin as the backend's CORS sees it: a name, never a listening server (`.example` is reserved).
const appOrigin = 'https://reporting.apps.citadel.example';
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]).toString('base64');
const LAT = 16.4637;
const LON = 107.5909;

describe.each(testDatabases(openReportingDatabase))('the reporting backend on $name', (testDb) => {
  let clock = new Date('2026-03-06T03:00:00Z');
  const t = useTestBackend({ appId: 'reporting', appOrigin, database: testDb, manifest, now: () => clock, start: (options) => startReportingBackend({ ...options, now: () => clock }) });
  beforeAll(async () => {
    await createStaffList(t.db).add('staff-1', 'Cán bộ IOC');
    t.platform.grantNotifications('citizen-a');
  });
  const { call } = t;
  const file = (sub: string, body: Record<string, unknown>) => call('/reports', { sub, body });
  const good = { category: 'roads', description: 'Đèn đường trước số 12 Lê Lợi bị tắt, tối om', latitude: LAT, longitude: LON, photos: [{ data: jpeg }] };

  it('files a report: tracking code, routing with the matched words, a deadline, and a status notification', async () => {
    const filed = await file('citizen-a', good);
    expect(filed.status).toBe(201);
    const report = filed.body.report;
    expect(report.code).toMatch(/^PA-2026-\d{6}$/);
    expect(report).toMatchObject({ status: 'received', category: 'roads', suggestedAgency: 'lighting', processGroup: 'instant', photoCount: 1, overdue: false });
    expect(report.matched.map((m: { keyword: string }) => m.keyword)).toEqual(['đèn đường', 'tối om']);
    expect(report.deadlineAt).toBe('2026-03-07T03:00:00.000Z');
    expect(filed.body.notification).toBe('sent');
    expect(t.platform.notifications.at(-1)).toMatchObject({
      key: expect.stringMatching(new RegExp(`^report-${report.code}-received-\\d+$`)),
      body: { to: 'citizen-a', topic: 'status', title: { vi: 'Phản ánh đã được tiếp nhận', en: 'Your report was received' }, body: { vi: expect.stringContaining(report.code), en: expect.stringContaining(report.code) }, path: `/reports/${report.code}` },
    });
    // Only the reporter (and staff) see it, with its photo; anyone else gets the same 404 as for no report.
    const mine = await call(`/reports/${report.code}`, { sub: 'citizen-a' });
    expect(mine.body.report.photos[0]).toMatch(/^data:image\/jpeg;base64,/);
    expect(mine.body.report.events).toEqual([{ status: 'received', note: null, at: expect.any(String), notify: 'sent' }]);
    expect((await call(`/reports/${report.code}`, { sub: 'citizen-b' })).status).toBe(404);
    expect((await call(`/reports/${report.code}`, { sub: 'staff-1' })).status).toBe(200);
    expect((await call('/reports', { sub: 'citizen-a' })).body.reports.map((r: { code: string }) => r.code)).toContain(report.code);
  });

  it('records a citizen who did not allow notifications, without failing the report', async () => {
    const filed = await file('citizen-b', { ...good, category: 'environment', description: 'Rác thải ùn ứ ở chợ Đông Ba, hôi thối' });
    expect(filed.status).toBe(201);
    expect(filed.body.notification).toBe('not_granted');
    expect(filed.body.report).toMatchObject({ suggestedAgency: 'hepco' });
  });

  it('refuses bad input with typed errors that name their limits', async () => {
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ ...good, category: 'weather' }, 400, 'INVALID_PARAMS'],
      [{ ...good, description: 'ngắn' }, 400, 'INVALID_PARAMS'],
      [{ ...good, extra: 1 }, 400, 'INVALID_PARAMS'],
      [{ ...good, latitude: 21.03, longitude: 105.85 }, 422, 'OUT_OF_AREA'],
      [{ ...good, photos: Array.from({ length: 5 }, () => ({ data: jpeg })) }, 400, 'TOO_MANY_PHOTOS'],
      [{ ...good, photos: [{ data: Buffer.from('<svg/>').toString('base64') }] }, 415, 'PHOTO_NOT_IMAGE'],
    ];
    for (const [body, status, code] of cases) {
      const answer = await file('citizen-a', body);
      expect(answer.status, code).toBe(status);
      expect(answer.body).toMatchObject({ code, message: expect.any(String) });
    }
    expect((await file('citizen-a', { ...good, photos: Array.from({ length: 5 }, () => ({ data: jpeg })) })).body.limit).toBe(4);
  });

  it('authenticates every private endpoint with a fresh identity token whose nonce it issued, once', async () => {
    expect((await call('/reports')).body.code).toBe('MISSING_TOKEN');
    expect((await call('/reports', { token: t.platform.signIdToken({ aud: 'kitchen-sink' }) })).body.code).toBe('WRONG_AUDIENCE');
    // A valid token whose nonce was never issued here, and one replayed.
    const stray = t.platform.signIdToken({ sub: 'citizen-a', nonce: 'never-issued-1234' });
    expect((await fetch(`${t.url}/reports`, { headers: { authorization: `Bearer ${stray}` } })).status).toBe(401);
    const { nonce } = (await (await fetch(`${t.url}/auth/nonce`, { method: 'POST' })).json()) as { nonce: string };
    const token = t.platform.signIdToken({ sub: 'citizen-a', nonce });
    expect((await fetch(`${t.url}/reports`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    const replay = await fetch(`${t.url}/reports`, { headers: { authorization: `Bearer ${token}` } });
    expect(replay.status).toBe(401);
    expect(await replay.json()).toMatchObject({ code: 'NONCE_UNKNOWN' });
    // Another origin gets nothing.
    expect((await call('/public/stats', { origin: 'https://evil.example' })).status).toBe(403);
  });

  it('lets only staff run the queue: filters, assign, resolve with a notification each, overdue detection', async () => {
    expect((await call('/staff/reports', { sub: 'citizen-a' })).body.code).toBe('NOT_STAFF');
    const queue = await call('/staff/reports?status=received&category=roads', { sub: 'staff-1' });
    expect(queue.status).toBe(200);
    const code: string = queue.body.reports[0].code;
    expect((await call('/staff/reports?status=done', { sub: 'staff-1' })).body.code).toBe('INVALID_PARAMS');

    clock = new Date('2026-03-07T04:00:00Z'); // a day and an hour later: the instant deadline has passed
    const overdue = await call('/staff/reports?overdue=1', { sub: 'staff-1' });
    expect(overdue.body.reports.map((r: { code: string }) => r.code)).toContain(code);

    const assigned = await call(`/staff/reports/${code}/status`, { sub: 'staff-1', body: { status: 'assigned', agency: 'lighting' } });
    expect(assigned.body).toMatchObject({ report: { status: 'assigned', agency: 'lighting' }, notification: 'sent' });
    expect((await call(`/staff/reports/${code}/status`, { sub: 'staff-1', body: { status: 'assigned', agency: 'nobody' } })).body.code).toBe('UNKNOWN_AGENCY');
    expect((await call(`/staff/reports/${code}/status`, { sub: 'staff-1', body: { status: 'resolved' } })).body.code).toBe('INVALID_PARAMS');
    const resolved = await call(`/staff/reports/${code}/status`, { sub: 'staff-1', body: { status: 'resolved', note: 'Đã thay bóng đèn mới.', photos: [{ data: jpeg }] } });
    expect(resolved.body).toMatchObject({ report: { status: 'resolved', response: 'Đã thay bóng đèn mới.', overdue: false }, notification: 'sent' });
    expect(t.platform.notifications.at(-1)!.body).toMatchObject({ title: { vi: 'Phản ánh đã được xử lý xong' }, path: `/reports/${code}` });
    expect((await call(`/staff/reports/${code}/status`, { sub: 'staff-1', body: { status: 'in_progress' } })).body).toMatchObject({ code: 'INVALID_TRANSITION', from: 'resolved' });
    const detail = await call(`/reports/${code}`, { sub: 'citizen-a' });
    expect(detail.body.report.events.map((e: { status: string }) => e.status)).toEqual(['received', 'assigned', 'resolved']);
    expect(detail.body.report.responsePhotos).toHaveLength(1);
  });

  it('takes one rating from the reporter of a resolved report, and shows it in the public feed and statistics', async () => {
    const [resolved] = (await call('/public/reports')).body.reports;
    expect(resolved).toMatchObject({ latitude: 16.464, longitude: 107.591, onTime: false, stars: null, response: 'Đã thay bóng đèn mới.' });
    expect(JSON.stringify(resolved)).not.toContain('citizen-a');
    expect(resolved).not.toHaveProperty('sub');
    const code = resolved.code;
    expect((await call(`/reports/${code}/rating`, { sub: 'citizen-b', body: { stars: 1 } })).status).toBe(404);
    expect((await call(`/reports/${code}/rating`, { sub: 'citizen-a', body: { stars: 6 } })).body.code).toBe('INVALID_PARAMS');
    expect((await call(`/reports/${code}/rating`, { sub: 'citizen-a', body: { stars: 5, comment: 'Rất nhanh, cảm ơn!' } })).body.report.rating).toMatchObject({ stars: 5 });
    expect((await call(`/reports/${code}/rating`, { sub: 'citizen-a', body: { stars: 1 } })).body.code).toBe('ALREADY_RATED');
    const open = (await call('/reports', { sub: 'citizen-b' })).body.reports[0].code;
    expect((await call(`/reports/${open}/rating`, { sub: 'citizen-b', body: { stars: 3 } })).body.code).toBe('NOT_RESOLVED');

    const photo = await call(resolved.photos[0]);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    // An open report's photos are not public.
    expect((await call(`/public/reports/${open}/photos/0`)).status).toBe(404);
    expect((await call('/public/stats')).body).toEqual({
      received: 2, resolved: 1, rejected: 0, open: 1, overdue: 1, resolvedOnTimePercent: 0, averageRating: 5, ratings: 1,
    });
  });

  it('tries a send again when the quota resets or the platform failed, with the same key, and never one not allowed', async () => {
    t.platform.grantNotifications('citizen-q');
    t.platform.setNotificationQuota(0);
    const filed = await file('citizen-q', { ...good, description: 'Ổ gà lớn trên đường Hùng Vương, xe máy dễ ngã' });
    expect(filed.body.notification).toBe('quota');
    const [event] = await t.db.query<{ id: string; notify_attempts: number; notify_retry_at: Date }>(
      'SELECT e.id::text AS id, notify_attempts, notify_retry_at FROM status_events e JOIN reports r ON r.id = e.report_id WHERE r.code = $1', [filed.body.report.code]);
    expect(event!.notify_attempts).toBe(1);
    // The platform names when the quota resets, the next midnight in Vietnam (UTC+7): the backend waits until then.
    const resetAt = new Date(event!.notify_retry_at).getTime();
    expect((resetAt + 7 * 3_600_000) % 86_400_000).toBe(0);
    expect(resetAt - clock.getTime()).toBeGreaterThan(0);
    expect(resetAt - clock.getTime()).toBeLessThanOrEqual(86_400_000);

    const reports = createReports(t.db, loadKeywordModel(), () => clock);
    const citadel = createPartnerClient({ platformUrl: t.platform.url, clientId: 'cid', clientSecret: 'secret' });
    expect(await retryNotifications(citadel, reports, clock)).toBe(0);
    t.platform.setNotificationQuota(Infinity);
    const later = new Date(resetAt + 1000);
    const laterReports = createReports(t.db, loadKeywordModel(), () => later);
    const sentBefore = t.platform.notifications.length;
    expect(await retryNotifications(citadel, laterReports, later)).toBe(1);
    expect(t.platform.notifications.slice(sentBefore).map((s) => s.key)).toEqual([`report-${filed.body.report.code}-received-${event!.id}`]);
    expect((await call(`/reports/${filed.body.report.code}`, { sub: 'citizen-q' })).body.report.events[0].notify).toBe('sent');
    expect(await retryNotifications(citadel, laterReports, later)).toBe(0);
    // Not allowed is final: citizen-b's report from before is not tried again.
    expect((await t.db.query("SELECT 1 FROM status_events WHERE notify_state = 'not_granted' AND notify_retry_at IS NOT NULL")).length).toBe(0);
  });

  it('backs off a failing send, doubling, and gives up after the last try', () => {
    const at = new Date('2026-03-06T03:00:00Z');
    expect(retryAt('failed', 1, at)!.getTime() - at.getTime()).toBe(60_000);
    expect(retryAt('failed', 3, at)!.getTime() - at.getTime()).toBe(240_000);
    expect(retryAt('skipped', 2, at)!.getTime() - at.getTime()).toBe(120_000);
    expect(retryAt('quota', 1, at, '2026-03-06T17:00:00.000Z')!.toISOString()).toBe('2026-03-06T17:00:00.000Z');
    expect(retryAt('failed', 6, at)).toBeNull();
    expect(retryAt('not_granted', 1, at)).toBeNull();
    expect(retryAt('muted', 1, at)).toBeNull();
    expect(retryAt('sent', 1, at)).toBeNull();
  });

  it('makes staff the citizen who filed a report, by its tracking code, and nobody for an unknown code', async () => {
    const { report } = (await file('citizen-c', { ...good, description: 'Vỉa hè Lê Lợi bị lấn chiếm để bán hàng' })).body;
    const staff = createStaffList(t.db);
    expect((await call('/me', { sub: 'citizen-c' })).body).toEqual({ sub: 'citizen-c', staff: false });
    expect(await staff.addReporterOf(report.code, 'Cán bộ phường')).toBe('citizen-c');
    expect((await call('/me', { sub: 'citizen-c' })).body).toEqual({ sub: 'citizen-c', staff: true });
    expect(await staff.list()).toContainEqual({ sub: 'citizen-c', label: 'Cán bộ phường' });
    expect(await staff.addReporterOf('PA-2026-999999')).toBeUndefined();
    expect(await staff.remove('citizen-c')).toBe(true);
  });
});

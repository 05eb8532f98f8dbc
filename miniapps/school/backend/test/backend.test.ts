import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testDatabases, useTestBackend } from '@citadel-miniapp/backend-kit/testing';
import { createPartnerClient } from '@citadel/node';
import { openSchoolDatabase } from '../src/db/open.js';
import { createOutbox } from '../src/notify/outbox.js';
import { startSchoolBackend } from '../src/server.js';

/** The app's own manifest: the test platform checks its notifications' topics and deep links against it, as the platform does. */
const manifest: unknown = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

// The app's origin as the backend's CORS sees it: a name, never a listening server (`.example` is reserved).
const appOrigin = 'https://school.apps.citadel.example';
// Tuesday 1 December 2026, 09:00 in Huế; the backend's clock moves a second each time it is read.
const NOW = new Date('2026-12-01T02:00:00Z');
let tick = 0;
const clock = () => new Date(NOW.getTime() + 1000 * tick++);

/** The phone claims of the roster's people, as the platform writes them (E.164). */
const PHONE = {
  hoa: '+84900000201', tung: '+84900000401', minh: '+84900000202', binh: '+84900000402', oanh: '+84900000304',
  thang: '+84900000425', loan: '+84900000426', cuong: '+84900000427', yen: '+84900000428',
} as const;

describe.each(testDatabases(openSchoolDatabase))('the school backend on $name', (testDb) => {
  const t = useTestBackend({ appId: 'school', appOrigin, database: testDb, manifest, now: clock, start: (options) => startSchoolBackend({ ...options, now: clock }) });
  const { call, deliver } = t;
  /** Links `sub` from a token carrying `phone` (and a name), as the app does at start. */
  const link = (sub: string, phone: string) => call('/link', { sub, method: 'POST', claims: { phone_number: phone, name: 'Tên trong tài khoản' } });
  const partner = () => createPartnerClient({ platformUrl: t.platform.url, clientId: 'cid', clientSecret: 'secret' });

  describe('linking', () => {
    it('links a guardian to the children whose roster lists their phone number, and only from the phone claim', async () => {
      const linked = await link('p-hoa', PHONE.hoa);
      expect(linked.status).toBe(200);
      expect(linked.body.name).toBe('Tên trong tài khoản');
      expect(linked.body.today).toBe('2026-12-01');
      expect(linked.body.children.map((c: any) => [c.id, c.name, c.relation, c.schoolClass.name, c.schoolClass.school.name.vi, c.schoolClass.teacher])).toEqual([
        ['hs-301', 'Lê Ngọc Hân', 'mother', '3/2', 'Trường Tiểu học Lê Lợi', 'Phan Thị Mỹ Linh'],
        ['hs-801', 'Lê Minh Khang', 'mother', '8/1', 'Trường THCS Nguyễn Tri Phương', 'Trần Văn Minh'],
      ]);
      expect(linked.body.classes).toEqual([]);
      expect((await call('/pupils/hs-301', { sub: 'p-hoa' })).body.child).toMatchObject({ name: 'Lê Ngọc Hân', semiBoarding: true });
    });

    it('refuses to link without the phone claim, whatever the body says, and drops earlier links', async () => {
      await link('p-dropped', PHONE.hoa);
      expect((await call('/pupils/hs-301', { sub: 'p-dropped' })).status).toBe(200);
      const refused = await call('/link', { sub: 'p-dropped', body: { phone: '0900000201' }, claims: { name: 'Nguyễn Thị Hoa' } });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ code: 'PHONE_REQUIRED', claim: 'phone' });
      expect((await call('/pupils/hs-301', { sub: 'p-dropped' })).status).toBe(404);
      // A number the school has not registered links nobody.
      const stranger = await link('p-stranger', '+84912345678');
      expect(stranger.body).toMatchObject({ children: [], classes: [] });
    });

    it('links a homeroom teacher to their class', async () => {
      const teacher = await link('t-minh', PHONE.minh);
      expect(teacher.body.children).toEqual([]);
      expect(teacher.body.classes.map((c: any) => [c.id, c.name, c.pupils, c.school.level])).toEqual([['ntp-8-1', '8/1', 7, 'secondary']]);
      const page = await call('/classes/ntp-8-1', { sub: 't-minh' });
      expect(page.body.pupils.find((p: any) => p.id === 'hs-801')).toMatchObject({ name: 'Lê Minh Khang', guardians: 2, linkedGuardians: 1 });
      expect((await call('/classes/ntp-8-1', { sub: 'p-hoa' })).body.code).toBe('NOT_TEACHER');
      expect((await call('/classes/ll-3-2', { sub: 't-minh' })).body.code).toBe('NOT_TEACHER');
    });

    it('shows a guardian their own children only', async () => {
      await link('p-binh', PHONE.binh);
      for (const path of ['/pupils/hs-301', '/pupils/hs-301/transcript', '/pupils/hs-301/fees', '/pupils/hs-301/leave', '/pupils/hs-301/leave-days', '/pupils/hs-999']) {
        const answer = await call(path, { sub: 'p-binh' });
        expect(answer.status, path).toBe(404);
        expect(answer.body.code).toBe('NOT_FOUND');
      }
      expect((await call('/pupils/hs-101', { sub: 'p-binh' })).body.child.name).toBe('Nguyễn Gia Bảo');
      expect((await call('/pupils/hs-301/fees', { sub: 'p-nobody' })).status).toBe(404);
    });

    it('refuses missing, foreign, expired and replayed tokens, and other origins', async () => {
      expect((await call('/pupils/hs-301')).body.code).toBe('MISSING_TOKEN');
      const nonceOf = async () => ((await (await fetch(`${t.url}/auth/nonce`, { method: 'POST' })).json()) as { nonce: string }).nonce;
      const as = (token: string, path = '/pupils/hs-301') => fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      const status = async (token: string) => { const r = await as(token); return [r.status, ((await r.json()) as { code: string }).code]; };
      expect(await status(t.platform.signIdToken({ sub: 'p-hoa', nonce: await nonceOf(), aud: 'tourism' }))).toEqual([401, 'WRONG_AUDIENCE']);
      expect(await status(t.platform.signIdToken({ sub: 'p-hoa', nonce: await nonceOf(), claims: { exp: Math.floor(Date.now() / 1000) - 60 } }))).toEqual([401, 'EXPIRED']);
      expect(await status(t.platform.signIdToken({ sub: 'p-hoa', nonce: 'never-issued-here' }))).toEqual([401, 'NONCE_UNKNOWN']);
      const token = t.platform.signIdToken({ sub: 'p-hoa', nonce: await nonceOf() });
      expect((await as(token)).status).toBe(200);
      expect(await status(token)).toEqual([401, 'NONCE_UNKNOWN']);
      expect((await call('/pupils/hs-301', { sub: 'p-hoa', origin: 'https://evil.example' })).body.code).toBe('ORIGIN_NOT_ALLOWED');
      // A session for one token: later calls carry it instead.
      const session = await call('/auth/session', { sub: 'p-hoa', method: 'POST' });
      expect(session.status).toBe(201);
      expect((await as(session.body.session)).status).toBe(200);
      // Change the last character of the MAC to one it is not, so the session is always altered.
      const altered = session.body.session.slice(0, -1) + (session.body.session.endsWith('A') ? 'B' : 'A');
      expect(await status(altered)).toEqual([401, 'SESSION_INVALID']);
    });
  });

  describe('leave requests', () => {
    let requestId: string;

    it('offers the school days ahead and refuses dates against the rules, naming the limit', async () => {
      const days = (await call('/pupils/hs-301/leave-days', { sub: 'p-hoa' })).body;
      expect(days).toMatchObject({ maxSchoolDays: 3, maxDaysAhead: 30 });
      expect(days.days.slice(0, 5)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-07']);
      const ask = (pupil: string, body: Record<string, unknown>) => call(`/pupils/${pupil}/leave/new`, { sub: 'p-hoa', body: { kind: 'sick', reason: 'Cháu bị sốt', ...body } });
      expect((await ask('hs-301', { from: '2026-11-30', to: '2026-12-01' })).body).toMatchObject({ code: 'IN_THE_PAST', today: '2026-12-01' });
      expect((await ask('hs-301', { from: '2026-12-05', to: '2026-12-05' })).body).toMatchObject({ code: 'NOT_A_SCHOOL_DAY', reason: 'weekend' });
      expect((await ask('hs-301', { from: '2026-12-01', to: '2026-12-04' })).body).toMatchObject({ code: 'TOO_LONG', limit: 3, schoolDays: 4 });
      expect((await ask('hs-301', { from: '2027-01-04', to: '2027-01-04' })).body).toMatchObject({ code: 'TOO_FAR_AHEAD', limit: 30 });
      expect((await ask('hs-301', { from: '2026-12-02', to: '2026-12-02', reason: '   ' })).body.code).toBe('INVALID_PARAMS');
      expect((await ask('hs-301', { from: '2026-12-02', to: '2026-12-02', status: 'approved' })).body.code).toBe('INVALID_PARAMS');
      expect((await ask('hs-101', { from: '2026-12-02', to: '2026-12-02' })).status).toBe(404);
      expect((await call('/pupils/hs-301/leave', { sub: 'p-hoa' })).body.requests).toEqual([]);
    });

    it('files a request, tells the homeroom teacher, and refuses an overlapping one', async () => {
      t.platform.grantNotifications('t-minh');
      // Saturday counts at the lower secondary school.
      const made = await call('/pupils/hs-801/leave/new', { sub: 'p-hoa', body: { from: '2026-12-04', to: '2026-12-05', kind: 'family', reason: 'Về quê dự đám cưới' } });
      expect(made.status).toBe(201);
      expect(made.body.request).toMatchObject({
        pupilName: 'Lê Minh Khang', className: '8/1', from: '2026-12-04', to: '2026-12-05', schoolDays: 2, status: 'pending',
        requestedBy: { name: 'Nguyễn Thị Hoa', relation: 'mother' }, canWithdraw: true, canDecide: false,
      });
      expect(made.body.notified).toEqual(['sent']);
      requestId = made.body.request.id;
      expect(requestId).toMatch(/^NP-[A-Z2-9]{8}$/);
      const sent = t.platform.notifications.find((s) => s.key === `leave-new-${requestId}-t-minh`)!;
      expect(sent.body).toMatchObject({ to: 't-minh', topic: 'leave', path: `/leave/${requestId}`, title: { vi: 'Đơn xin nghỉ học mới', en: 'New leave request' } });
      expect(JSON.stringify(sent.body)).not.toContain('Khang');
      const again = await call('/pupils/hs-801/leave/new', { sub: 'p-hoa', body: { from: '2026-12-05', to: '2026-12-07', kind: 'sick', reason: 'Ốm' } });
      expect(again.body).toMatchObject({ code: 'OVERLAPS', with: requestId });
    });

    it('lets only the homeroom teacher decide, once, and tells the guardian', async () => {
      expect((await call(`/leave/${requestId}/decision`, { sub: 'p-hoa', body: { decision: 'approved' } })).body.code).toBe('NOT_TEACHER');
      // Another class's teacher does not even see it.
      await link('t-oanh', PHONE.oanh);
      expect((await call(`/leave/${requestId}`, { sub: 't-oanh' })).status).toBe(404);
      expect((await call(`/leave/${requestId}/decision`, { sub: 't-oanh', body: { decision: 'approved' } })).status).toBe(404);
      const pending = await call('/classes/ntp-8-1/leave?status=pending', { sub: 't-minh' });
      expect(pending.body.requests.map((r: any) => [r.id, r.canDecide])).toEqual([[requestId, true]]);
      expect((await call(`/leave/${requestId}/decision`, { sub: 't-minh', body: { decision: 'declined' } })).body.code).toBe('COMMENT_REQUIRED');
      expect((await call(`/leave/${requestId}/decision`, { sub: 't-minh', body: { decision: 'maybe' } })).body.code).toBe('INVALID_PARAMS');

      const decided = await call(`/leave/${requestId}/decision`, { sub: 't-minh', body: { decision: 'approved', comment: '  Đồng ý, em nhớ chép bài.  ' } });
      expect(decided.body.request).toMatchObject({ status: 'approved', comment: 'Đồng ý, em nhớ chép bài.', decidedBy: 'Trần Văn Minh', canDecide: false });
      // The guardian has not allowed notifications: recorded, and the decision stands.
      expect(decided.body.notified).toEqual(['not_granted']);
      expect((await call(`/leave/${requestId}/decision`, { sub: 't-minh', body: { decision: 'declined', comment: 'Không' } })).body).toMatchObject({ code: 'INVALID_TRANSITION', status: 'approved' });
      const seen = await call(`/leave/${requestId}`, { sub: 'p-hoa' });
      expect(seen.body.request).toMatchObject({ status: 'approved', canWithdraw: false });
      expect((await call(`/leave/${requestId}/withdraw`, { sub: 'p-hoa', method: 'POST' })).body.code).toBe('INVALID_TRANSITION');
    });

    it('notifies the guardian of a decline, and lets only the guardian who asked withdraw a pending request', async () => {
      t.platform.grantNotifications('p-hoa');
      const a = (await call('/pupils/hs-301/leave/new', { sub: 'p-hoa', body: { from: '2026-12-07', to: '2026-12-07', kind: 'other', reason: 'Khám răng' } })).body.request;
      // Hân's teacher has not opened the app: nobody to tell.
      const b = await call('/pupils/hs-301/leave/new', { sub: 'p-hoa', body: { from: '2026-12-08', to: '2026-12-09', kind: 'sick', reason: 'Sốt' } });
      expect(b.body.notified).toEqual([]);
      await link('p-tung', PHONE.tung);
      const fatherView = (await call('/pupils/hs-301/leave', { sub: 'p-tung' })).body.requests;
      expect(fatherView.map((r: any) => [r.id, r.canWithdraw])).toEqual([[b.body.request.id, false], [a.id, false]]);
      expect((await call(`/leave/${a.id}/withdraw`, { sub: 'p-tung', method: 'POST' })).body.code).toBe('NOT_REQUESTER');
      expect((await call(`/leave/${a.id}/withdraw`, { sub: 'p-hoa', method: 'POST' })).body.request.status).toBe('withdrawn');
      // Withdrawn, its days are free again.
      expect((await call('/pupils/hs-301/leave/new', { sub: 'p-hoa', body: { from: '2026-12-07', to: '2026-12-07', kind: 'other', reason: 'Khám răng (đổi lịch)' } })).status).toBe(201);

      await link('t-linh', '+84900000302');
      const declined = await call(`/leave/${b.body.request.id}/decision`, { sub: 't-linh', body: { decision: 'declined', comment: 'Tuần này lớp kiểm tra định kỳ, phụ huynh liên hệ cô.' } });
      expect(declined.body).toMatchObject({ request: { status: 'declined' }, notified: ['sent'] });
      expect(t.platform.notifications.find((s) => s.key === `leave-declined-${b.body.request.id}`)!.body).toMatchObject({ to: 'p-hoa', topic: 'leave', path: `/leave/${b.body.request.id}` });
    });

    it('does not link an impostor whose token carries the teacher\'s number unconfirmed: no class list, sick note or messages', async () => {
      const note = (await call('/pupils/hs-801/leave/new', { sub: 'p-hoa', body: { from: '2026-12-10', to: '2026-12-10', kind: 'sick', reason: 'Cháu bị ho' } })).body.request;
      const posted = await call('/classes/ntp-8-1/announcements/new', { sub: 't-minh', body: { title: 'Họp phụ huynh', body: 'Thứ Bảy, 8 giờ.', clientKey: 'impostor-test-1' } });
      expect(posted.status).toBe(201);
      // Anyone could sign up with Mr Minh's number; the platform says nobody confirmed it.
      const impostor = await call('/link', { sub: 'impostor', method: 'POST', claims: { phone_number: PHONE.minh, phone_number_verified: false, name: 'Trần Văn Minh' } });
      expect(impostor.status).toBe(403);
      expect(impostor.body).toEqual({ code: 'PHONE_UNVERIFIED', message: expect.stringContaining('one-time code') });
      // A token without the claim (a platform from before it) is no better.
      const older = await call('/link', { sub: 'impostor', method: 'POST', claims: { phone_number: PHONE.minh, phone_number_verified: undefined } });
      expect(older.body.code).toBe('PHONE_UNVERIFIED');
      for (const path of ['/classes/ntp-8-1', '/classes/ntp-8-1/leave', '/classes/ntp-8-1/announcements']) {
        expect((await call(path, { sub: 'impostor' })).body.code, path).toBe('NOT_TEACHER');
      }
      expect((await call(`/leave/${note.id}`, { sub: 'impostor' })).status).toBe(404);
      expect((await call(`/leave/${note.id}/decision`, { sub: 'impostor', body: { decision: 'approved' } })).status).toBe(404);
      expect((await call('/classes/ntp-8-1/announcements/new', { sub: 'impostor', body: { title: 'Nghỉ học', body: 'Mai lớp nghỉ.', clientKey: 'impostor-test-2' } })).body.code).toBe('NOT_TEACHER');
      expect((await call('/announcements', { sub: 'impostor' })).body.announcements).toEqual([]);
      expect((await call(`/announcements/${posted.body.announcement.id}`, { sub: 'impostor' })).status).toBe(404);

      // The teacher, whose number is confirmed, is linked and sees the sick note.
      const teacher = await call('/link', { sub: 't-minh', method: 'POST', claims: { phone_number: PHONE.minh, phone_number_verified: true } });
      expect(teacher.body.classes.map((c: any) => c.id)).toEqual(['ntp-8-1']);
      expect((await call(`/leave/${note.id}`, { sub: 't-minh' })).body.request).toMatchObject({ kind: 'sick', canDecide: true });
      expect((await call(`/leave/${note.id}/withdraw`, { sub: 'p-hoa', method: 'POST' })).body.request.status).toBe('withdrawn');
    });

    it('drops a citizen\'s links at the sign-in whose number is no longer confirmed', async () => {
      await link('t-changed', PHONE.oanh);
      expect((await call('/classes/ntp-6-3', { sub: 't-changed' })).status).toBe(200);
      const unconfirmed = await call('/link', { sub: 't-changed', method: 'POST', claims: { phone_number: PHONE.oanh, phone_number_verified: false } });
      expect(unconfirmed.body.code).toBe('PHONE_UNVERIFIED');
      expect((await call('/classes/ntp-6-3', { sub: 't-changed' })).body.code).toBe('NOT_TEACHER');
    });
  });

  describe('transcripts', () => {
    it('computes the lower secondary averages and learning result from the recorded scores', async () => {
      const { transcript } = (await call('/pupils/hs-801/transcript?term=1', { sub: 'p-hoa' })).body;
      expect(transcript).toMatchObject({ pupilName: 'Lê Minh Khang', level: 'secondary', schoolYear: '2026–2027', term: 1, conduct: 'good' });
      const averages = Object.fromEntries(transcript.rows.filter((r: any) => r.kind === 'scored').map((r: any) => [r.subject.vi, r.average]));
      // Each computed by hand: (Σ regular + 2 × mid-term + 3 × end-of-term) / (regular count + 5), one decimal.
      expect(averages).toEqual({
        'Ngữ văn': 7.4, // 67 / 9
        'Toán': 8.6, // 77.5 / 9
        'Tiếng Anh': 8.3, // 75 / 9
        'Giáo dục công dân': 8.7, // 61 / 7
        'Lịch sử và Địa lí': 7.1, // 64 / 9
        'Khoa học tự nhiên': 7.8, // 70.5 / 9
        'Công nghệ': 8.4, // 67 / 8
        'Tin học': 9.4, // 65.5 / 7
      });
      // Five subjects at 8.0 or more, all at 6.5 or more: Khá, not Tốt.
      expect(transcript.learning).toBe('fair');
      expect(transcript.rows.filter((r: any) => r.kind === 'commented').every((r: any) => r.passed === true)).toBe(true);

      const second = (await call('/pupils/hs-801/transcript?term=2', { sub: 'p-hoa' })).body.transcript;
      expect(second.rows.find((r: any) => r.subject.vi === 'Toán')).toMatchObject({ regular: [9, 9.5], regularCount: 4, midterm: null, average: null });
      expect(second).toMatchObject({ learning: null, conduct: null });
      expect((await call('/pupils/hs-801/transcript?term=3', { sub: 'p-hoa' })).body.code).toBe('INVALID_PARAMS');
    });

    it('assesses primary pupils by levels and comments, without averages', async () => {
      const { transcript } = (await call('/pupils/hs-301/transcript', { sub: 'p-hoa' })).body;
      expect(transcript).toMatchObject({ level: 'primary', qualities: 'good', competences: 'good', learning: null });
      expect(transcript.rows.every((r: any) => r.kind === 'level' && !('average' in r))).toBe(true);
      expect(transcript.rows.find((r: any) => r.subject.vi === 'Toán')).toMatchObject({ level: 'T', test: 10 });
      expect(transcript.rows.find((r: any) => r.subject.vi === 'Mĩ thuật')).toMatchObject({ level: 'H', test: null });
      // Generated marks are the same on every call.
      const once = (await call('/pupils/hs-101/transcript', { sub: 'p-binh' })).body.transcript;
      expect((await call('/pupils/hs-101/transcript', { sub: 'p-binh' })).body.transcript).toEqual(once);
      expect(once.rows.every((r: any) => ['T', 'H', 'C'].includes(r.level))).toBe(true);
    });
  });

  describe('fees', () => {
    const lunches = 'hs-301_2026-12_ban-tru-an';
    let payment: { reference: string; orderId: string; amount: number };

    it('issues the fee notices at amounts the backend sets', async () => {
      const fees = (await call('/pupils/hs-301/fees', { sub: 'p-hoa' })).body.fees;
      expect(fees.map((f: any) => [f.id, f.amount, f.status])).toEqual([
        ['hs-301_2026-12_ban-tru-an', 690_000, 'unpaid'],
        ['hs-301_2026-12_ban-tru-cham-soc', 150_000, 'unpaid'],
        ['hs-301_2026-hk1_bhyt', 884_520, 'unpaid'],
        ['hs-301_2026-hk1_hoc-phi', 0, 'exempt'],
      ]);
      expect(fees[0]).toMatchObject({ label: { vi: 'Tiền ăn bán trú tháng 12/2026 (23 ngày)' }, quantity: 23, unitPrice: 30_000, dueDate: '2026-12-15', receipt: null });
    });

    it('orders the amount it set, whatever the app sends, one open order per fee', async () => {
      const paying = await call(`/fees/${lunches}/pay`, { sub: 'p-hoa', body: { amount: 1000 } });
      expect(paying.status).toBe(201);
      payment = paying.body.payment;
      expect(payment).toMatchObject({ amount: 690_000, orderId: expect.stringMatching(/^ord_/), reference: expect.stringMatching(/^HP-/) });
      expect(t.platform.orders.find((o) => o.key === payment.reference)!.body).toMatchObject({
        amount: 690_000, reference: payment.reference, metadata: { fee: lunches, pupil: 'hs-301' },
        description: 'Tiền ăn bán trú tháng 12/2026 (23 ngày) – Lê Ngọc Hân, lớp 3/2, Trường Tiểu học Lê Lợi',
      });
      const orders = t.platform.orders.length;
      expect((await call(`/fees/${lunches}/pay`, { sub: 'p-hoa', method: 'POST' })).body.payment).toEqual(payment);
      expect(t.platform.orders.length).toBe(orders);
      expect((await call(`/fees/${lunches}/pay`, { sub: 'p-tung', method: 'POST' })).body.code).toBe('PAYMENT_IN_PROGRESS');
      expect((await call('/fees/hs-301_2026-hk1_hoc-phi/pay', { sub: 'p-hoa', method: 'POST' })).body.code).toBe('NOTHING_TO_PAY');
      expect((await call(`/fees/${lunches}/pay`, { sub: 'p-binh', method: 'POST' })).status).toBe(404);
      expect((await call('/fees/hs-301_2026-12_nothing', { sub: 'p-hoa' })).status).toBe(404);
    });

    it('marks the fee paid only on a matching signed webhook, once, and tells the payer', async () => {
      const paid = { orderId: payment.orderId, paymentId: 'pay_1', amount: 690_000, currency: 'VND', reference: payment.reference, metadata: {}, sub: 'p-hoa', paidAt: NOW.toISOString() };
      expect((await deliver('msg_0', 'payment.succeeded', paid, 'whsec_b3RoZXJzZWNyZXRvdGhlcnNlY3JldA==')).status).toBe(400);
      expect((await deliver('msg_1', 'payment.succeeded', { ...paid, amount: 1000 })).status).toBe(422);
      expect((await deliver('msg_2', 'payment.succeeded', { ...paid, sub: 'p-tung' })).status).toBe(422);
      expect((await deliver('msg_3', 'payment.succeeded', { ...paid, orderId: 'ord_999' })).status).toBe(422);
      expect((await call(`/fees/${lunches}`, { sub: 'p-hoa' })).body.fee.status).toBe('unpaid');

      expect((await deliver('msg_4', 'payment.succeeded', paid)).body).toMatchObject({ outcome: 'paid' });
      expect((await deliver('msg_4', 'payment.succeeded', paid)).body).toMatchObject({ outcome: 'duplicate' });
      expect((await deliver('msg_5', 'payment.succeeded', paid)).body).toMatchObject({ outcome: 'duplicate' });
      expect((await deliver('msg_6', 'payment.succeeded', { ...paid, paymentId: 'pay_2' })).status).toBe(422);
      // The refused delivery retried is still refused: its id was not recorded.
      expect((await deliver('msg_1', 'payment.succeeded', { ...paid, amount: 1000 })).status).toBe(422);
      expect((await deliver('msg_7', 'payment.succeeded', { ...paid, reference: 'HP-unknown' })).body).toMatchObject({ outcome: 'unknown' });

      // Both guardians see the receipt.
      for (const sub of ['p-hoa', 'p-tung']) {
        expect((await call(`/fees/${lunches}`, { sub })).body.fee).toMatchObject({
          status: 'paid', receipt: { reference: payment.reference, orderId: payment.orderId, paymentId: 'pay_1', amount: 690_000, payer: { name: 'Nguyễn Thị Hoa', relation: 'mother' } },
        });
      }
      expect((await call(`/fees/${lunches}/pay`, { sub: 'p-tung', method: 'POST' })).body.code).toBe('ALREADY_PAID');
      const receipt = t.platform.notifications.find((s) => s.key === `tuition-paid-${payment.reference}`)!;
      expect(receipt.body).toMatchObject({ to: 'p-hoa', topic: 'tuition', path: `/tuition/${lunches}` });
    });

    it('answers 502 when the platform refuses the order, and lets the fee be paid afterwards', async () => {
      t.platform.refuseNext('createOrder', { status: 400, code: 'INVALID_PARAMS' });
      expect((await call('/fees/hs-301_2026-hk1_bhyt/pay', { sub: 'p-hoa', method: 'POST' })).body.code).toBe('PLATFORM_REFUSED');
      expect((await call('/fees/hs-301_2026-hk1_bhyt/pay', { sub: 'p-hoa', method: 'POST' })).body.payment.amount).toBe(884_520);
    });
  });

  describe('announcements', () => {
    it('fans an announcement out to the linked guardians of the class, recording each outcome', async () => {
      for (const [sub, phone] of [['a-thang', PHONE.thang], ['a-loan', PHONE.loan], ['a-cuong', PHONE.cuong], ['a-yen', PHONE.yen]] as const) await link(sub, phone);
      for (const sub of ['a-thang', 'a-loan', 'a-cuong']) t.platform.grantNotifications(sub);
      const post = (clientKey: string, title = 'Họp phụ huynh cuối học kỳ I') => call('/classes/ntp-6-3/announcements/new', {
        sub: 't-oanh', body: { clientKey, title, body: 'Kính mời quý phụ huynh dự họp lúc 7 giờ 30 sáng Chủ nhật 13/12/2026 tại phòng học lớp 6/3.' },
      });
      expect((await call('/classes/ntp-6-3/announcements/new', { sub: 'p-hoa', body: { clientKey: 'key-00001', title: 'x', body: 'y' } })).body.code).toBe('NOT_TEACHER');
      expect((await post('bad key!')).body.code).toBe('INVALID_PARAMS');
      expect((await post('key-10001', 'x'.repeat(81))).body.code).toBe('INVALID_PARAMS');

      const before = t.platform.notifications.length;
      const first = await post('key-10001');
      expect(first.status).toBe(201);
      const a = first.body.announcement;
      expect(a).toMatchObject({ className: '6/3', teacher: 'Lê Thị Kim Oanh', title: 'Họp phụ huynh cuối học kỳ I' });
      // 8 registered guardians in 6/3: 4 linked (3 allowed notifications), 4 never opened the app.
      expect(a.delivery).toEqual({ recipients: 4, unlinked: 4, counts: { pending: 0, sent: 3, muted: 0, not_granted: 1, quota: 0, failed: 0, skipped: 0 } });
      const sends = t.platform.notifications.slice(before);
      expect(sends.map((s) => s.key).sort()).toEqual(['a-cuong', 'a-loan', 'a-thang'].map((sub) => `announcement-${a.id}-${sub}`));
      expect(sends[0]!.body).toMatchObject({ topic: 'announcements', path: `/announcements/${a.id}`, title: 'Họp phụ huynh cuối học kỳ I' });

      // The same post retried is the same announcement, and nobody is notified twice.
      const replay = await post('key-10001');
      expect(replay.body.announcement.id).toBe(a.id);
      expect(t.platform.notifications.length).toBe(before + 3);

      // The guardian who had not allowed notifications allows them; a resend reaches only her.
      t.platform.grantNotifications('a-yen');
      const resent = await call(`/announcements/${a.id}/resend`, { sub: 't-oanh', method: 'POST' });
      expect(resent.body.announcement.delivery.counts).toMatchObject({ sent: 4, not_granted: 0 });
      expect(t.platform.notifications.length).toBe(before + 4);
      expect((await call(`/announcements/${a.id}/resend`, { sub: 't-minh', method: 'POST' })).status).toBe(404);

      // Every guardian of the class reads it in the app; a guardian of another class does not.
      expect((await call('/announcements', { sub: 'a-yen' })).body.announcements.map((x: any) => x.id)).toEqual([a.id]);
      expect((await call(`/announcements/${a.id}`, { sub: 'a-loan' })).body.announcement.body).toContain('phòng học lớp 6/3');
      expect((await call(`/announcements/${a.id}`, { sub: 'p-hoa' })).status).toBe(404);
      expect((await call('/classes/ntp-6-3/announcements', { sub: 't-oanh' })).body.announcements[0].delivery.recipients).toBe(4);
    });

    it('records guardians over their daily quota, and caps announcements per class per day', async () => {
      t.platform.setNotificationQuota(1);
      const post = (clientKey: string) => call('/classes/ntp-6-3/announcements/new', { sub: 't-oanh', body: { clientKey, title: 'Nghỉ học do mưa lớn', body: 'Ngày mai học sinh nghỉ học để đảm bảo an toàn.' } });
      const second = await post('key-10002');
      expect(second.body.announcement.delivery.counts).toMatchObject({ sent: 0, quota: 4 });
      // Tomorrow the background retry sends them, under the same keys.
      t.platform.setNotificationQuota(Infinity);
      const before = t.platform.notifications.length;
      const tomorrow = createOutbox(t.db, () => new Date(NOW.getTime() + 86_400_000));
      expect(await tomorrow.retryDue(partner())).toBe(4);
      expect(t.platform.notifications.length).toBe(before + 4);
      const seen = (await call('/classes/ntp-6-3/announcements', { sub: 't-oanh' })).body.announcements.find((x: any) => x.id === second.body.announcement.id);
      expect(seen.delivery.counts).toMatchObject({ sent: 4, quota: 0 });
      expect(await tomorrow.retryDue(partner())).toBe(0);
      expect((await post('key-10003')).status).toBe(201);
      expect((await post('key-10004')).body).toMatchObject({ code: 'DAILY_LIMIT', limit: 3, window: 'day' });
    });
  });

  describe('notification retries', () => {
    it('keeps a notification sent without credentials, and sends it later under the same key', async () => {
      t.platform.grantNotifications('r-1');
      const at = (minutes: number) => createOutbox(t.db, () => new Date(NOW.getTime() + minutes * 60_000));
      const message = { key: 'retry-test-1', input: { to: 'r-1', topic: 'leave', title: 'Thử', body: 'Thử lại', path: '/leave/NP-AAAAAAAA' } };
      expect(await at(0).notify(undefined, [message])).toEqual(['skipped']);
      // Not yet due a minute later… then sent, once, with the body it was stored with.
      expect(await at(0.5).retryDue(partner())).toBe(0);
      expect(await at(2).retryDue(partner())).toBe(1);
      expect(t.platform.notifications.filter((s) => s.key === 'retry-test-1').map((s) => s.body)).toEqual([message.input]);
      expect(await at(600).retryDue(partner())).toBe(0);
      // A citizen who has not allowed notifications is not asked again by the loop.
      expect(await at(0).notify(partner(), [{ ...message, key: 'retry-test-2', input: { ...message.input, to: 'r-2' } }])).toEqual(['not_granted']);
      expect(await at(600).retryDue(partner())).toBe(0);
    });
  });

  describe('consent withdrawn', () => {
    it('drops the links made from the phone number when the citizen withdraws it', async () => {
      await link('p-revoke', PHONE.hoa);
      expect((await call('/pupils/hs-801', { sub: 'p-revoke' })).status).toBe(200);
      const revoked = await deliver('msg_r1', 'consent.revoked', { sub: 'p-revoke', permission: 'identity', claims: ['phone'], revokedAt: NOW.toISOString() });
      expect(revoked.status).toBe(200);
      expect((await call('/pupils/hs-801', { sub: 'p-revoke' })).status).toBe(404);
      // Withdrawing only the name keeps the links.
      await link('p-revoke', PHONE.hoa);
      await deliver('msg_r2', 'consent.revoked', { sub: 'p-revoke', permission: 'identity', claims: ['name'], revokedAt: NOW.toISOString() });
      expect((await call('/pupils/hs-801', { sub: 'p-revoke' })).status).toBe(200);
    });
  });
});

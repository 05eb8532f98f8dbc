import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldForMatching } from '../src/branding/fold.js';
import { createProtectedWords } from '../src/branding/protected-words.js';
import type { Database } from '../src/db/database.js';
import { testDatabases } from './support/databases.js';
import { BUILT_APP_DIR, HOST, testManifest, testPlatform } from './support/platform.js';

describe('folding for protected words', () => {
  it('folds case, diacritics, width, look-alike scripts, digit stand-ins and punctuation', () => {
    expect(foldForMatching('Citadel: cập nhật')).toBe('citadei cap nhat');
    expect(foldForMatching('Сitadel')).toBe('citadei'); // Cyrillic С
    expect(foldForMatching('ＣＩＴＡＤＥＬ')).toBe('citadei');
    expect(foldForMatching('C1TADEL')).toBe('citadei');
    expect(foldForMatching('CITADEL')).toBe(foldForMatching('CLTADEL'));
    expect(foldForMatching('Ηuế‑S')).toBe('hue s'); // Greek Η, a non-breaking hyphen
    expect(foldForMatching('Tài khoản của bạn bị KHOÁ!!')).toBe('tai khoan cua ban bi khoa');
    expect(foldForMatching('Đăng ký')).toBe('dang ky');
  });
});

describe.each(testDatabases)('protected words in notifications on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  const auth: Record<string, Record<string, string>> = {};
  let n = 0;
  const notifyAs = async (appId: string, title: unknown, body: unknown = 'Hóa đơn tháng 10 đã có') => {
    const response = await server.app.request(`http://${HOST}/api/partner/v1/notifications`, {
      method: 'POST',
      headers: { host: HOST, ...auth[appId], 'content-type': 'application/json', 'idempotency-key': `words-${++n}` },
      body: JSON.stringify({ to: 'pw-someone', topic: 'bills', title, body }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const notifying = (id: string) => ({ ...testManifest(id, ['notifications']), notifications: { topics: [{ id: 'bills', name: { vi: 'Hóa đơn', en: 'Bills' } }], deepLinks: ['/'] } });

  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db, { apps: [{ manifest: notifying('water'), dir: BUILT_APP_DIR }, { manifest: notifying('city-hall'), dir: BUILT_APP_DIR }] });
    for (const id of ['water', 'city-hall']) {
      const issued = await server.credentials.issue(id);
      auth[id] = { authorization: `Basic ${Buffer.from(`${issued.clientId}:${issued.clientSecret}`).toString('base64')}` };
    }
  });
  afterAll(() => db.close());

  it('stores each seeded word with the folded form it is compared by', async () => {
    const rows = await db.query<{ word: string; folded: string }>('SELECT word, folded FROM protected_words');
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) expect(row.folded, row.word).toBe(foldForMatching(row.word));
  });

  it('refuses a title or body posing as the platform or the city, naming the word and the field', async () => {
    expect(await notifyAs('water', 'Citadel: tài khoản cần xác nhận')).toMatchObject({ status: 400, body: { code: 'LOOKALIKE_BRANDING', word: 'Citadel', issues: [{ path: 'title' }] } });
    expect((await notifyAs('water', 'Сitadel thông báo')).body).toMatchObject({ code: 'LOOKALIKE_BRANDING', word: 'Citadel' });
    expect((await notifyAs('water', 'Thông báo', 'Tài khoản của bạn bị KHOÁ, bấm vào đây')).body).toMatchObject({ code: 'LOOKALIKE_BRANDING', issues: [{ path: 'body' }] });
    expect((await notifyAs('water', { vi: 'Thông báo', en: 'Hue-S: your account' })).body).toMatchObject({ code: 'LOOKALIKE_BRANDING', word: 'Hue-S' });
    expect((await notifyAs('water', 'U.B.N.D phường')).body.code).not.toBe('LOOKALIKE_BRANDING');
    // Ordinary text goes on to the next check (here: the citizen never allowed notifications).
    expect((await notifyAs('water', 'Hóa đơn nước tháng 10')).body.code).toBe('NOTIFICATIONS_NOT_GRANTED');
  });

  it('lets an official app use them, and the operator edit the list', async () => {
    await db.query("UPDATE apps SET official = true WHERE id = 'city-hall'");
    expect((await notifyAs('city-hall', 'UBND phường Phú Hội thông báo')).body.code).toBe('NOTIFICATIONS_NOT_GRANTED');
    const words = createProtectedWords(db);
    expect((await notifyAs('water', 'Sở Y tế khuyến cáo')).body.code).toBe('NOTIFICATIONS_NOT_GRANTED');
    expect(await words.add('Sở Y tế')).toBe(true);
    expect(await words.add('SO Y TE')).toBe(false);
    expect((await notifyAs('water', 'Sở Y tế khuyến cáo')).body).toMatchObject({ code: 'LOOKALIKE_BRANDING', word: 'Sở Y tế' });
    expect(await words.remove('so y te')).toBe(true);
    expect((await notifyAs('water', 'Sở Y tế khuyến cáo')).body.code).toBe('NOTIFICATIONS_NOT_GRANTED');
  });
});

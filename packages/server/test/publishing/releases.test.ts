import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { createPublishedApps } from '../../src/publishing/apps.js';
import { createReleases } from '../../src/publishing/releases.js';
import { createVersions } from '../../src/publishing/versions.js';
import { builtApp } from '../support/built-app.js';
import { testDatabases } from '../support/databases.js';
import { HOST, testManifest, testPlatform } from '../support/platform.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe.each(testDatabases)('publishing: versions, content hashes and staged releases on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  const appHost = 'water.apps.localhost:8080';
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await server.app.request(`http://${appHost}${path}`, { headers: { host: appHost, ...headers } });
    return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
  };

  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db, { apps: [{ manifest: { ...testManifest('water'), backends: ['https://api.water.example.vn'] }, dir: builtApp('one') }] });
  });
  afterAll(() => db.close());

  it('serves a released version\'s files with the bytes the check hashed, under a policy of its own scripts and declared backends', async () => {
    const [version] = await createVersions(db).list('water');
    expect(version).toMatchObject({ number: 1, state: 'approved' });
    for (const file of version!.files) {
      const served = await get(`/${file.path}`);
      expect(served.status, file.path).toBe(200);
      expect(sha256(served.bytes), file.path).toBe(file.sha256);
    }
    const csp = (await get('/')).headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self' https://api.water.example.vn");
    expect(csp).toContain("frame-ancestors http://localhost:8080 'self'");
  });

  it('keeps version 1\'s bytes unchanged after version 2 is released, and rolls back to it in one action', async () => {
    const one = (await createVersions(db).list('water')).find((v) => v.number === 1)!;
    const second = await server.publish({ manifest: { ...testManifest('water'), version: '1.0.1', backends: ['https://api.water.example.vn'] }, dir: builtApp('two') });
    expect(second).toEqual({ version: 2, created: true });
    const launched = (await (await server.app.request(`http://${HOST}/api/apps/water/launch`, { headers: { host: HOST } })).json()) as { manifest: { version: string; entry: string } };
    expect(launched.manifest.version).toBe('1.0.1');
    // Version 1's files, by its key, are byte for byte what was checked before version 2 existed.
    const key = one.bundleHash.slice(0, 16);
    for (const file of one.files) expect(sha256((await get(`/${file.path}?citadel_version=${key}`)).bytes)).toBe(file.sha256);
    // A page of version 1 asks for its script by the page's address: its own version answers.
    expect(new TextDecoder().decode((await get('/assets/main-one.js', { referer: `http://${appHost}/?citadel_version=${key}` })).bytes)).toContain('"one"');
    await createReleases(db).rollback('water', 1);
    const back = (await (await server.app.request(`http://${HOST}/api/apps/water/launch`, { headers: { host: HOST } })).json()) as { manifest: { version: string; entry: string } };
    expect(back.manifest.version).toBe('1.0.0');
    expect(new URL(back.manifest.entry).searchParams.get('citadel_version')).toBe(key);
    // Publishing the same files again is the version they already are.
    expect(await server.publish({ manifest: { ...testManifest('water'), version: '1.0.1', backends: ['https://api.water.example.vn'] }, dir: builtApp('two') })).toEqual({ version: 2, created: false });
  });

  it('gives a rollout version to its share of 10 000 simulated citizens within ±5 %, the same citizens as it grows', async () => {
    const releases = createReleases(db);
    await releases.release('water', 1, 100);
    const subjects = Array.from({ length: 10_000 }, () => randomUUID());
    const share = async (percent: number) => {
      await releases.release('water', 2, percent);
      const release = (await releases.get('water'))!;
      return new Set(subjects.filter((s) => releases.versionFor(release, 'water', s) === 2));
    };
    const ten = await share(10);
    const fifty = await share(50);
    expect(Math.abs(ten.size - 1000)).toBeLessThan(500);
    expect(Math.abs(fifty.size - 5000)).toBeLessThan(500);
    expect([...ten].every((s) => fifty.has(s))).toBe(true);
    await releases.pause('water', true);
    const paused = (await releases.get('water'))!;
    expect(subjects.some((s) => releases.versionFor(paused, 'water', s) === 2)).toBe(false);
    await releases.pause('water', false);
    expect((await share(100)).size).toBe(10_000);
    expect(await releases.get('water')).toMatchObject({ stable: 2, rollout: null });
  });

  it('refuses to release a version that is not approved, naming it', async () => {
    await expect(createReleases(db).release('water', 99, 100)).rejects.toMatchObject({ status: 404 });
    const apps = createPublishedApps(db);
    await apps.create({ id: 'water-bills', name: { vi: 'Hoá đơn nước', en: 'Water bills' }, kind: 'hosted' });
    await expect(createReleases(db).rollback('water-bills', 1)).rejects.toMatchObject({ status: 404 });
  });
});

describe.each(testDatabases)('look-alike app names on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
    await testPlatform(db, { apps: [{ manifest: { ...testManifest('kitchen-sink'), name: { vi: 'Trải nghiệm nền tảng', en: 'Platform demo' } } }] });
  });
  afterAll(() => db.close());

  it('refuses an id or a name that reads as another app\'s, or holds a protected word, naming the clash', async () => {
    const apps = createPublishedApps(db);
    const clash = (id: string, vi: string, en: string) => apps.create({ id, name: { vi, en }, kind: 'hosted' }).then(() => undefined, (error: { code: string; extra: unknown }) => ({ code: error.code, ...(error.extra as object) }));
    expect(await clash('kitchen-s1nk', 'Bếp', 'Kitchen')).toEqual({ code: 'NAME_CLASH', clash: { kind: 'app', appId: 'kitchen-sink', name: 'kitchen-s1nk' } });
    expect(await clash('demo-two', 'Trải nghiệm nền tảng', 'Another')).toMatchObject({ code: 'NAME_CLASH', clash: { kind: 'app', appId: 'kitchen-sink' } });
    // A Cyrillic "Р" and "о" in the English name.
    expect(await clash('demo-three', 'Khác', 'Рlatform demо')).toMatchObject({ code: 'NAME_CLASH', clash: { kind: 'app', appId: 'kitchen-sink' } });
    expect(await clash('ubnd-hue', 'UBND Huế', 'Hue People\'s Committee')).toMatchObject({ code: 'NAME_CLASH', clash: { kind: 'protected-word', word: 'UBND' } });
    expect(await clash('hue-s-pay', 'Ví', 'Hue-S Pay')).toMatchObject({ code: 'NAME_CLASH', clash: { kind: 'protected-word', word: 'Hue-S' } });
    expect(await clash('kitchen-sink', 'Bếp', 'Kitchen')).toMatchObject({ code: 'APP_EXISTS' });
    expect(await clash('water-bills', 'Hoá đơn nước', 'Water bills')).toBeUndefined();
  });
});

import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../../src/db/database.js';
import { checkBundle } from '@citadel/bundle-checks';
import { createHostedFiles } from '../../src/publishing/hosted-files.js';
import { createReleases } from '../../src/publishing/releases.js';
import { createVersions } from '../../src/publishing/versions.js';
import { builtApp, builtFiles } from '../support/built-app.js';
import { testDatabases } from '../support/databases.js';
import { testManifest, testPlatform } from '../support/platform.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const manifest = (version: string) => ({ ...testManifest('water'), version });

/** The database, counting the statements that read each table. */
function counting(db: Queryable) {
  const reads = { blobs: 0, versions: 0, all: 0 };
  const queryable: Queryable = {
    query(sql, params) {
      reads.all += 1;
      if (sql.includes('FROM bundle_blobs')) reads.blobs += 1;
      if (sql.includes('SELECT manifest, files FROM app_versions')) reads.versions += 1;
      return db.query(sql, params);
    },
  };
  return { queryable, reads };
}

describe.each(testDatabases)('hosted files from memory on $name', ({ open }) => {
  let db: Database;
  // Two platform servers on one database, each with its own caches, as two processes would be.
  let first: Awaited<ReturnType<typeof testPlatform>>;
  let second: Awaited<ReturnType<typeof testPlatform>>;
  const appHost = 'water.apps.localhost:8080';
  const get = async (server: typeof first, path: string) => {
    const response = await server.app.request(`http://${appHost}${path}`, { headers: { host: appHost } });
    return { status: response.status, body: (await response.json()) as { code?: string } };
  };
  const page = async (server: typeof first, path = '/') => {
    const response = await server.app.request(`http://${appHost}${path}`, { headers: { host: appHost } });
    return `${response.status} ${text(new Uint8Array(await response.arrayBuffer()))}`;
  };
  const both = async (path = '/') => [await page(first, path), await page(second, path)];

  beforeAll(async () => {
    db = await open();
    first = await testPlatform(db, { apps: [{ manifest: manifest('1.0.0'), dir: builtApp('one') }] });
    second = await testPlatform(db, { apps: [{ manifest: manifest('1.0.0'), dir: builtApp('one') }] });
  });
  afterAll(() => db.close());

  it('serves the stored bytes, reading a file\'s bytes and its version\'s file list from the database once', async () => {
    const { queryable, reads } = counting(db);
    const hosted = createHostedFiles(queryable);
    const [version] = await createVersions(db).list('water');
    for (let round = 0; round < 3; round++) {
      for (const file of version!.files) {
        const served = await (await hosted.site('water', undefined))!.file(`/${file.path}`, { navigation: false });
        expect(sha256(served!.body), file.path).toBe(file.sha256);
        const [stored] = await db.query<{ bytes: Uint8Array }>('SELECT bytes FROM bundle_blobs WHERE sha256 = $1', [file.sha256]);
        expect(Buffer.from(served!.body).equals(Buffer.from(stored!.bytes)), file.path).toBe(true);
      }
    }
    expect(reads.blobs).toBe(version!.files.length);
    expect(reads.versions).toBe(1);
    // After that, a request is one statement: what the app serves now.
    const before = reads.all;
    await (await hosted.site('water', undefined))!.file('/index.html', { navigation: true });
    expect(reads.all - before).toBe(1);
  });

  it('sees a release, a rollback and a rollout with the very next request, on this server and on another sharing the database', async () => {
    expect(await both()).toEqual([expect.stringContaining('<title>one</title>'), expect.stringContaining('<title>one</title>')]);
    await first.publish({ manifest: manifest('1.0.1'), dir: builtApp('two') });
    expect(await both()).toEqual([expect.stringContaining('<title>two</title>'), expect.stringContaining('<title>two</title>')]);
    // A page of version 1, open across the release, still gets its own script, which version 2 lacks.
    expect(await both('/assets/main-one.js')).toEqual(['200 document.title = "one";\n', '200 document.title = "one";\n']);
    await createReleases(db).rollback('water', 1);
    expect(await both()).toEqual([expect.stringContaining('<title>one</title>'), expect.stringContaining('<title>one</title>')]);
    // A rollout leaves the stable version where it is; its version answers only a page that names it.
    await createReleases(db).release('water', 2, 30);
    const two = (await createVersions(db).get('water', 2)).bundleHash.slice(0, 16);
    expect(await both()).toEqual([expect.stringContaining('<title>one</title>'), expect.stringContaining('<title>one</title>')]);
    expect(await both(`/?citadel_version=${two}`)).toEqual([expect.stringContaining('<title>two</title>'), expect.stringContaining('<title>two</title>')]);
    await createReleases(db).pause('water', true);
    expect(await both()).toEqual([expect.stringContaining('<title>one</title>'), expect.stringContaining('<title>one</title>')]);
    await createReleases(db).release('water', 2, 100);
    expect(await both()).toEqual([expect.stringContaining('<title>two</title>'), expect.stringContaining('<title>two</title>')]);
  });

  it('serves a version named by its key only from the moment a reviewer approves it', async () => {
    const versions = createVersions(db);
    const files = Object.entries({ ...builtFiles('three'), 'manifest.json': JSON.stringify(manifest('1.0.2')) })
      .map(([path, body]) => ({ path, bytes: new TextEncoder().encode(body) }));
    const { version } = await versions.addHosted('water', { files, report: await checkBundle(files, { appId: 'water' }) });
    await versions.submit('water', version.number);
    const key = version.bundleHash.slice(0, 16);
    // In review: the stable version answers.
    expect(await both(`/?citadel_version=${key}`)).toEqual([expect.stringContaining('<title>two</title>'), expect.stringContaining('<title>two</title>')]);
    await versions.decide('water', version.number, { approve: true });
    expect(await both(`/?citadel_version=${key}`)).toEqual([expect.stringContaining('<title>three</title>'), expect.stringContaining('<title>three</title>')]);
  });

  it('stops serving a suspended app with the very next request, on both servers, and serves it again once activated', async () => {
    expect(await both()).toEqual([expect.stringMatching(/^200 /), expect.stringMatching(/^200 /)]);
    await first.admin.setStatus('water', 'suspended');
    for (const server of [first, second]) expect(await get(server, '/')).toMatchObject({ status: 403, body: { code: 'APP_SUSPENDED' } });
    for (const server of [first, second]) expect(await get(server, '/assets/main-two.js')).toMatchObject({ status: 403, body: { code: 'APP_SUSPENDED' } });
    await second.admin.setStatus('water', 'active');
    expect(await both('/assets/main-two.js')).toEqual(['200 document.title = "two";\n', '200 document.title = "two";\n']);
  });

  it('keeps its caches within their bounds, and serves the stored bytes of files it does not keep', async () => {
    const limits = { versions: 2, versionBytes: 4000, blobs: 3, blobBytes: 600, blobMaxBytes: 300 };
    const hosted = createHostedFiles(db, limits);
    // A file larger than any kept one, in a fourth version.
    await first.publish({ manifest: manifest('1.0.3'), dir: builtApp('four', { 'assets/large.js': `export const large = ${JSON.stringify('x'.repeat(500))};\n` }) });
    const all = await createVersions(db).list('water');
    expect(all.map((v) => v.number)).toEqual([4, 3, 2, 1]);
    const seen = { versions: 0, blobs: 0 };
    for (let round = 0; round < 2; round++) {
      for (const version of all) {
        const site = (await hosted.site('water', version.bundleHash.slice(0, 16)))!;
        for (const file of version.files) {
          const served = await site.file(`/${file.path}`, { navigation: false });
          expect(sha256(served!.body), `${version.number} ${file.path}`).toBe(file.sha256);
          const { versions, blobs } = hosted.stats();
          expect(versions.entries).toBeLessThanOrEqual(limits.versions);
          expect(versions.bytes).toBeLessThanOrEqual(limits.versionBytes);
          expect(blobs.entries).toBeLessThanOrEqual(limits.blobs);
          expect(blobs.bytes).toBeLessThanOrEqual(limits.blobBytes);
          seen.versions = Math.max(seen.versions, versions.entries);
          seen.blobs = Math.max(seen.blobs, blobs.entries);
        }
      }
    }
    // The bounds were reached, so they are what kept the caches small.
    expect(seen).toEqual({ versions: limits.versions, blobs: limits.blobs });
    expect(all.flatMap((v) => v.files).some((file) => file.size > limits.blobMaxBytes)).toBe(true);
  });
});

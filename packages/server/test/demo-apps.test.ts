import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistryAdmin } from '../src/app-registry.js';
import type { Database } from '../src/db/database.js';
import { openDatabase, type DatabaseConfig } from '../src/db/open.js';
import { showDemoAppsFromEnv } from '../src/demo-visibility.js';
import { createPostgresDatabase, testDatabases } from './support/databases.js';
import { BUILT_APP_DIR, HOST, testManifest, testPlatform } from './support/platform.js';

// Issue 16: the developer demo (the kitchen sink) is not a citizen's service; the registry flags it, and the citizen
// catalogue lists it only where the server shows demo apps (development).
describe.each(testDatabases)('demo apps in the citizen catalogue on $name', ({ open }) => {
  let db: Database;
  const apps = [
    { manifest: testManifest('water'), dir: BUILT_APP_DIR },
    { manifest: testManifest('sink'), dir: BUILT_APP_DIR, demo: true },
  ];
  type Server = Awaited<ReturnType<typeof testPlatform>>;
  const catalogue = async (server: Server) =>
    ((await (await server.app.request('http://x/api/apps', { headers: { host: HOST } })).json()) as { apps: Array<{ id: string }> }).apps.map((a) => a.id);
  const launch = async (server: Server, id: string) => (await server.app.request(`http://x/api/apps/${id}/launch`, { headers: { host: HOST } })).status;

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db.close());

  it('lists a demo app in development (the default) and leaves it out when the server hides demo apps', async () => {
    expect(await catalogue(await testPlatform(db, { apps }))).toEqual(['sink', 'water']);
    const hidden = await testPlatform(db, { apps, showDemoApps: false });
    expect(await catalogue(hidden)).toEqual(['water']);
    // Hidden from the catalogue, not suspended: a link to it still launches it.
    expect(await launch(hidden, 'sink')).toBe(200);
  });

  it('hides demo apps outside development unless told to show them', async () => {
    expect(await catalogue(await testPlatform(db, { apps, development: false }))).toEqual(['water']);
    expect(await catalogue(await testPlatform(db, { apps, development: false, showDemoApps: true }))).toEqual(['sink', 'water']);
  });

  it('keeps the flag in the registry: set by the operator, and left alone by a start that does not name it', async () => {
    const server = await testPlatform(db, { apps, showDemoApps: false });
    expect(await server.admin.setDemo('water', true)).toBe(true);
    expect(await catalogue(server)).toEqual([]);
    const restarted = await testPlatform(db, { apps: [{ manifest: testManifest('water'), dir: BUILT_APP_DIR }], showDemoApps: false });
    expect(await catalogue(restarted)).toEqual([]);
    expect(await server.admin.setDemo('water', false)).toBe(true);
    expect(await server.admin.setDemo('no-such-app', true)).toBe(false);
    expect(await catalogue(server)).toEqual(['water']);
    const rows = await db.query<{ id: string; demo: boolean }>("SELECT id, demo FROM apps WHERE id IN ('sink', 'water') ORDER BY id");
    expect(rows).toEqual([{ id: 'sink', demo: true }, { id: 'water', demo: false }]);
  });
});

describe('CITADEL_DEMO_APPS', () => {
  it('shows demo apps in development and hides them in production, unless set to show or hide', () => {
    expect(showDemoAppsFromEnv({})).toBe(true);
    expect(showDemoAppsFromEnv({ NODE_ENV: 'production' })).toBe(false);
    expect(showDemoAppsFromEnv({ NODE_ENV: 'production', CITADEL_DEMO_APPS: 'show' })).toBe(true);
    expect(showDemoAppsFromEnv({ CITADEL_DEMO_APPS: 'hide' })).toBe(false);
    expect(() => showDemoAppsFromEnv({ CITADEL_DEMO_APPS: 'yes' })).toThrow('CITADEL_DEMO_APPS must be "show" or "hide", not "yes"');
  });
});

// The operator flags an app a demo from the command line (`npm run operator -- apps demo <id> on|off`), the built CLI
// run as a process against a database of its own, as an operator runs it with the server stopped.
describe.each(['pglite', 'postgres'] as const)('npm run operator -- apps demo on %s', (kind) => {
  const cli = resolve(import.meta.dirname, '../dist/cli.js');
  let config: DatabaseConfig;
  let env: NodeJS.ProcessEnv;
  let dataDir: string | undefined;
  beforeAll(async () => {
    if (kind === 'pglite') {
      dataDir = mkdtempSync(join(tmpdir(), 'citadel-operator-'));
      config = { kind, dataDir: join(dataDir, 'pglite') };
      env = { ...process.env, CITADEL_DATA_DIR: dataDir, DATABASE_URL: '' };
    } else {
      const url = await createPostgresDatabase();
      config = { kind, url };
      env = { ...process.env, DATABASE_URL: url };
    }
    // PGlite has one owner at a time: the database is closed before each run of the command.
    const db = await openDatabase(config);
    await createRegistryAdmin(db).register(testManifest('water'));
    await db.close();
  });
  afterAll(() => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  const operator = (...args: string[]) => promisify(execFile)(process.execPath, [cli, ...args], { env })
    .then(({ stdout }) => ({ code: 0, out: stdout }), (error: { code: number; stderr: string }) => ({ code: error.code, out: error.stderr }));
  const flag = async () => {
    const db = await openDatabase(config);
    try {
      return (await db.query<{ demo: boolean }>("SELECT demo FROM apps WHERE id = 'water'"))[0]?.demo;
    } finally {
      await db.close();
    }
  };

  it('sets and clears the flag, and names an app it does not know', async () => {
    expect(await operator('apps', 'demo', 'water', 'on')).toEqual({ code: 0, out: expect.stringContaining('water: a demo app') });
    expect(await flag()).toBe(true);
    expect(await operator('apps', 'demo', 'water', 'off')).toEqual({ code: 0, out: expect.stringContaining('water: a citizen service') });
    expect(await flag()).toBe(false);
    expect(await operator('apps', 'demo', 'nope', 'on')).toEqual({ code: 1, out: expect.stringContaining('No app "nope"') });
  });
});

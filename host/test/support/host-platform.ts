import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { createPlatformServer, demoApps, openDatabase, type Database, type ListeningServer, type PlatformServer, type PlatformServerOptions } from '@citadel/server';
import { launchChromium } from '../../../tests/support/chromium.js';
import { forTheSuite } from './for-the-suite.js';

const repo = resolve(import.meta.dirname, '../../..');

/** The real platform serving the built host, on a free port, and Chromium to drive it. */
export interface HostPlatform {
  readonly database: Database;
  readonly platform: PlatformServer;
  readonly server: ListeningServer;
  /** The host's origin, `http://localhost:<port>`. */
  readonly origin: string;
  readonly browser: Browser;
  /** The frame of the mini-app `appId` in `page`, once the host framed it. */
  appFrame(page: Page, appId: string): Promise<Frame>;
  /** Closes the browser, the server and the database; safe after a partial start. */
  close(): Promise<void>;
}

/**
 * Starts the platform on PGlite in memory with `host/dist` and `apps` (default: the demo apps, `demoApps`), and any
 * further `options` (the developer console's `consoleDir`), then Chromium. What it opened is closed again when a later step fails.
 */
export async function startHostPlatform(
  apps: PlatformServerOptions['apps'] = demoApps(resolve(repo, 'miniapps')), options: Partial<PlatformServerOptions> = {},
): Promise<HostPlatform> {
  const database = await openDatabase({ kind: 'pglite' });
  let server: ListeningServer | undefined;
  try {
    // No notification pacing: these suites send one citizen several notifications in a row and wait for each;
    // packages/server/test/pacing.test.ts tests pacing.
    const platform = await createPlatformServer({ hostDir: resolve(repo, 'host/dist'), database, apps, port: 0, notificationSpacingMs: 0, ...options });
    server = await platform.listen();
    const browser = await launchChromium();
    const opened = server;
    return {
      database, platform, server, browser, origin: `http://localhost:${server.port}`,
      async appFrame(page, appId) {
        const prefix = `http://${appId}.apps.localhost:${opened.port}/`;
        await expect.poll(() => page.frames().some((f) => f.url().startsWith(prefix))).toBe(true);
        return page.frames().find((f) => f.url().startsWith(prefix))!;
      },
      async close() {
        await browser.close();
        await opened.close();
        await database.close();
      },
    };
  } catch (error) {
    await server?.close();
    await database.close();
    throw error;
  }
}

/** `startHostPlatform(apps)` for the suite it is called in: started before its tests, closed after them (see `forTheSuite`). */
export const useHostPlatform = (apps?: PlatformServerOptions['apps']): HostPlatform => forTheSuite(() => startHostPlatform(apps));

/** The kitchen sink's built files, for suites that register it under a manifest of their own. */
export const kitchenSinkDist = resolve(repo, 'miniapps/kitchen-sink/dist');

/** The kitchen sink's own manifest, as its folder declares it. */
export const kitchenSinkManifest = (): Record<string, unknown> =>
  JSON.parse(readFileSync(resolve(repo, 'miniapps/kitchen-sink/manifest.json'), 'utf8')) as Record<string, unknown>;

/** The kitchen sink alone, under its own manifest: the apps of a suite that needs no other. */
export const kitchenSinkAlone = (): PlatformServerOptions['apps'] => [{ manifest: kitchenSinkManifest(), dir: kitchenSinkDist }];

import { createTestPlatform, type TestPlatform } from '@citadel/testing';
import { CliError } from '../cli-error.js';
import type { Output } from '../output.js';
import { optionalWebhookSecret } from '../webhook-secret-option.js';
import { startBackend, type BackendProcess } from './backend-process.js';
import { readDevProject } from './dev-project.js';
import { freePort } from './free-port.js';
import { startSimulatorServer, type SimulatorServer } from './simulator-server.js';
import { createThrottle } from './throttle.js';
import { startAppDevServer, type AppDevServer } from './vite-server.js';

/** `citadel dev`'s flags. */
export interface DevCommandOptions {
  /** The simulator's port; `0` takes a free one. Default 5180. */
  readonly port: string;
}

/** A running `citadel dev`: `stop()` ends the backend, the dev server, the simulator and the test platform. */
export interface DevRun {
  readonly simulator: string;
  stop(): Promise<void>;
}

function portOf(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) throw new CliError('INVALID_PORT', `--port must be a whole number from 0 to 65535, not ${value}`);
  return port;
}

/**
 * Starts everything `citadel dev` runs for the project in `dir`: the test platform (with its manifest), the backend
 * (`npm run backend`, when there is such a script) on a free port, the project's Vite dev server and the simulator.
 * Whatever started is stopped again when a later step fails.
 */
export async function startDev(dir: string, options: DevCommandOptions, io: Output, env: NodeJS.ProcessEnv = process.env): Promise<DevRun> {
  const port = portOf(options.port);
  // The test platform's secret: the caller's, so `citadel webhooks trigger` run with the same variable signs alike.
  const webhookSecret = optionalWebhookSecret(env);
  const project = await readDevProject(dir);
  const appId = project.manifest.id;
  const throttle = createThrottle();
  const started: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const close of started.reverse()) await close().catch(() => undefined);
    started.length = 0;
  };
  try {
    const platform: TestPlatform = await createTestPlatform({ manifest: project.manifest, credentials: webhookSecret === undefined ? {} : { webhookSecret } });
    started.push(() => platform.close());
    const backendPort = project.hasBackend ? await freePort() : undefined;
    const backendOrigin = backendPort === undefined ? null : `http://localhost:${backendPort}`;
    // Read by the project's vite config and by Vite itself (a VITE_ variable of the environment reaches import.meta.env).
    if (backendOrigin !== null) process.env.VITE_BACKEND_ORIGIN = backendOrigin;
    const app: AppDevServer = await startAppDevServer(dir, appId, throttle);
    started.push(() => app.close());
    let backend: BackendProcess | undefined;
    if (backendPort !== undefined) {
      backend = startBackend(dir, {
        PORT: String(backendPort),
        CITADEL_PLATFORM_URL: platform.url,
        CITADEL_APP_ID: appId,
        CITADEL_CLIENT_ID: platform.credentials.clientId,
        CITADEL_CLIENT_SECRET: platform.credentials.clientSecret,
        CITADEL_WEBHOOK_SECRET: platform.webhookSecret,
        CITADEL_APP_ORIGIN: app.origin,
      }, backendPort, io);
      started.push(() => backend!.stop());
      platform.setWebhookUrl(`http://127.0.0.1:${backendPort}/webhooks`);
    }
    // The app as the simulator frames it: from the dev server, its icons too (a relative `src` is relative to the entry).
    const icons = project.manifest.icons.map((icon) => ({ ...icon, src: new URL(icon.src, app.entry).href }));
    const manifest = { ...project.manifest, entry: app.entry, icons };
    const simulator: SimulatorServer = await startSimulatorServer(port, {
      platform,
      throttle,
      session: () => ({ manifest, platformUrl: platform.url, backendOrigin, throttle: throttle.profile }),
    });
    started.push(() => simulator.close());
    io.out(`App (Vite): ${app.entry}`);
    io.out(`Test platform: ${platform.url}`);
    if (backend) {
      io.out(`Backend: ${backendOrigin} (npm run backend)`);
      // As `stripe listen` prints its secret: a throwaway of this run's test platform, for `citadel webhooks trigger`.
      io.out(`Webhook secret: ${platform.webhookSecret} (CITADEL_WEBHOOK_SECRET=… npx citadel webhooks trigger <event> --forward-to ${backendOrigin}/webhooks)`);
      if (!(await backend.listening)) io.err(`[backend] nothing listens on port ${backendPort} yet: the app's calls to it will fail until it does`);
    }
    io.out(`Simulator: ${simulator.origin}/`);
    return { simulator: `${simulator.origin}/`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Runs `citadel dev` until the process is interrupted (Ctrl-C or SIGTERM), then stops everything and resolves 0. */
export async function devCommand(options: DevCommandOptions, env: NodeJS.ProcessEnv, io: Output): Promise<number> {
  const run = await startDev(process.cwd(), options, io, env);
  await new Promise<void>((resolve) => {
    const end = () => resolve();
    process.once('SIGINT', end);
    process.once('SIGTERM', end);
  });
  await run.stop();
  return 0;
}

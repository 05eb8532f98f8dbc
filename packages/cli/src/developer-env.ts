import { CliError } from './cli-error.js';

/** What `citadel publish` reads from the environment. */
export interface DeveloperEnv {
  readonly clientId: string;
  readonly clientSecret: string;
  /** The developer console's origin, such as `http://console.localhost:8080`. */
  readonly consoleUrl: URL;
}

/** The variables `citadel publish` needs, in the order it names missing ones. */
export const DEVELOPER_ENV_NAMES = ['CITADEL_CLIENT_ID', 'CITADEL_CLIENT_SECRET', 'CITADEL_CONSOLE_URL'] as const;

/**
 * Reads the app's partner credentials and the console's URL from `env`. Rejects with `CliError` `MISSING_ENV`
 * naming every variable that is unset or empty, or `INVALID_ENV` when `CITADEL_CONSOLE_URL` is not an
 * `http:` or `https:` URL.
 */
export function readDeveloperEnv(env: NodeJS.ProcessEnv): DeveloperEnv {
  const missing = DEVELOPER_ENV_NAMES.filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new CliError('MISSING_ENV', `Set ${missing.join(', ')}: the app's client id and secret (developer console, Credentials) and the console's URL`);
  }
  let consoleUrl: URL;
  try {
    consoleUrl = new URL(env.CITADEL_CONSOLE_URL!);
  } catch {
    throw new CliError('INVALID_ENV', `CITADEL_CONSOLE_URL is not a URL: ${env.CITADEL_CONSOLE_URL}`);
  }
  if (consoleUrl.protocol !== 'http:' && consoleUrl.protocol !== 'https:') {
    throw new CliError('INVALID_ENV', `CITADEL_CONSOLE_URL must be an http: or https: URL, not ${consoleUrl.protocol}`);
  }
  return { clientId: env.CITADEL_CLIENT_ID!, clientSecret: env.CITADEL_CLIENT_SECRET!, consoleUrl };
}

import { readCredentialEnv } from './credential-env.js';

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
  const { clientId, clientSecret, url } = readCredentialEnv(env, 'CITADEL_CONSOLE_URL', 'the console\'s URL');
  return { clientId, clientSecret, consoleUrl: url };
}

import { CliError } from './cli-error.js';

/** The app's partner credentials and one platform origin, read from the environment. */
export interface CredentialEnv {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly url: URL;
}

/**
 * Reads `CITADEL_CLIENT_ID`, `CITADEL_CLIENT_SECRET` and the origin variable `urlName` (described by `urlWhat` when it
 * is missing) from `env`. Rejects with `CliError` `MISSING_ENV` naming every variable that is unset or empty, or
 * `INVALID_ENV` when the origin is not an `http:` or `https:` URL.
 */
export function readCredentialEnv(env: NodeJS.ProcessEnv, urlName: string, urlWhat: string): CredentialEnv {
  const missing = ['CITADEL_CLIENT_ID', 'CITADEL_CLIENT_SECRET', urlName].filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new CliError('MISSING_ENV', `Set ${missing.join(', ')}: the app's client id and secret (developer console, Credentials) and ${urlWhat}`);
  }
  let url: URL;
  try {
    url = new URL(env[urlName]!);
  } catch {
    throw new CliError('INVALID_ENV', `${urlName} is not a URL: ${env[urlName]}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CliError('INVALID_ENV', `${urlName} must be an http: or https: URL, not ${url.protocol}`);
  }
  return { clientId: env.CITADEL_CLIENT_ID!, clientSecret: env.CITADEL_CLIENT_SECRET!, url };
}

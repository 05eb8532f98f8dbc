import { readCredentialEnv } from './credential-env.js';

/** What `citadel webhooks listen` reads from the environment: the credentials `citadel publish` uses, and the platform. */
export interface PartnerEnv {
  readonly clientId: string;
  readonly clientSecret: string;
  /** The platform's origin, where the partner API answers, such as `http://localhost:8080`: `platformUrl` of `@citadel/node`. */
  readonly platformUrl: URL;
}

/** The variables `citadel webhooks listen` needs, in the order it names missing ones. */
export const PARTNER_ENV_NAMES = ['CITADEL_CLIENT_ID', 'CITADEL_CLIENT_SECRET', 'CITADEL_PLATFORM_URL'] as const;

/**
 * Reads the app's partner credentials and the platform's URL from `env`. Rejects with `CliError` `MISSING_ENV`
 * naming every variable that is unset or empty, or `INVALID_ENV` when `CITADEL_PLATFORM_URL` is not an `http:` or
 * `https:` URL.
 */
export function readPartnerEnv(env: NodeJS.ProcessEnv): PartnerEnv {
  const { clientId, clientSecret, url } = readCredentialEnv(env, 'CITADEL_PLATFORM_URL', 'the platform\'s URL');
  return { clientId, clientSecret, platformUrl: url };
}

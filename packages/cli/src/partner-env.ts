import { readCredentialEnv, type CredentialEnv } from './credential-env.js';

/**
 * What `citadel webhooks listen` reads from the environment: the credentials `citadel publish` uses, and as `url` the
 * platform's origin, where the partner API answers (`platformUrl` of `@citadel/node`), such as `http://localhost:8080`.
 */
export type PartnerEnv = CredentialEnv;

/**
 * Reads `CITADEL_CLIENT_ID`, `CITADEL_CLIENT_SECRET` and `CITADEL_PLATFORM_URL` from `env`. Rejects with `CliError`
 * `MISSING_ENV` naming every one that is unset or empty, or `INVALID_ENV` when `CITADEL_PLATFORM_URL` is not an
 * `http:` or `https:` URL.
 */
export const readPartnerEnv = (env: NodeJS.ProcessEnv): PartnerEnv => readCredentialEnv(env, 'CITADEL_PLATFORM_URL', 'the platform\'s URL');

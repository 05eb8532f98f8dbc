/** The backend's settings, all from the environment (`npm run dev` sets them for the local simulator). */
export interface ServerEnv {
  /** `PORT`, default 8787. */
  readonly port: number;
  /** `CITADEL_PLATFORM_URL`: the platform's origin, the issuer of identity tokens (its keys at `/.well-known/jwks.json`). */
  readonly platformUrl: string;
  /** `CITADEL_APP_ID`: your app id; an identity token must be for it. */
  readonly appId: string;
  /** `CITADEL_WEBHOOK_SECRET`: the `whsec_…` secret webhooks are signed with. */
  readonly webhookSecret: string;
  /** `CITADEL_APP_ORIGIN`: the mini-app's origin, the one origin whose pages may call `/api/*` (CORS). */
  readonly appOrigin: string;
  /**
   * `CITADEL_CLIENT_ID` and `CITADEL_CLIENT_SECRET`, for the partner API (orders, notifications: `createPartnerClient`
   * of `@citadel/node`); undefined when either is unset.
   */
  readonly credentials: { readonly clientId: string; readonly clientSecret: string } | undefined;
}

/** A setting missing or malformed: the message names the variable. */
export class EnvError extends Error {
  override readonly name = 'EnvError';
}

const DEFAULT_PORT = 8787;

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (value === undefined || value === '') throw new EnvError(`${name} is not set`);
  return value;
}

function origin(env: NodeJS.ProcessEnv, name: string): string {
  const value = required(env, name);
  if (!URL.canParse(value) || new URL(value).origin !== value) {
    throw new EnvError(`${name} must be an origin, such as https://example.vn (no path, no trailing slash): got ${value}`);
  }
  return value;
}

function port(env: NodeJS.ProcessEnv): number {
  if (env.PORT === undefined || env.PORT === '') return DEFAULT_PORT;
  const value = Number(env.PORT);
  if (!Number.isInteger(value) || value < 0 || value > 65_535) throw new EnvError(`PORT must be a whole number from 0 to 65535: got ${env.PORT}`);
  return value;
}

/** Reads and checks the settings; throws `EnvError` naming the first variable missing or malformed. */
export function readServerEnv(env: NodeJS.ProcessEnv): ServerEnv {
  const clientId = env.CITADEL_CLIENT_ID;
  const clientSecret = env.CITADEL_CLIENT_SECRET;
  return {
    port: port(env),
    platformUrl: origin(env, 'CITADEL_PLATFORM_URL'),
    appId: required(env, 'CITADEL_APP_ID'),
    webhookSecret: required(env, 'CITADEL_WEBHOOK_SECRET'),
    appOrigin: origin(env, 'CITADEL_APP_ORIGIN'),
    credentials: clientId && clientSecret ? { clientId, clientSecret } : undefined,
  };
}

import { stat } from 'node:fs/promises';
import { createPartnerClient, type PartnerClient } from '@citadel/node';
import { parseCredentials, waitForCredentials, type PartnerCredentials } from './credentials.js';
import { readFile } from 'node:fs/promises';

/** The partner API client and the webhook secret, from one set of credentials. */
export interface Access {
  readonly citadel: PartnerClient;
  readonly webhookSecret: string;
}

/** The backend's access to the partner API: given at once, or from the file the platform writes (waited for; read again when it changes). */
export function createPartnerAccess(options: { platformUrl: string; credentials?: PartnerCredentials | undefined; credentialsFile?: string | undefined }) {
  const stop = new AbortController();
  const file = options.credentialsFile;
  let access: Access | undefined;
  let readAt: number | undefined;
  const use = (c: PartnerCredentials) => {
    access = { citadel: createPartnerClient({ platformUrl: options.platformUrl, clientId: c.clientId, clientSecret: c.clientSecret }), webhookSecret: c.webhookSecret };
  };
  if (options.credentials) use(options.credentials);
  else if (file !== undefined) {
    void waitForCredentials(file, { signal: stop.signal, timeoutMs: 24 * 3_600_000 }).then((found) => {
      if (found) {
        readAt = -1;
        use(found);
      }
    });
  }
  return {
    /** The access from the newest credentials; undefined until they arrived. */
    async current(): Promise<Access | undefined> {
      if (access && file !== undefined && readAt !== undefined) {
        // The platform writes new credentials when its database was reset.
        const mtime = (await stat(file).catch(() => undefined))?.mtimeMs;
        if (mtime !== undefined && mtime !== readAt) {
          const fresh = parseCredentials(await readFile(file, 'utf8').catch(() => ''));
          if (fresh) {
            readAt = mtime;
            use(fresh);
          }
        }
      }
      return access;
    },
    close: () => stop.abort(),
  };
}

export type PartnerAccess = ReturnType<typeof createPartnerAccess>;

import { readFile, stat } from 'node:fs/promises';
import { parseCredentials, waitForCredentials, type PartnerCredentials, type WaitOptions } from './credentials-file.js';
import { createPartnerClient, type PartnerClient } from './partner-client.js';

/** The partner API client and the webhook secret, from one set of credentials. */
export interface Access {
  readonly citadel: PartnerClient;
  readonly webhookSecret: string;
}

/** The backend's access to the platform's partner API, once its credentials are known. */
export interface PartnerAccess {
  /** The access, from the newest credentials; `undefined` until they arrived. */
  current(): Promise<Access | undefined>;
  /** Why `current()` is empty, for the 503 answer. */
  missing(): string;
  /** Stops waiting for the credentials file. */
  close(): void;
}

/** Where the credentials come from: given at once, or a file the platform writes (waited for, and read again when it changes). */
export interface PartnerAccessOptions {
  readonly platformUrl: string;
  readonly credentials?: PartnerCredentials;
  readonly credentialsFile?: string;
  readonly wait?: Omit<WaitOptions, 'signal'>;
}

/**
 * Creates the access to the partner API for a backend: from credentials given at once, or from a
 * JSON file `{ clientId, clientSecret, webhookSecret }` (Citadel's development `npm start` writes
 * one per demo backend), waited for in the background and read again when it changes (the
 * platform issues new ones when its database was reset). In production, pass `credentials` from
 * your secret store.
 */
export function createPartnerAccess(options: PartnerAccessOptions): PartnerAccess {
  const stop = new AbortController();
  const file = options.credentialsFile;
  let access: Access | undefined;
  /** The file's modification time when it was last read. */
  let readAt: number | undefined;
  let waiting = file !== undefined && options.credentials === undefined;
  const use = (c: PartnerCredentials) => {
    access = { citadel: createPartnerClient({ platformUrl: options.platformUrl, clientId: c.clientId, clientSecret: c.clientSecret }), webhookSecret: c.webhookSecret };
  };
  const modified = async () => (file === undefined ? undefined : (await stat(file).catch(() => undefined))?.mtimeMs);

  if (options.credentials) use(options.credentials);
  else if (file !== undefined) {
    void (async () => {
      const found = await waitForCredentials(file, { ...options.wait, signal: stop.signal });
      waiting = false;
      if (found) {
        readAt = -1; // not known: the first use reads the file once more and learns it
        use(found);
      } else if (!stop.signal.aborted) console.error(`@citadel/node: no partner credentials in ${file}; partner API calls stay off`);
    })();
  }

  return {
    async current() {
      if (access && file !== undefined && readAt !== undefined) {
        // The platform writes new credentials when its database was reset, possibly after this
        // backend first read the file: a changed file is read again.
        const mtime = await modified(); // taken before reading: a write after it is seen next time
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
    missing: () => (waiting
      ? 'Waiting for the partner credentials; the platform writes them when it starts. Try again in a moment.'
      : 'No partner credentials: set CITADEL_CREDENTIALS_FILE to a JSON file { "clientId", "clientSecret", "webhookSecret" } (npm start writes one)'),
    close: () => stop.abort(),
  };
}

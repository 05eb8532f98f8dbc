import { promises as dns, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isLocalhostName } from '@citadel/protocol';
import { isDeliverableAddress } from './deliverable-address.js';

/** Resolves a host name to every address it has. Default: the system resolver (`dns.lookup`). */
export type ResolveHost = (hostname: string) => Promise<readonly LookupAddress[]>;

/** The default `ResolveHost`: `dns.lookup` with `all`, in the order the system gives. */
export const systemResolve: ResolveHost = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

/** The code of the error a refused address fails the connection with. */
export const ADDRESS_REFUSED = 'CITADEL_ADDRESS_REFUSED';

const LOCALHOST: readonly LookupAddress[] = [{ address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }];

const refused = (hostname: string, address: string) =>
  Object.assign(new Error(`${hostname} resolves to ${address}, which webhooks may not reach`), { code: ADDRESS_REFUSED });

/**
 * A `lookup` for `http.request` that resolves once and hands the connection only the addresses
 * it checked, so nothing can resolve the name again between the check and the connect (no
 * DNS-rebinding window). If any address of the name is not deliverable, the connection fails
 * with code `CITADEL_ADDRESS_REFUSED`: a name that points anywhere private is refused whole.
 * `localhost` and `*.localhost` mean loopback without asking DNS (RFC 6761).
 */
export function createGuardedLookup(resolve: ResolveHost, development: boolean): LookupFunction {
  return (hostname, options, reply) => {
    (isLocalhostName(hostname) ? Promise.resolve(LOCALHOST) : resolve(hostname)).then(
      (found) => {
        const bad = found.find((entry) => !isDeliverableAddress(entry.address, development));
        if (bad) return reply(refused(hostname, bad.address), '');
        const wanted = options.family === 4 || options.family === 6 ? found.filter((entry) => entry.family === options.family) : [...found];
        const [first] = wanted;
        if (!first) return reply(Object.assign(new Error(`${hostname} has no usable address`), { code: 'ENOTFOUND' }), '');
        if (options.all) return reply(null, wanted);
        return reply(null, first.address, first.family);
      },
      (error: unknown) => reply(error as NodeJS.ErrnoException, ''),
    );
  };
}

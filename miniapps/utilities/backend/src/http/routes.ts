import type { IncomingMessage } from 'node:http';
import { citizenOf, ok, parse, readJson, requireAccess, type BackendParts, type Endpoint } from '@citadel-miniapp/backend-kit';
import { summaryOf } from '../accounts/summary.js';
import { UnknownCode, type SavedAccounts } from '../accounts/saved.js';
import type { Bills } from '../bills/bills.js';
import { accountByCode } from '../customers/accounts.js';
import { PROVIDERS } from '../customers/providers.js';
import { UtilitiesError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { upcomingOutages, wardKey } from '../outages/outages.js';
import { BILL_ID, CustomerCode, LookupQuery, OutageQuery, SaveInput } from '../validate.js';
import { receiveWebhook } from '../webhooks.js';

/** What every route needs. */
export interface RouteContext extends BackendParts {
  readonly saved: SavedAccounts;
  readonly bills: Bills;
}

/** The endpoints, by path. */
export function endpointOf(pathname: string, c: RouteContext): Endpoint | undefined {
  const citizen = (request: IncomingMessage) => citizenOf(request, c);
  /** A code `sub` saved; another one answers the same 404 as an unknown one, so codes cannot be probed for bills. */
  const savedBy = async (sub: string, raw: string) => {
    const code = parse(CustomerCode, decodeURIComponent(raw));
    if (!(await c.saved.has(sub, code))) throw new UtilitiesError(404, 'NOT_FOUND', `You have not saved the customer code ${code}`);
    return code;
  };
  /** A bill of an account `sub` saved. */
  const billOf = async (sub: string, id: string) => {
    const bill = BILL_ID.test(id) ? await c.bills.get(id) : undefined;
    if (!bill || !(await c.saved.has(sub, bill.code))) throw new UtilitiesError(404, 'NOT_FOUND', 'No such bill among your saved accounts');
    return bill;
  };

  if (pathname === '/public/providers') return { method: 'GET', run: async () => ok({ providers: Object.values(PROVIDERS).map((p) => ({ utility: p.utility, name: p.name, unit: p.unit })) }) };
  if (pathname === '/public/outages') {
    return { method: 'GET', run: async (_r, url) => {
      const q = parse(OutageQuery, Object.fromEntries(url.searchParams));
      const outages = upcomingOutages(c.now()).filter((o) => (!q.ward || wardKey(o.ward) === wardKey(q.ward)) && (!q.utility || o.utility === q.utility));
      return ok({ outages: outages.slice(0, LIMITS.outagesMax) });
    } };
  }
  if (pathname === '/accounts/lookup') {
    // Signed in, so a code's holder and address are not an open directory.
    return { method: 'GET', run: async (r, url) => {
      await citizen(r);
      const { code } = parse(LookupQuery, Object.fromEntries(url.searchParams));
      const account = accountByCode(code);
      if (!account) throw new UnknownCode(code);
      return ok({ account: summaryOf(account) });
    } };
  }
  if (pathname === '/accounts') {
    return { method: 'GET', run: async (r) => ok({ accounts: await c.saved.list(await citizen(r)) }) };
  }
  if (pathname === '/accounts/new') {
    return { method: 'POST', run: async (r) => {
      const sub = await citizen(r);
      const input = parse(SaveInput, await readJson(r, LIMITS.smallBody));
      await c.saved.save(sub, input.code, input.label);
      return ok({ accounts: await c.saved.list(sub) }, 201);
    } };
  }
  const account = /^\/accounts\/([^/]{1,40})\/(bills|remove)$/.exec(pathname);
  if (account) {
    if (account[2] === 'remove') {
      return { method: 'POST', run: async (r) => {
        const sub = await citizen(r);
        await c.saved.remove(sub, await savedBy(sub, account[1]!));
        return ok({ accounts: await c.saved.list(sub) });
      } };
    }
    return { method: 'GET', run: async (r) => {
      const sub = await citizen(r);
      const code = await savedBy(sub, account[1]!);
      return ok({ account: summaryOf(accountByCode(code)!), bills: await c.bills.of(code) });
    } };
  }
  const bill = /^\/bills\/([^/]{1,40})(\/pay|\/receipt)?$/.exec(pathname);
  if (bill) {
    const id = decodeURIComponent(bill[1]!);
    if (bill[2] === '/pay') {
      return { method: 'POST', run: async (r) => {
        const sub = await citizen(r);
        await billOf(sub, id);
        const { citadel } = await requireAccess(c.access);
        return ok(await c.bills.pay(citadel, sub, id), 201);
      } };
    }
    if (bill[2] === '/receipt') {
      return { method: 'GET', run: async (r) => ok({ receipt: await c.bills.receipt(await citizen(r), id) }) };
    }
    return { method: 'GET', run: async (r) => ok({ bill: await billOf(await citizen(r), id) }) };
  }
  if (pathname === '/webhooks') return { method: 'POST', run: (r) => receiveWebhook(r, c.access, c.bills) };
  return undefined;
}

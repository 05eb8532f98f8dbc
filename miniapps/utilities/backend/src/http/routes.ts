import { citizen, jsonBody, paramsOf, queryOf, requireAccess, verifiedWebhook, type BackendParts } from '@citadel-miniapp/backend-kit';
import { Hono } from 'hono';
import type { Proofs } from '../accounts/proofs.js';
import type { SavedAccounts } from '../accounts/saved.js';
import { summaryOf } from '../accounts/summary.js';
import type { Bills } from '../bills/bills.js';
import { accountByCode } from '../customers/accounts.js';
import { PROVIDERS } from '../customers/providers.js';
import { UtilitiesError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { upcomingOutages, wardKey } from '../outages/outages.js';
import { BILL_ID, CodeParam, OutageQuery, PhoneSaveInput, SaveInput } from '../validate.js';
import { receiveWebhook } from '../webhooks.js';
import { verifiedPhoneOf } from './verified-phone.js';

/** What every route needs. */
export interface RouteContext extends BackendParts {
  readonly saved: SavedAccounts;
  readonly proofs: Proofs;
  readonly bills: Bills;
}

const ACCOUNT = '/accounts/:code{[^/]{1,40}}';
const BILL = '/bills/:id{[^/]{1,40}}';

/** The routes: public ones under `/public/`, the citizen's saved accounts and bills, and the platform's webhook. */
export function utilitiesRoutes(ctx: RouteContext): Hono {
  const signedIn = citizen(ctx);
  /** A code `sub` proved is theirs; another one answers the same 404 as an unknown one, so codes cannot be probed for bills. */
  const provenBy = async (sub: string, code: string) => {
    if (!(await ctx.saved.proven(sub, code))) throw new UtilitiesError(404, 'NOT_FOUND', `You have not proven the customer code ${code} is yours`);
    return code;
  };
  /** A bill of an account `sub` proved is theirs. */
  const billOf = async (sub: string, id: string) => {
    const bill = BILL_ID.test(id) ? await ctx.bills.get(id) : undefined;
    if (!bill || !(await ctx.saved.proven(sub, bill.code))) throw new UtilitiesError(404, 'NOT_FOUND', 'No such bill among your proven accounts');
    return bill;
  };

  return new Hono()
    .get('/public/providers', (c) => c.json({ providers: Object.values(PROVIDERS).map((p) => ({ utility: p.utility, name: p.name, unit: p.unit })) }))
    .get('/public/outages', queryOf(OutageQuery), (c) => {
      const q = c.req.valid('query');
      const outages = upcomingOutages(ctx.now()).filter((o) => (!q.ward || wardKey(o.ward) === wardKey(q.ward)) && (!q.utility || o.utility === q.utility));
      return c.json({ outages: outages.slice(0, LIMITS.outagesMax) });
    })
    // Nothing of a household (not even whether its code exists) before the citizen proves it is theirs.
    .get('/accounts', signedIn, async (c) => c.json({ accounts: await ctx.saved.list(c.var.sub) }))
    .post('/accounts', signedIn, jsonBody(SaveInput, LIMITS.smallBody), async (c) => {
      const input = c.req.valid('json');
      const by = await ctx.proofs.prove(c.var.sub, input.code, { billAmount: input.billAmount });
      await ctx.saved.save(c.var.sub, input.code, input.label, by);
      return c.json({ accounts: await ctx.saved.list(c.var.sub) }, 201);
    })
    // The proof is the phone number of a fresh identity token, confirmed by the platform, against the contract's.
    .post('/accounts/by-phone', verifiedPhoneOf(ctx), jsonBody(PhoneSaveInput, LIMITS.smallBody), async (c) => {
      const input = c.req.valid('json');
      const by = await ctx.proofs.prove(c.var.sub, input.code, { verifiedPhone: c.var.verifiedPhone });
      await ctx.saved.save(c.var.sub, input.code, input.label, by);
      return c.json({ accounts: await ctx.saved.list(c.var.sub) }, 201);
    })
    .delete(ACCOUNT, signedIn, paramsOf(CodeParam), async (c) => {
      if (!(await ctx.saved.remove(c.var.sub, c.req.valid('param').code))) throw new UtilitiesError(404, 'NOT_FOUND', 'You have not saved this customer code');
      return c.json({ accounts: await ctx.saved.list(c.var.sub) });
    })
    .get(`${ACCOUNT}/bills`, signedIn, paramsOf(CodeParam), async (c) => {
      const code = await provenBy(c.var.sub, c.req.valid('param').code);
      return c.json({ account: summaryOf(accountByCode(code)!), bills: await ctx.bills.of(code) });
    })
    .get(BILL, signedIn, async (c) => c.json({ bill: await billOf(c.var.sub, c.req.param('id')) }))
    .post(`${BILL}/pay`, signedIn, async (c) => {
      const id = c.req.param('id');
      await billOf(c.var.sub, id);
      const { citadel } = await requireAccess(ctx.access);
      return c.json(await ctx.bills.pay(citadel, c.var.sub, id), 201);
    })
    .get(`${BILL}/receipt`, signedIn, async (c) => c.json({ receipt: await ctx.bills.receipt(c.var.sub, c.req.param('id')) }))
    .post('/webhooks', verifiedWebhook(ctx.access), async (c) => c.json(await receiveWebhook(c.var.event, ctx.access, ctx.bills)));
}

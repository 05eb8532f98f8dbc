import * as z from 'zod';
import { LIMITS } from './limits.js';

/** A customer code as printed on a bill, upper-cased and without spaces. */
export const CustomerCode = z.string().trim().transform((s) => s.replace(/\s+/g, '').toUpperCase()).pipe(z.string().regex(/^[A-Z0-9]{6,20}$/, 'a customer code: 6 to 20 letters and digits'));

/** `/accounts/:code/…`: the code in the path. */
export const CodeParam = z.object({ code: CustomerCode });

const label = z.string().trim().max(LIMITS.labelMax).default('');

/** `POST /accounts`: the code, with the amount of one of its recent bills, in whole dong, as proof. */
export const SaveInput = z.strictObject({
  code: CustomerCode,
  label,
  billAmount: z.number().int().min(1).max(1_000_000_000),
});

/** `POST /accounts/by-phone`: the code; the proof is the verified phone number of the identity token. */
export const PhoneSaveInput = z.strictObject({ code: CustomerCode, label });

/** `GET /public/outages?ward=&utility=`. */
export const OutageQuery = z.strictObject({
  ward: z.string().trim().max(60).optional(),
  utility: z.enum(['electricity', 'water']).optional(),
});

/** A bill id in a path: `<code>-<YYYYMM>`. */
export const BILL_ID = /^[A-Z0-9]{6,20}-\d{6}$/;

import * as z from 'zod/mini';
import { LocalizedText } from '../schemas.js';
import { Currency, IsoTime, NextCursor, NumericCursor } from './common.js';

/** Limits on one top-up, in VND. */
export const TOPUP_LIMITS = { min: 10_000, max: 10_000_000 } as const;

/** `GET /api/wallet`: the balance in VND. */
export const WalletAnswer = z.object({ balance: z.int(), currency: Currency });
/** `POST /api/wallet/topups`: the amount and the funding source's id (the development source is `dev-bank`). */
export const TopUpBody = z.strictObject({
  amount: z.int().check(z.minimum(TOPUP_LIMITS.min), z.maximum(TOPUP_LIMITS.max)),
  source: z.string().check(z.minLength(1), z.maxLength(64)),
});
/** A recorded top-up. */
export const TopUp = z.object({ id: z.string(), amount: z.int(), source: z.string(), createdAt: IsoTime });
/** A recorded top-up. */
export type TopUp = z.infer<typeof TopUp>;
/** The answer to a top-up: it and the new balance. */
export const TopUpAnswer = z.object({ topup: TopUp, balance: z.int() });
/** The answer to a top-up: it and the new balance. */
export type TopUpAnswer = z.infer<typeof TopUpAnswer>;

/** What moved a wallet. */
export const LedgerKind = z.enum(['topup', 'payment', 'refund']);
/** What moved a wallet. */
export type LedgerKind = z.infer<typeof LedgerKind>;
/** One line of a wallet's history; `amount` is signed (a payment is negative). */
export const HistoryEntry = z.object({
  id: z.string(),
  kind: LedgerKind,
  amount: z.int(),
  appId: z.nullable(z.string()),
  appName: z.nullable(LocalizedText),
  description: z.nullable(z.string()),
  paymentId: z.nullable(z.string()),
  at: IsoTime,
});
/** One line of a wallet's history. */
export type HistoryEntry = z.infer<typeof HistoryEntry>;
/** `GET /api/wallet/history`: a page, newest first. */
export const HistoryAnswer = z.object({ entries: z.array(HistoryEntry), next: NextCursor });
/** A page of a wallet's history, newest first; `next` is the cursor of the page after it, `null` at the end. */
export type HistoryAnswer = z.infer<typeof HistoryAnswer>;
/** A page cursor of the history or the audit log. */
export const CursorQuery = z.object({ before: z.optional(NumericCursor) });

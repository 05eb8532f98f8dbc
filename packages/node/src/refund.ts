import { RefundAnswer, type PartnerRefund, type RefundBody } from '@citadel/protocol/api';
import { readAnswer } from './read-answer.js';

/**
 * What your server sends to refund a paid order (`POST /api/partner/v1/orders/:id/refunds`):
 * `amount` to give back, in VND, 1 up to what is left of the payment; `reason`, up to 200
 * characters, shown in the citizen's history (default: none).
 */
export type RefundInput = RefundBody;

/** A refund; `reason` is `''` when none was given. */
export type Refund = PartnerRefund;

/** Reads the answer `{ refund }`; `undefined` when it is not that shape. */
export const parseRefundAnswer = readAnswer(RefundAnswer, (answer) => answer.refund);

import type { Message } from '../notify/outbox.js';

/** The payer's receipt notification for a fee just paid (topic `tuition`, opening the receipt). */
export const paidMessage = (sub: string, feeId: string, reference: string): Message => ({
  key: `tuition-paid-${reference}`,
  input: {
    to: sub, topic: 'tuition', path: `/tuition/${encodeURIComponent(feeId)}`,
    title: { vi: 'Nhà trường đã nhận khoản thanh toán', en: 'The school received your payment' },
    body: { vi: `Biên lai ${reference}. Chạm để xem biên lai.`, en: `Receipt ${reference}. Tap to see it.` },
  },
});

import { isPartnerApiError, type PartnerClient } from '@citadel/node';
import type { Bill } from './bill.js';

const month = (bill: Bill) => bill.period.split('-').reverse().join('/');

/**
 * Tells the payer their bill is paid, with the receipt a tap away (topic `receipts`, opening
 * `/bills/<id>/receipt`), in Vietnamese and English. Keyed by the bill, so a replayed webhook
 * never notifies twice. A citizen who did not allow notifications, or a send that failed, still
 * has the receipt in the app: the outcome is logged, not retried.
 */
export async function notifyPaid(citadel: PartnerClient, sub: string, bill: Bill, receiptNo: string): Promise<string> {
  const electricity = bill.utility === 'electricity';
  try {
    const sent = await citadel.notifications.send({
      to: sub, topic: 'receipts', path: `/bills/${encodeURIComponent(bill.id)}/receipt`,
      title: { vi: `Đã thanh toán tiền ${electricity ? 'điện' : 'nước'} tháng ${month(bill)}`, en: `${electricity ? 'Electricity' : 'Water'} bill for ${month(bill)} paid` },
      body: { vi: `Biên nhận ${receiptNo}. Chạm để xem.`, en: `Receipt ${receiptNo}. Tap to see it.` },
    }, { idempotencyKey: `receipt-${bill.id}` });
    return sent.muted ? 'muted' : 'sent';
  } catch (error) {
    if (!isPartnerApiError(error)) throw error;
    if (error.code !== 'NOTIFICATIONS_NOT_GRANTED') console.error(`utilities-backend: receipt notification for ${bill.id}: ${error.code} ${error.message}`);
    return error.code;
  }
}

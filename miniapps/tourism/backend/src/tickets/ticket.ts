/** A ticket as its buyer sees it; `code` only once the platform's webhook said it is paid. */
export interface Ticket {
  readonly reference: string;
  readonly placeId: string;
  readonly quantity: number;
  readonly amount: number;
  readonly orderId: string | null;
  readonly status: 'pending' | 'paid';
  readonly paidAt: string | null;
  /** When a gate admitted it (a ticket admits once), or null. */
  readonly usedAt: string | null;
  readonly createdAt: string;
  readonly code: string | null;
}

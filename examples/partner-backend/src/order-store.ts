/** An order as this backend keeps it. `paid` only once the platform's signed webhook said so. */
export interface DemoOrder {
  /** The platform's order id. */
  readonly id: string;
  /** This backend's own id for it, sent to the platform as `reference`. */
  readonly reference: string;
  readonly amount: number;
  readonly description: string;
  readonly status: 'pending' | 'paid';
  readonly paymentId: string | null;
  readonly paidAt: string | null;
  /** Refunded so far, in đồng. */
  readonly refunded: number;
}

/** Where the demo keeps its orders: in memory, so a restart forgets them (a real backend uses its database). */
export interface OrderStore {
  get(id: string): DemoOrder | undefined;
  add(order: DemoOrder): void;
  /** Replaces the order `id` with `change` applied; returns the new order. */
  update(id: string, change: Partial<Pick<DemoOrder, 'status' | 'paymentId' | 'paidAt' | 'refunded'>>): DemoOrder | undefined;
}

/** Creates an empty in-memory store, keeping at most `limit` orders (the oldest go first). Default 10 000. */
export function createOrderStore(limit = 10_000): OrderStore {
  const orders = new Map<string, DemoOrder>();
  return {
    get: (id) => orders.get(id),
    add(order) {
      orders.set(order.id, order);
      if (orders.size > limit) orders.delete(orders.keys().next().value!);
    },
    update(id, change) {
      const order = orders.get(id);
      if (!order) return undefined;
      const next = { ...order, ...change };
      orders.set(id, next);
      return next;
    },
  };
}

/** Every limit the backend enforces, in one place; each is named in the error that enforces it. */
export const LIMITS = {
  /** Bytes of any JSON body. */
  smallBody: 16_384,
  /** Tickets of one purchase. */
  ticketsPerOrder: 10,
  commentMax: 1000,
  /** Places and toilets one "near me" answer may list. */
  nearMax: 30,
  /** Default of `limit` in "near me". */
  nearDefault: 5,
  /** Reviews listed per place, newest first. */
  reviewsPage: 50,
  /** How long the citizen has to pay an order, in seconds (the platform's default is 900). */
  orderSeconds: 900,
} as const;

/** Every limit the backend enforces, in one place; each is named in the error that enforces it. */
export const LIMITS = {
  /** Bytes of any JSON body. */
  smallBody: 4096,
  /** Customer codes one citizen may save. */
  savedAccounts: 10,
  labelMax: 40,
  /** How long the citizen has to pay an order, in seconds; an open one is offered again until then. */
  orderSeconds: 900,
  /** Outages listed at once. */
  outagesMax: 100,
} as const;

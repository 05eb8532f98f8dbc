/** Every limit the backend enforces, in one place; each is named in the error that enforces it. */
export const LIMITS = {
  /** Bytes of any JSON body. */
  smallBody: 4096,
  /** Customer codes one citizen may save. */
  savedAccounts: 10,
  labelMax: 40,
  /** How long the citizen has to pay an order, in seconds; an open one is offered again until then. */
  orderSeconds: 900,
  /** Bills, newest first, whose amount proves a household: a citizen may hold last month's or an older paper bill. */
  proofBills: 3,
  /**
   * Wrong proofs one citizen may offer for one customer code in a Vietnam day, then `429 TOO_MANY_PROOFS`: a bill's
   * amount has too few likely values (the units vary around the household's average) to allow more guesses.
   */
  wrongProofsPerHousehold: 5,
  /** Wrong proofs one citizen may offer in a Vietnam day over all codes, so nobody probes code after code. */
  wrongProofsPerCitizen: 20,
  /** Outages listed at once. */
  outagesMax: 100,
} as const;

/**
 * Where a wallet top-up's money comes from: a bank or payment gateway in production. `charge`
 * resolves with the source's own reference once the money is captured, or rejects. It must be
 * idempotent per `reference` so a retried top-up is never charged twice.
 */
export interface FundingSource {
  readonly id: string;
  charge(input: { citizenId: string; amount: number; reference: string }): Promise<{ sourceReference: string }>;
}

/** The development funding source: approves every charge at once. Never configure it in production. */
export function createDevelopmentFunding(): FundingSource {
  return {
    id: 'dev-bank',
    async charge({ reference }) {
      return { sourceReference: reference };
    },
  };
}

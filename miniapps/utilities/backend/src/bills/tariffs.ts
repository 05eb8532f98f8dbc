import type { Utility } from '../customers/providers.js';

/** One tier of a stepped tariff: `upTo` units (kWh or m³) of the month at `price` VND each; the last tier has no bound. */
export interface Tier {
  readonly upTo: number | null;
  readonly price: number;
}

/** A stepped tariff and the charges added to it. */
export interface Tariff {
  readonly tiers: readonly Tier[];
  /** VAT, in percent of the consumption charge. */
  readonly vatPercent: number;
  /** The environmental protection fee on waste water, in percent of the consumption charge (water only). */
  readonly environmentPercent: number;
}

/**
 * Residential tariffs, approximately as published (EVN retail electricity, 6 tiers, before VAT;
 * Huế domestic water, 4 tiers). The operator must set the current ones: they change by decree.
 */
export const TARIFFS: Readonly<Record<Utility, Tariff>> = {
  electricity: {
    tiers: [
      { upTo: 50, price: 1984 }, { upTo: 100, price: 2050 }, { upTo: 200, price: 2380 },
      { upTo: 300, price: 2998 }, { upTo: 400, price: 3350 }, { upTo: null, price: 3460 },
    ],
    vatPercent: 8,
    environmentPercent: 0,
  },
  water: {
    tiers: [{ upTo: 10, price: 7200 }, { upTo: 20, price: 8600 }, { upTo: 30, price: 10500 }, { upTo: null, price: 12900 }],
    vatPercent: 5,
    environmentPercent: 10,
  },
};

/** One line of a bill: units in a tier, at its price. */
export interface TierLine {
  readonly from: number;
  readonly to: number | null;
  readonly units: number;
  readonly price: number;
  readonly amount: number;
}

/** What a month's use costs, line by line, in whole dong. */
export interface Charge {
  readonly lines: readonly TierLine[];
  readonly subtotal: number;
  readonly vat: number;
  readonly environmentFee: number;
  readonly total: number;
}

/** Prices `units` on `tariff`: each tier's share at its price, then VAT and the fee, each rounded to the dong. */
export function charge(tariff: Tariff, units: number): Charge {
  const lines: TierLine[] = [];
  let from = 0;
  for (const tier of tariff.tiers) {
    if (units <= from) break;
    const top = tier.upTo === null ? units : Math.min(units, tier.upTo);
    const inTier = top - from;
    lines.push({ from, to: tier.upTo, units: inTier, price: tier.price, amount: inTier * tier.price });
    from = top;
  }
  const subtotal = lines.reduce((sum, l) => sum + l.amount, 0);
  const vat = Math.round((subtotal * tariff.vatPercent) / 100);
  const environmentFee = Math.round((subtotal * tariff.environmentPercent) / 100);
  return { lines, subtotal, vat, environmentFee, total: subtotal + vat + environmentFee };
}

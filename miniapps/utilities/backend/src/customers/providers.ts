/** The two utilities whose bills the app shows. */
export type Utility = 'electricity' | 'water';

/** A provider: who bills, how its customer codes look, and the unit it bills. */
export interface Provider {
  readonly utility: Utility;
  readonly name: { readonly vi: string; readonly en: string };
  /** Customer codes as printed on the provider's bills. */
  readonly code: RegExp;
  readonly unit: 'kWh' | 'm³';
}

export const PROVIDERS: Readonly<Record<Utility, Provider>> = {
  electricity: {
    utility: 'electricity',
    name: { vi: 'Công ty Điện lực Thừa Thiên Huế', en: 'Thừa Thiên Huế Power Company' },
    // EVN CPC codes: PC03 (Huế) and 9 more letters or digits.
    code: /^PC03[A-Z]{2}\d{7}$/,
    unit: 'kWh',
  },
  water: {
    utility: 'water',
    name: { vi: 'Công ty CP Cấp nước Thừa Thiên Huế (HueWACO)', en: 'Huế Water Supply JSC (HueWACO)' },
    code: /^HW\d{8}$/,
    unit: 'm³',
  },
};

/** The utility a customer code belongs to, from its shape; undefined for neither. */
export const utilityOf = (code: string): Utility | undefined =>
  (Object.values(PROVIDERS).find((p) => p.code.test(code)))?.utility;

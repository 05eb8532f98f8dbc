/** The `typ` header every Citadel payment receipt carries, so a receipt never passes for an identity token or the reverse. */
export const RECEIPT_TYPE = 'citadel-receipt+jwt';

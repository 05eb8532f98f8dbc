/**
 * Normalises a Vietnamese mobile number to E.164 (`+84` and nine digits): accepts `0912 345 678`,
 * `+84 912 345 678`, `84912345678`, with spaces, dots or dashes. Undefined when it is not one.
 */
export function normalizePhone(input: string): string | undefined {
  const compact = input.replace(/[\s.\-()]/g, '');
  const national = compact.startsWith('+84') ? compact.slice(3) : compact.startsWith('84') && compact.length === 11 ? compact.slice(2) : compact.startsWith('0') ? compact.slice(1) : undefined;
  // Mobile numbers: nine digits after the country code, starting 3, 5, 7, 8 or 9.
  return national !== undefined && /^[35789]\d{8}$/.test(national) ? `+84${national}` : undefined;
}

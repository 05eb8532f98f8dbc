/**
 * A Vietnamese mobile number in national form (`0900000201`), from what a school typed or what an
 * identity token's `phone_number` carries (the platform writes E.164, `+84900000201`): spaces,
 * dots and dashes dropped. Undefined when it is not a mobile number, so it never matches.
 */
export function nationalPhone(input: string): string | undefined {
  const compact = input.replace(/[\s.\-()]/g, '');
  const rest = compact.startsWith('+84') ? compact.slice(3) : compact.startsWith('84') && compact.length === 11 ? compact.slice(2) : compact.startsWith('0') ? compact.slice(1) : undefined;
  return rest !== undefined && /^[35789]\d{8}$/.test(rest) ? `0${rest}` : undefined;
}

import * as z from 'zod/mini';

/** Text in the two languages every Citadel host shows: Vietnamese first, then English. */
export const LocalizedText = z.strictObject({
  vi: z.string().check(z.minLength(1), z.maxLength(500)),
  en: z.string().check(z.minLength(1), z.maxLength(500)),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** An empty params object; unknown keys are refused. */
export const Empty = z.strictObject({});

/** A key in an app's own storage: 1 to 128 characters. */
export const StorageKey = z.string().check(z.minLength(1), z.maxLength(128));

/** Any JSON value. */
export const Json = z.json();

/** How precise a position the app asks for. Coarse (about 1 km) is the default. */
export const Accuracy = z.enum(['precise', 'coarse']);
export type Accuracy = z.infer<typeof Accuracy>;

/** A position as the host hands it to a mini-app. */
export const Position = z.strictObject({
  latitude: z.number().check(z.gte(-90), z.lte(90)),
  longitude: z.number().check(z.gte(-180), z.lte(180)),
  /** Radius of uncertainty in metres; at least 1000 for coarse positions. */
  accuracy: z.number().check(z.gte(0)),
  precision: Accuracy,
  /** Milliseconds since the epoch when the fix was taken. */
  timestamp: z.number(),
});
export type Position = z.infer<typeof Position>;

/** The host's theme, so a mini-app can match it. */
export const Theme = z.strictObject({
  scheme: z.enum(['light', 'dark']),
  /** The host's accent colour, `#rrggbb`. */
  accent: z.string().check(z.regex(/^#[0-9a-f]{6}$/)),
});
export type Theme = z.infer<typeof Theme>;

/** Safe-area insets in CSS pixels that the host's chrome and the device leave free. */
export const Insets = z.strictObject({
  top: z.number(),
  right: z.number(),
  bottom: z.number(),
  left: z.number(),
});
export type Insets = z.infer<typeof Insets>;

/** Identity claims an app may ask the citizen to share. */
export const IdentityClaim = z.enum(['name', 'phone', 'verificationLevel', 'ward']);
export type IdentityClaim = z.infer<typeof IdentityClaim>;

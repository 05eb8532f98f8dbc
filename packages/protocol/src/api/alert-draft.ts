import * as z from 'zod/mini';

/** How grave an alert is, CAP 1.2's four publishable levels; `extreme` interrupts whatever the citizen is doing. */
export const Severity = z.enum(['extreme', 'severe', 'moderate', 'minor']);
export type Severity = z.infer<typeof Severity>;

/** What an alert is about. */
export const AlertCategory = z.enum(['weather', 'flood', 'security', 'health', 'policy']);
export type AlertCategory = z.infer<typeof AlertCategory>;

/** Text of an alert of at most `max` characters: Vietnamese always, English when the authority wrote it. */
export const AlertText = (max: number) => z.strictObject({
  vi: z.string().check(z.trim(), z.minLength(1), z.maxLength(max)),
  en: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(max))),
});
export type AlertText = z.infer<ReturnType<typeof AlertText>>;

/** A point, `[latitude, longitude]` in WGS 84 degrees (CAP's order). */
export const LatLon = z.tuple([z.number().check(z.gte(-90), z.lte(90)), z.number().check(z.gte(-180), z.lte(180))]);

/** The most wards, polygons and polygon points one alert may name. */
export const AREA_LIMITS = { wards: 200, polygons: 20, points: 1000 } as const;

/**
 * Where an alert applies: the whole city (`wholeCity: true`, every citizen), and/or ward names (matched without
 * diacritics or the "Phường"/"Xã" prefix, against verified and declared wards), and/or polygons (shared positions).
 */
export const AlertArea = z.strictObject({
  description: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  /** Every citizen of the city, wherever they live or are. Default false. */
  wholeCity: z.optional(z.boolean()),
  wards: z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(80))).check(z.maxLength(AREA_LIMITS.wards)),
  /** Closed rings (first point equals last), at least 4 points each. */
  polygons: z.array(z.array(LatLon).check(
    z.minLength(4), z.maxLength(AREA_LIMITS.points),
    z.refine((ring) => ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1], 'a polygon must end where it starts'),
  )).check(z.maxLength(AREA_LIMITS.polygons)),
}).check(z.refine((area) => area.wholeCity === true || area.wards.length + area.polygons.length > 0, 'an area needs the whole city, a ward or a polygon'));
export type AlertArea = z.infer<typeof AlertArea>;

const Instant = z.iso.datetime({ offset: true });

/**
 * The fields of an alert ready to publish, from the authority console or a CAP 1.2 file. `identifier` is
 * unique per alert (CAP's `sender` + `identifier`), so importing one file twice publishes once.
 */
export const AlertDraftShape = z.strictObject({
  identifier: z.string().check(z.trim(), z.minLength(1), z.maxLength(240)),
  sender: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  severity: Severity,
  category: AlertCategory,
  headline: AlertText(200),
  description: AlertText(4000),
  instruction: z.optional(AlertText(2000)),
  area: AlertArea,
  sentAt: Instant,
  expiresAt: Instant,
});

/** The longest an alert may stay in effect: 30 days. A longer situation gets a new alert, re-read and re-sent. */
export const MAX_ALERT_DAYS = 30;

/** `AlertDraftShape` with its cross-field rules: it expires after it was sent, and within `MAX_ALERT_DAYS`. */
export const AlertDraft = AlertDraftShape.check(
  z.refine((d) => Date.parse(d.expiresAt) > Date.parse(d.sentAt), 'expiresAt must be after sentAt'),
  z.refine((d) => Date.parse(d.expiresAt) - Date.parse(d.sentAt) <= MAX_ALERT_DAYS * 86_400_000, `an alert may stay in effect at most ${MAX_ALERT_DAYS} days`),
);
export type AlertDraft = z.infer<typeof AlertDraft>;

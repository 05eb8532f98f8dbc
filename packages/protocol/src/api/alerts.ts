import * as z from 'zod/mini';
import { AlertArea, AlertCategory, AlertDraftShape, AlertText, Severity } from './alert-draft.js';
import { IsoTime } from './common.js';

/** `POST /api/alerts`: what the authority console sends, a draft without the identifier and time, which the platform makes. */
export const ConsoleAlert = z.omit(AlertDraftShape, { identifier: true, sentAt: true });
/** What the authority console sends. */
export type ConsoleAlert = z.infer<typeof ConsoleAlert>;

/** A published alert, as anyone may read it. */
export const PublishedAlert = z.object({
  id: z.string(),
  sender: z.string(),
  severity: Severity,
  category: AlertCategory,
  headline: AlertText(200),
  description: AlertText(4000),
  instruction: z.nullable(AlertText(2000)),
  area: AlertArea,
  sentAt: IsoTime,
  expiresAt: IsoTime,
  /** How many citizens it reached. */
  recipients: z.int(),
});
/** A published alert. */
export type PublishedAlert = z.infer<typeof PublishedAlert>;
/** An alert that reached the citizen, and when they read it. */
export const ReceivedAlert = z.extend(PublishedAlert, { readAt: z.nullable(IsoTime) });

/** `GET /api/alerts`: alerts sent before `before` (any time `Date.parse` reads), only active ones with `active=1`. */
export const AlertsQuery = z.object({
  before: z.optional(z.string().check(z.refine((v) => !Number.isNaN(Date.parse(v)), 'must be an ISO time'))),
  active: z.optional(z.string()),
});
/** The public history, newest first. */
export const AlertsAnswer = z.object({ alerts: z.array(PublishedAlert) });
/** `GET /api/me/alerts`: the active alerts that reached the signed-in citizen. */
export const ReceivedAlertsAnswer = z.object({ alerts: z.array(ReceivedAlert) });
/** One alert. */
export const AlertAnswer = z.object({ alert: PublishedAlert });
/** What a CAP `Cancel` withdrew. */
export const WithdrawnAnswer = z.object({ withdrawn: z.array(PublishedAlert) });
/** A path naming one alert. */
export const AlertPath = z.object({ id: z.string().check(z.regex(/^alr_[A-Za-z0-9_-]{10,40}$/)) });

/** `PUT /api/me/location`: a WGS 84 position shared so that alerts for where the citizen is reach them. */
export const LocationBody = z.strictObject({
  latitude: z.number().check(z.gte(-90), z.lte(90)),
  longitude: z.number().check(z.gte(-180), z.lte(180)),
});
/** The position a citizen shares. */
export const SharedLocation = z.object({ latitude: z.number(), longitude: z.number(), sharedAt: IsoTime });
/** The position a citizen shares. */
export type SharedLocation = z.infer<typeof SharedLocation>;
/** `GET`/`PUT /api/me/location`; `null` when none is shared. */
export const LocationAnswer = z.object({ location: z.nullable(SharedLocation) });

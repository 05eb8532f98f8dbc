import type { Timestamp } from '../shared/format.js';

/** How grave an alert is (CAP 1.2's four levels); `extreme` interrupts whatever the citizen is doing. */
export type Severity = 'extreme' | 'severe' | 'moderate' | 'minor';

/** The severities, gravest first. */
export const severities: readonly Severity[] = ['extreme', 'severe', 'moderate', 'minor'];

/** What an alert is about. */
export type AlertCategory = 'weather' | 'flood' | 'security' | 'health' | 'policy';

/** The categories the console offers. */
export const alertCategories: readonly AlertCategory[] = ['weather', 'flood', 'security', 'health', 'policy'];

/** An alert's text: Vietnamese always, English when the authority wrote it. */
export interface AlertText {
  readonly vi: string;
  readonly en?: string | undefined;
}

/** Where an alert applies. */
export interface AlertArea {
  readonly description: string;
  readonly wards: readonly string[];
  /** Closed rings of `[latitude, longitude]`. */
  readonly polygons: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
}

/** A published official alert, as anyone may read it. */
export interface Alert {
  readonly id: string;
  readonly sender: string;
  readonly severity: Severity;
  readonly category: AlertCategory;
  readonly headline: AlertText;
  readonly description: AlertText;
  readonly instruction: AlertText | null;
  readonly area: AlertArea;
  readonly sentAt: Timestamp;
  readonly expiresAt: Timestamp;
  /** How many citizens it reached. */
  readonly recipients: number;
}

/** An alert that reached the signed-in citizen, with whether they read it. */
export interface MyAlert extends Alert {
  readonly readAt: Timestamp | null;
}

/** What the authority console publishes (`POST /api/alerts`). */
export interface AlertInput {
  readonly sender: string;
  readonly severity: Severity;
  readonly category: AlertCategory;
  readonly headline: AlertText;
  readonly description: AlertText;
  readonly instruction?: AlertText;
  readonly area: { readonly description: string; readonly wards: readonly string[]; readonly polygons: readonly [] };
  /** ISO 8601. */
  readonly expiresAt: string;
}

/** The position the citizen shares for alerts, already coarse. */
export interface SharedLocation {
  readonly latitude: number;
  readonly longitude: number;
  /** When it was shared (ISO 8601), as the platform answers it. */
  readonly sharedAt?: string | undefined;
}

/** Text in both of the app's languages. */
export interface Localized {
  readonly vi: string;
  readonly en: string;
}

/** Opening hours in Huế time (`HH:MM`); `null` for a place open at all hours (a bridge, a beach). */
export interface OpeningHours {
  readonly opens: string;
  readonly closes: string;
}

/** What kind of place it is, for the list's badge. */
export type PlaceKind = 'heritage' | 'tomb' | 'pagoda' | 'museum' | 'nature' | 'market' | 'landmark' | 'village';

/** A destination of the catalogue: public data, the backend's own. */
export interface Place {
  readonly id: string;
  readonly kind: PlaceKind;
  readonly name: Localized;
  readonly description: Localized;
  readonly latitude: number;
  readonly longitude: number;
  readonly hours: OpeningHours | null;
  /** One adult entry ticket in VND; 0 means free entry (no ticket is sold). */
  readonly ticketVnd: number;
}

/** A free public toilet. */
export interface Toilet {
  readonly id: string;
  readonly name: Localized;
  readonly latitude: number;
  readonly longitude: number;
  readonly hours: OpeningHours | null;
}

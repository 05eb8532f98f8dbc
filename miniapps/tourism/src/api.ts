import type { Client } from '@citadel/sdk';
import { backendOrigin, createBackend } from '@citadel-miniapp/web-kit';
import type { Place, Toilet } from '../backend/src/places/place.js';
import type { PublicReview, ReviewSummary } from '../backend/src/reviews/review.js';
import type { Ticket } from '../backend/src/tickets/ticket.js';

/** The app's own backend (`miniapps/tourism/backend`), at the origin the build was given (VITE_BACKEND_ORIGIN). */
export const BACKEND = backendOrigin(import.meta.env.VITE_BACKEND_ORIGIN);

export { BackendError } from '@citadel-miniapp/web-kit';

export type { Place, PublicReview, ReviewSummary, Ticket, Toilet };
/** A place of the list, with its average rating. */
export type ListedPlace = Place & { readonly rating: { average: number; count: number } | null };
export type Near<T> = T & { readonly distanceM: number };

/** The backend: public calls open, the rest as the signed-in citizen (`createBackend`: one sign-in, then a session). */
export function createApi(client: Client) {
  const { open: request, signed: call } = createBackend(BACKEND, client);
  const signed = <T>(path: string, body?: unknown) => call<T>(path, { body });
  const id = encodeURIComponent;
  return {
    places: async () => (await request<{ places: ListedPlace[] }>('/public/places')).places,
    place: (placeId: string) => request<{ place: Place; reviews: ReviewSummary }>(`/public/places/${id(placeId)}`),
    near: (latitude: number, longitude: number, limit = 5) =>
      request<{ places: Array<Near<Place>>; toilets: Array<Near<Toilet>> }>(`/public/near?${new URLSearchParams({ lat: String(latitude), lon: String(longitude), limit: String(limit) })}`),
    /** `key`: one `newIdempotencyKey()` per ticket the citizen means to buy, so a second tap or a retry makes one. */
    buy: async (placeId: string, quantity: number, key: string) =>
      (await call<{ ticket: Ticket }>('/tickets', { body: { placeId, quantity }, idempotencyKey: key })).ticket,
    ticket: async (reference: string) => (await signed<{ ticket: Ticket }>(`/tickets/${id(reference)}`)).ticket,
    tickets: async () => (await signed<{ tickets: Ticket[] }>('/tickets')).tickets,
    review: async (placeId: string, stars: number, comment: string) =>
      (await signed<{ review: PublicReview }>(`/places/${id(placeId)}/reviews`, { stars, comment })).review,
  };
}

export type Api = ReturnType<typeof createApi>;

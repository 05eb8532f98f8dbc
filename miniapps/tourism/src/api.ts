import type { Client } from '@citadel/sdk';
import { createSessionClient } from '@citadel-miniapp/backend-kit/session-client';
import type { Place, Toilet } from '../backend/src/places/place.js';
import type { PublicReview, ReviewSummary } from '../backend/src/reviews/review.js';
import type { Ticket } from '../backend/src/tickets/ticket.js';

/** The app's own backend (`miniapps/tourism/backend`): the one place its address is written. */
export const BACKEND = 'http://localhost:8092';

/** The backend refused, with its `{ code, message }`. */
export class BackendError extends Error {
  override readonly name = 'BackendError';
  constructor(readonly code: string, message: string, readonly data: Record<string, unknown> = {}) {
    super(message);
  }
}

export type { Place, PublicReview, ReviewSummary, Ticket, Toilet };
/** A place of the list, with its average rating. */
export type ListedPlace = Place & { readonly rating: { average: number; count: number } | null };
export type Near<T> = T & { readonly distanceM: number };

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${BACKEND}${path}`, init);
  } catch {
    throw new BackendError('UNREACHABLE', `${BACKEND} did not answer`);
  }
  const body = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  if (!response.ok) {
    const { code, message, ...data } = body ?? {};
    throw new BackendError(typeof code === 'string' ? code : `HTTP_${response.status}`, typeof message === 'string' ? message : `HTTP ${response.status}`, data);
  }
  return body as T;
}

/**
 * The backend: public calls plain; private ones as the signed-in citizen, with a session the
 * backend gave for one identity token from the host (signed in again when it expires).
 */
export function createApi(client: Client) {
  const session = createSessionClient({
    post: (path, headers) => request(path, { method: 'POST', headers }),
    getToken: async (nonce) => (await client.identity.getToken({ nonce })).token,
  });
  const signed = <T>(path: string, body?: unknown): Promise<T> => session.call((authorization) => request<T>(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  }));
  const id = encodeURIComponent;
  return {
    places: async () => (await request<{ places: ListedPlace[] }>('/public/places')).places,
    place: (placeId: string) => request<{ place: Place; reviews: ReviewSummary }>(`/public/places/${id(placeId)}`),
    near: (latitude: number, longitude: number, limit = 5) =>
      request<{ places: Array<Near<Place>>; toilets: Array<Near<Toilet>> }>(`/public/near?${new URLSearchParams({ lat: String(latitude), lon: String(longitude), limit: String(limit) })}`),
    buy: async (placeId: string, quantity: number) => (await signed<{ ticket: Ticket }>('/tickets/new', { placeId, quantity })).ticket,
    ticket: async (reference: string) => (await signed<{ ticket: Ticket }>(`/tickets/${id(reference)}`)).ticket,
    tickets: async () => (await signed<{ tickets: Ticket[] }>('/tickets')).tickets,
    review: async (placeId: string, stars: number, comment: string) =>
      (await signed<{ review: PublicReview }>(`/places/${id(placeId)}/reviews`, { stars, comment })).review,
  };
}

export type Api = ReturnType<typeof createApi>;

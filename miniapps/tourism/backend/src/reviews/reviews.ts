import type { Queryable } from '@citadel-miniapp/backend-kit';
import { TourismError } from '../errors.js';
import { LIMITS } from '../limits.js';

import type { PublicReview, ReviewSummary } from './review.js';

export type { PublicReview, ReviewSummary };

/** A `reviews` row as both drivers return it. */
interface ReviewRow { place_id: string; sub: string; stars: number; comment: string; created_at: Date | string }

const view = (r: Pick<ReviewRow, 'stars' | 'comment' | 'created_at'>): PublicReview =>
  ({ stars: Number(r.stars), comment: r.comment, createdAt: new Date(r.created_at).toISOString() });

/** One review per citizen per place, listed without personal data. */
export function createReviews(db: Queryable, now: () => Date = () => new Date()) {
  return {
    async add(placeId: string, sub: string, stars: number, comment: string): Promise<PublicReview> {
      const [row] = await db.query<ReviewRow>(
        `INSERT INTO reviews (place_id, sub, stars, comment, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (place_id, sub) DO NOTHING RETURNING stars, comment, created_at`,
        [placeId, sub, stars, comment, now()]);
      if (!row) throw new TourismError(409, 'ALREADY_REVIEWED', 'You have already reviewed this place');
      return view(row);
    },
    async of(placeId: string): Promise<ReviewSummary> {
      const [stats] = await db.query<{ n: number; avg: number | null }>(
        'SELECT count(*)::int AS n, round(avg(stars)::numeric, 1)::float8 AS avg FROM reviews WHERE place_id = $1', [placeId]);
      const rows = await db.query<ReviewRow>(
        'SELECT stars, comment, created_at FROM reviews WHERE place_id = $1 ORDER BY created_at DESC LIMIT $2', [placeId, LIMITS.reviewsPage]);
      return { average: stats?.avg ?? null, count: stats?.n ?? 0, reviews: rows.map(view) };
    },
    async mine(placeId: string, sub: string): Promise<PublicReview | null> {
      const [row] = await db.query<ReviewRow>(
        'SELECT stars, comment, created_at FROM reviews WHERE place_id = $1 AND sub = $2', [placeId, sub]);
      return row ? view(row) : null;
    },
    /** Averages of every reviewed place, for the list. */
    async averages(): Promise<Record<string, { average: number; count: number }>> {
      const rows = await db.query<{ place_id: string; n: number; avg: number }>(
        'SELECT place_id, count(*)::int AS n, round(avg(stars)::numeric, 1)::float8 AS avg FROM reviews GROUP BY place_id');
      return Object.fromEntries(rows.map((r) => [r.place_id, { average: Number(r.avg), count: Number(r.n) }]));
    },
  };
}

export type Reviews = ReturnType<typeof createReviews>;

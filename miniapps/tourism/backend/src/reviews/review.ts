/** A review as everyone sees it: no `sub`, no name. */
export interface PublicReview {
  readonly stars: number;
  readonly comment: string;
  readonly createdAt: string;
}

/** A place's reviews with their average. */
export interface ReviewSummary {
  readonly average: number | null;
  readonly count: number;
  readonly reviews: PublicReview[];
  /** Set only when asked for by a signed-in citizen: their own review. */
  readonly mine?: PublicReview | null;
}

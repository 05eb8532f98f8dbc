/** Every limit the backend enforces, in one place; each is named in the error that enforces it. */
export const LIMITS = {
  /** Photos per report (citizen) or per answer (staff). */
  photos: 4,
  /** Bytes of one photo, decoded. The app resizes to at most 1280 px JPEG, well under this. */
  photoBytes: 1_500_000,
  /** Bytes of the JSON body that carries a report with its photos. */
  reportBody: 8_500_000,
  /** Bytes of any other JSON body. */
  smallBody: 16_384,
  descriptionMin: 10,
  descriptionMax: 2000,
  responseMax: 2000,
  reasonMax: 500,
  commentMax: 1000,
  /** Tries of one status change's notification (the first included) before it is left as it is. */
  notifyAttempts: 6,
  /** Wait before the first retry of a failed send, in seconds; doubled at each try. */
  notifyBackoffSeconds: 60,
  /** Notifications retried per pass of the retry loop, which runs every `notifyRetrySeconds`. */
  notifyRetryBatch: 50,
  notifyRetrySeconds: 30,
  /** Characters of an `Idempotency-Key` header. */
  idempotencyKey: 255,
  /** Reports per page of the queue, the feed and "my reports". */
  page: 50,
} as const;

/**
 * Where a report may be: Huế and the former Thừa Thiên Huế province, with a margin. A position
 * outside is a mistake or a test, not a report this city can act on.
 */
export const SERVICE_AREA = { south: 15.9, north: 16.9, west: 107.0, east: 108.3 } as const;

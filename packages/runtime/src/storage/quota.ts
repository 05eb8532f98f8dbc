import { CitadelError, ErrorCode } from '@citadel/protocol';

/** Throws `QUOTA_EXCEEDED` when writing `next` bytes in place of `previous` would pass `limit`. */
export function assertWithinQuota(used: number, previous: number, next: number, limit: number): void {
  const after = used - previous + next;
  if (after > limit) {
    throw new CitadelError(
      ErrorCode.QUOTA_EXCEEDED,
      `Storage quota of ${limit} bytes exceeded (using ${used}, this write needs ${next - previous} more)`,
      { limit, used, needed: next - previous },
    );
  }
}

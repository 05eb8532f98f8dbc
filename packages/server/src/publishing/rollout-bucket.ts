import { createHash } from 'node:crypto';

/** How finely a rollout share is cut: a citizen's bucket is one of 10 000, so 1 % is 100 buckets. */
const BUCKETS = 10_000;

/**
 * A citizen's stable place in an app's rollouts, 0 to 9 999: SHA-256 over the app id and the citizen's pairwise
 * subject for that app. It never changes, so raising a rollout from 10 % to 50 % keeps the first 10 % in it, and it
 * says nothing across apps (each app sees another subject).
 */
export function rolloutBucket(appId: string, pairwiseSubject: string): number {
  const digest = createHash('sha256').update(`citadel-rollout\0${appId}\0${pairwiseSubject}`).digest();
  return digest.readUInt32BE(0) % BUCKETS;
}

/** True when the citizen is among the `percent` (0 to 100) who get the rollout version. */
export function inRollout(bucket: number, percent: number): boolean {
  return bucket < Math.round(percent * (BUCKETS / 100));
}

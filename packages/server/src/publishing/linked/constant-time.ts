import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * True when two strings are equal, compared in a time that does not depend on where they differ
 * or on their lengths: both are hashed to 32 bytes first, so `timingSafeEqual` always has equal lengths.
 */
export function equalInConstantTime(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

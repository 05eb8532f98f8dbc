import type { Strings } from './i18n.js';
import type { Release } from './types.js';

/** An app's release in words: not released, its stable version, and the rollout version with its share. */
export function releaseText(release: Release | null, t: Strings): string {
  if (!release) return t.notReleased;
  const stable = t.stable(release.stable);
  return release.rollout === null ? stable : `${stable}; ${t.rollout(release.rollout, release.percent, release.paused)}`;
}

import type { Severity } from '@citadel/protocol/api';

const ORDER: readonly Severity[] = ['extreme', 'severe', 'moderate', 'minor'];

/** `alerts` gravest first, the newest first within a severity (the platform's order of `GET /api/me/alerts`). */
export function gravestFirst<T extends { readonly severity: Severity; readonly sentAt: string }>(alerts: readonly T[]): T[] {
  return [...alerts].sort((x, y) => ORDER.indexOf(x.severity) - ORDER.indexOf(y.severity) || y.sentAt.localeCompare(x.sentAt));
}

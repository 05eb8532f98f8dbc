import type { LocalizedText, Manifest } from '@citadel/protocol';
import type { Queryable } from '../db/database.js';
import type { AppStatus } from '../app-registry.js';
import { DEFAULT_SUSPENSION_REASON } from './kill-switch.js';
import { releaseOf, type Release, type ReleaseRow } from './releases.js';

/** An app as the developer console shows it: its name, status (and why it is suspended), and release. */
export interface DeveloperAppView {
  readonly id: string;
  readonly orgId: string | null;
  readonly orgName: string | null;
  readonly kind: 'hosted' | 'linked';
  readonly status: AppStatus;
  readonly suspension: { readonly reason: string; readonly at: string } | null;
  /** The released manifest's name, else the one the app was created with. */
  readonly name: LocalizedText | null;
  readonly release: Release | null;
}

type Row = Partial<ReleaseRow> & {
  id: string; org_id: string | null; org_name: string | null; kind: 'hosted' | 'linked'; status: AppStatus;
  suspended_reason: string | null; suspended_at: Date; manifest: Manifest | null; declared_name: LocalizedText | null;
};

/** Apps matching `where` (on `a`, the app), by id, each read with its release and organisation in one query. */
export async function developerApps(db: Queryable, where: string, params: readonly unknown[]): Promise<DeveloperAppView[]> {
  const rows = await db.query<Row>(
    `SELECT a.id, a.org_id, o.name AS org_name, a.kind, a.status, a.suspended_reason, coalesce(a.suspended_at, a.updated_at) AS suspended_at, a.manifest, a.declared_name,
            r.stable_version, r.rollout_version, r.rollout_percent, r.paused
     FROM apps a LEFT JOIN organisations o ON o.id = a.org_id LEFT JOIN app_releases r ON r.app_id = a.id
     WHERE ${where} ORDER BY a.id`, params);
  return rows.map((row) => ({
    id: row.id, orgId: row.org_id, orgName: row.org_name, kind: row.kind, status: row.status,
    // An app suspended before reasons were kept reads as suspended by the operator, since its last change.
    suspension: row.status === 'suspended'
      ? { reason: row.suspended_reason ?? DEFAULT_SUSPENSION_REASON, at: row.suspended_at.toISOString() } : null,
    name: row.manifest?.name ?? row.declared_name,
    release: row.stable_version === undefined || row.stable_version === null ? null : releaseOf(row as ReleaseRow),
  }));
}

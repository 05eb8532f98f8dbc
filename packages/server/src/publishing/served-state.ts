import type { Queryable } from '../db/database.js';
import type { AppStatus } from '../app-registry.js';

/** A version as the served-state query names it: its number and bundle hash, nothing heavy. */
export interface VersionRef {
  readonly number: number;
  readonly bundleHash: string;
}

/** What a hosted app's origin serves at this moment. */
export interface ServedState {
  readonly status: AppStatus;
  /** The version everyone gets (undefined before a first release). */
  readonly stable: VersionRef | undefined;
  /** The approved version the page named with its version key, newest first should two share a key. */
  readonly named: VersionRef | undefined;
}

type StateRow = {
  status: AppStatus; stable_number: number | null; stable_hash: string | null; named_number: number | null; named_hash: string | null;
};
const refOf = (number: number | null, bundleHash: string | null): VersionRef | undefined =>
  number === null || bundleHash === null ? undefined : { number, bundleHash };

/**
 * Reads, in one small statement on every request, everything about a hosted app that can change: whether it is listed
 * and active (the kill switch), its stable version (releases and rollbacks), and whether the version a page names is
 * approved (review decisions). Every server process sharing the database sees a change with its next request.
 * Undefined for an app that is not hosted or not released.
 */
export async function readServedState(db: Queryable, appId: string, versionKey: string | undefined): Promise<ServedState | undefined> {
  const [row] = await db.query<StateRow>(
    `SELECT a.status, s.number AS stable_number, s.bundle_hash AS stable_hash, n.number AS named_number, n.bundle_hash AS named_hash
     FROM apps a
     LEFT JOIN app_releases r ON r.app_id = a.id
     LEFT JOIN app_versions s ON s.app_id = a.id AND s.number = r.stable_version AND s.state = 'approved'
     LEFT JOIN LATERAL (
       SELECT v.number, v.bundle_hash FROM app_versions v
       WHERE v.app_id = a.id AND v.state = 'approved' AND $2::text IS NOT NULL AND v.bundle_hash LIKE $2::text || '%'
       ORDER BY v.number DESC LIMIT 1
     ) n ON true
     WHERE a.id = $1 AND a.kind = 'hosted' AND a.manifest IS NOT NULL`, [appId, versionKey ?? null]);
  return row && { status: row.status, stable: refOf(row.stable_number, row.stable_hash), named: refOf(row.named_number, row.named_hash) };
}

/**
 * The newest approved version of the app other than `except` that holds a file at one of `paths`: one statement, the
 * file lists compared in the database (a page open across a release asks for its own version's assets).
 */
export async function findVersionHolding(db: Queryable, appId: string, except: number, paths: readonly string[]): Promise<VersionRef | undefined> {
  const [row] = await db.query<{ number: number; bundle_hash: string }>(
    `SELECT number, bundle_hash FROM app_versions
     WHERE app_id = $1 AND state = 'approved' AND number <> $2
       AND EXISTS (SELECT 1 FROM jsonb_array_elements_text($3::jsonb) p (path) WHERE files @> jsonb_build_array(jsonb_build_object('path', p.path)))
     ORDER BY number DESC LIMIT 1`, [appId, except, JSON.stringify(paths)]);
  return row && { number: row.number, bundleHash: row.bundle_hash };
}

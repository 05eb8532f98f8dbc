import { ApiError } from '../errors.js';
import type { Database, Queryable } from '../db/database.js';
import { auditPartnerAction } from '../audit/partner-audit.js';
import { inRollout, rolloutBucket } from './rollout-bucket.js';

/** An app's release: the stable version everyone gets, and a rollout version a share of citizens get instead. */
export interface Release {
  readonly stable: number;
  readonly rollout: number | null;
  /** The share of citizens who get `rollout`, 0 to 100. */
  readonly percent: number;
  /** A paused rollout sends everyone to `stable` until it is resumed; resuming brings back the same citizens. */
  readonly paused: boolean;
}

export type ReleaseRow = { stable_version: number; rollout_version: number | null; rollout_percent: number; paused: boolean };
export const releaseOf = (row: ReleaseRow): Release => ({
  stable: row.stable_version, rollout: row.rollout_version, percent: row.rollout_percent, paused: row.paused,
});

const notApproved = (number: number) =>
  new ApiError(409, 'VERSION_NOT_APPROVED', `Version ${number} is not approved: only an approved version can be released`, { version: number });

/**
 * Staged releases (docs/publish-your-app.md): release an approved version to a share of citizens, raise the share,
 * pause, and roll back to any earlier approved version in one action. Every change sets `apps.manifest` to the
 * stable version's manifest (what the catalogue lists) and is audited.
 */
export function createReleases(db: Database) {
  const read = async (q: Queryable, appId: string, lock = false) => {
    const [row] = await q.query<ReleaseRow>(`SELECT stable_version, rollout_version, rollout_percent, paused FROM app_releases WHERE app_id = $1${lock ? ' FOR UPDATE' : ''}`, [appId]);
    return row && releaseOf(row);
  };
  const requireApproved = async (q: Queryable, appId: string, number: number) => {
    const [row] = await q.query<{ state: string }>('SELECT state FROM app_versions WHERE app_id = $1 AND number = $2', [appId, number]);
    if (!row) throw new ApiError(404, 'NOT_FOUND', `The app has no version ${number}`, { version: number });
    if (row.state !== 'approved') throw notApproved(number);
  };
  const write = async (q: Queryable, appId: string, release: Release) => {
    await q.query(
      `INSERT INTO app_releases (app_id, stable_version, rollout_version, rollout_percent, paused) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (app_id) DO UPDATE SET stable_version = $2, rollout_version = $3, rollout_percent = $4, paused = $5, updated_at = now()`,
      [appId, release.stable, release.rollout, release.percent, release.paused]);
    await q.query(
      'UPDATE apps SET manifest = (SELECT manifest FROM app_versions WHERE app_id = $1 AND number = $2), updated_at = now() WHERE id = $1',
      [appId, release.stable]);
    return release;
  };
  const change = (appId: string, actor: string | undefined, action: string, fn: (q: Queryable, current: Release | undefined) => Promise<Release>) =>
    db.transaction(async (tx) => {
      const next = await fn(tx, await read(tx, appId, true));
      await auditPartnerAction(tx, { appId, actor, action, detail: { ...next } });
      return write(tx, appId, next);
    });

  return {
    /** The app's release, or undefined before its first. */
    get: (appId: string) => read(db, appId),

    /**
     * Releases approved version `number` to `percent` of citizens. The first release, a release of the stable
     * version, and any release to 100 % make it the stable version; otherwise it becomes the rollout version
     * (replacing any other) at that share, unpaused.
     */
    release: (appId: string, number: number, percent: number, actor?: string) =>
      change(appId, actor, 'release', async (q, current) => {
        await requireApproved(q, appId, number);
        if (!current || percent >= 100 || number === current.stable) return { stable: number, rollout: null, percent: 0, paused: false };
        return { stable: current.stable, rollout: number, percent, paused: false };
      }),

    /** Pauses (or resumes) the rollout; 409 `NO_ROLLOUT` when there is none. */
    pause: (appId: string, paused: boolean, actor?: string) =>
      change(appId, actor, paused ? 'rollout.pause' : 'rollout.resume', async (_q, current) => {
        if (!current?.rollout) throw new ApiError(409, 'NO_ROLLOUT', 'The app has no rollout in progress');
        return { ...current, paused };
      }),

    /** Makes approved version `number` the stable version for everyone and ends any rollout: one action. */
    rollback: (appId: string, number: number, actor?: string) =>
      change(appId, actor, 'rollback', async (q) => {
        await requireApproved(q, appId, number);
        return { stable: number, rollout: null, percent: 0, paused: false };
      }),

    /** The version a citizen gets: the rollout version when their bucket is in its share, else the stable one. */
    versionFor(release: Release, appId: string, pairwiseSubject: string | undefined): number {
      if (!release.rollout || release.paused || pairwiseSubject === undefined) return release.stable;
      return inRollout(rolloutBucket(appId, pairwiseSubject), release.percent) ? release.rollout : release.stable;
    },
  };
}

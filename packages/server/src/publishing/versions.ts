import { createHash } from 'node:crypto';
import type { Manifest } from '@citadel/protocol';
import type { Database, Queryable } from '../db/database.js';
import { ApiError } from '../errors.js';
import { enqueueWebhook } from '../webhooks/outbox.js';
import { auditPartnerAction } from '../audit/partner-audit.js';
import { createBlobs } from './blobs.js';
import type { AppVersion, VersionFile, VersionState } from './version-types.js';

/** A hosted bundle that went through the checks: its files with their bytes, and the report. */
export interface CheckedBundle {
  readonly files: ReadonlyArray<{ readonly path: string; readonly bytes: Uint8Array }>;
  readonly report: {
    readonly passed: boolean;
    readonly manifest?: Manifest | undefined;
    readonly bundleHash: string;
    readonly files: readonly VersionFile[];
  };
}

type VersionRow = {
  app_id: string; number: number; bundle_hash: string; manifest: Manifest; files: VersionFile[]; report: unknown;
  state: VersionState; reason: string | null; created_at: Date;
};
const versionOf = (row: VersionRow): AppVersion => ({
  appId: row.app_id, number: row.number, bundleHash: row.bundle_hash, manifest: row.manifest, files: row.files,
  report: row.report, state: row.state, reason: row.reason, createdAt: row.created_at,
});
const COLUMNS = 'app_id, number, bundle_hash, manifest, files, report, state, reason, created_at';

/**
 * An app's versions (docs/publish-your-app.md): each moves draft → in review → approved or rejected. A hosted
 * version is its bundle's checked files, stored by content; uploading the same files again answers the version
 * they already are.
 */
export function createVersions(db: Database) {
  const blobs = createBlobs(db);
  const get = async (q: Queryable, appId: string, number: number) => {
    const [row] = await q.query<VersionRow>(`SELECT ${COLUMNS} FROM app_versions WHERE app_id = $1 AND number = $2`, [appId, number]);
    if (!row) throw new ApiError(404, 'NOT_FOUND', `The app has no version ${number}`, { version: number });
    return versionOf(row);
  };
  const insert = (appId: string, bundleHash: string, manifest: Manifest, files: readonly VersionFile[], report: unknown, actor: string | undefined) =>
    db.transaction(async (tx) => {
      // One writer at a time per app, so version numbers follow each other.
      await tx.query('SELECT id FROM apps WHERE id = $1 FOR UPDATE', [appId]);
      const [same] = await tx.query<VersionRow>(`SELECT ${COLUMNS} FROM app_versions WHERE app_id = $1 AND bundle_hash = $2`, [appId, bundleHash]);
      if (same) return { version: versionOf(same), created: false };
      const [row] = await tx.query<VersionRow>(
        `INSERT INTO app_versions (app_id, number, bundle_hash, manifest, files, report, created_by)
         VALUES ($1, (SELECT coalesce(max(number), 0) + 1 FROM app_versions WHERE app_id = $1), $2, $3, $4, $5, $6)
         RETURNING ${COLUMNS}`,
        [appId, bundleHash, JSON.stringify(manifest), JSON.stringify(files), JSON.stringify(report), actor ?? null]);
      await auditPartnerAction(tx, { appId, actor, action: 'version.create', detail: { version: row!.number, bundleHash } });
      return { version: versionOf(row!), created: true };
    });
  const move = (
    appId: string, number: number, from: VersionState, to: VersionState, actor: string | undefined, reason?: string,
    then?: (tx: Queryable, version: AppVersion) => Promise<unknown>,
  ) =>
    db.transaction(async (tx) => {
      const version = await get(tx, appId, number);
      if (version.state !== from) {
        throw new ApiError(409, 'VERSION_STATE', `Version ${number} is ${version.state.replace('_', ' ')}, not ${from.replace('_', ' ')}`, { version: number, state: version.state });
      }
      const decided = to === 'approved' || to === 'rejected';
      await tx.query(
        `UPDATE app_versions SET state = $3, reason = $4,
           submitted_at = CASE WHEN $3 = 'in_review' THEN now() ELSE submitted_at END,
           decided_by = CASE WHEN $5 THEN $6::uuid ELSE decided_by END, decided_at = CASE WHEN $5 THEN now() ELSE decided_at END
         WHERE app_id = $1 AND number = $2`,
        [appId, number, to, reason ?? null, decided, actor ?? null]);
      await auditPartnerAction(tx, { appId, actor, action: `version.${to}`, detail: { version: number, ...(reason ? { reason } : {}) } });
      const moved = await get(tx, appId, number);
      await then?.(tx, moved);
      return moved;
    });

  return {
    get: (appId: string, number: number) => get(db, appId, number),
    /** Every version of the app, newest first. */
    async list(appId: string): Promise<AppVersion[]> {
      return (await db.query<VersionRow>(`SELECT ${COLUMNS} FROM app_versions WHERE app_id = $1 ORDER BY number DESC`, [appId])).map(versionOf);
    },
    /**
     * Stores a checked bundle as a draft version. A bundle whose checks failed is refused (422 `BUNDLE_REFUSED`, with
     * the report), and nothing is stored.
     */
    async addHosted(appId: string, bundle: CheckedBundle, actor?: string) {
      const { report } = bundle;
      if (!report.passed || !report.manifest) {
        throw new ApiError(422, 'BUNDLE_REFUSED', 'The bundle did not pass the checks; the report names each finding', { report });
      }
      await blobs.put(bundle.files.map((file) => ({ sha256: report.files.find((f) => f.path === file.path)!.sha256, bytes: file.bytes })));
      return insert(appId, report.bundleHash, report.manifest, report.files, report, actor);
    },
    /** Stores a linked app's manifest as a draft version (its code is on the partner's origin). */
    addLinked(appId: string, manifest: Manifest, report: unknown, actor?: string) {
      const hash = createHash('sha256').update(JSON.stringify(manifest)).digest('hex');
      return insert(appId, hash, manifest, [], report, actor);
    },
    /** Sends a draft to review. */
    submit: (appId: string, number: number, actor?: string) => move(appId, number, 'draft', 'in_review', actor),
    /**
     * A reviewer's decision on a version in review; a rejection carries its reason. The partner's signed
     * `app.version.approved` or `app.version.rejected` webhook is queued in the same transaction: no decision without it,
     * unless `notify` is false (the operator publishing a folder approves its own upload: nobody waits for the news).
     */
    decide: (appId: string, number: number, decision: { approve: boolean; reason?: string; notify?: boolean }, reviewer?: string) =>
      move(appId, number, 'in_review', decision.approve ? 'approved' : 'rejected', reviewer, decision.reason, async (tx, version) => {
        if (decision.notify === false) return;
        await enqueueWebhook(tx, appId, decision.approve ? 'app.version.approved' : 'app.version.rejected', {
          version: number, manifestVersion: version.manifest.version, reason: version.reason, decidedAt: new Date().toISOString(),
        });
      }),
  };
}

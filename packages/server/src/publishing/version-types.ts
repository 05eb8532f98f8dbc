import type { Manifest } from '@citadel/protocol';

/** Where a version is in review. */
export type VersionState = 'draft' | 'in_review' | 'approved' | 'rejected';

/** One file of a hosted version, as stored: its bytes are the blob of `sha256`. */
export interface VersionFile {
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
  readonly contentType: string;
}

/** One version of an app. */
export interface AppVersion {
  readonly appId: string;
  readonly number: number;
  /** SHA-256 over the sorted file list (hosted), or over the manifest (linked). */
  readonly bundleHash: string;
  readonly manifest: Manifest;
  /** Empty for a linked app's version. */
  readonly files: readonly VersionFile[];
  /** The automated checks' report, as the review queue shows it. */
  readonly report: unknown;
  readonly state: VersionState;
  /** The reviewer's reason, for a rejected (or approved with a note) version. */
  readonly reason: string | null;
  readonly createdAt: Date;
}

import type { Manifest } from '@citadel/protocol';

/** Which check of `checkBundle` a finding comes from. */
export type FindingCheck = 'archive' | 'budget' | 'file-type' | 'secret' | 'manifest' | 'permissions' | 'remote-script';

/** One thing a check found: an `error` refuses the bundle, a `warning` is for the reviewer. */
export interface Finding {
  readonly check: FindingCheck;
  readonly severity: 'error' | 'warning';
  /** The bundle file at fault, from the bundle's root. */
  readonly file?: string;
  /** The line in `file`, from 1. */
  readonly line?: number;
  /** The rule that matched, where a check has several (the secret scan's secretlint rule ids). */
  readonly rule?: string;
  /** What is wrong, for the partner; never a secret's value. */
  readonly message: string;
}

/** One file of a checked bundle, as the report lists it. */
export interface CheckedFile {
  readonly path: string;
  readonly size: number;
  /** SHA-256 of the bytes, lower-case hex. */
  readonly sha256: string;
  /** The type the platform serves the file with (`application/octet-stream` for a type it does not allow). */
  readonly contentType: string;
}

/** What `checkBundle` found. */
export interface CheckReport {
  /** True when no finding is an error. */
  readonly passed: boolean;
  /** The validated manifest, when `manifest.json` is one. */
  readonly manifest?: Manifest;
  readonly findings: readonly Finding[];
  /** The permissions the manifest declares, sorted. */
  readonly permissionsDeclared: readonly string[];
  /** The permissions of the bridge methods the bundle's scripts call, sorted. */
  readonly permissionsUsed: readonly string[];
  /** Every file, sorted by path. */
  readonly files: readonly CheckedFile[];
  /** SHA-256 (hex) over the sorted paths and their files' hashes: the same files give the same hash in any archive order. */
  readonly bundleHash: string;
}

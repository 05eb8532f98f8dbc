// Types of pack-packages.mjs, for the tests that install the packed packages.

/** A package under packages/ that is not private. */
export interface PublicPackage {
  readonly name: string;
  readonly version: string;
  /** Its folder, absolute. */
  readonly dir: string;
}

/** A packed package: `tarball` is the absolute path of its `.tgz`. */
export interface PackedPackage {
  readonly name: string;
  readonly version: string;
  readonly tarball: string;
}

export function publicPackages(): PublicPackage[];
export function packPackages(destination: string): PackedPackage[];

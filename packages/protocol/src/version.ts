/**
 * The bridge protocol version spoken by this package, `major.minor`.
 * A host answers a mini-app whose manifest's `minProtocol` is newer with `VERSION_MISMATCH`.
 */
export const PROTOCOL_VERSION = '1.0';

/** A protocol version string, `major.minor`. */
export type ProtocolVersion = `${number}.${number}`;

/** Compares two `major.minor` versions: negative when `a` is older than `b`, 0 when equal. */
export function compareVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}

import { isIPv4, isIPv6 } from 'node:net';

/** An IP address as its bytes: 4 for IPv4, 16 for IPv6. */
export type AddressBytes = readonly number[];

/** The four bytes of a dotted-quad IPv4 address (as `net.isIPv4` accepts it). */
function ipv4Bytes(text: string): AddressBytes {
  return text.split('.').map(Number);
}

/** The sixteen bytes of an IPv6 address in any RFC 4291 text form (`::` compression, a dotted IPv4 tail). */
function ipv6Bytes(text: string): AddressBytes {
  const [head = '', tail] = text.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const toBytes = (list: readonly string[]) =>
    list.flatMap((group) => (group.includes('.') ? [...ipv4Bytes(group)] : [Number.parseInt(group, 16) >> 8, Number.parseInt(group, 16) & 0xff]));
  const left = toBytes(groups(head));
  const right = tail === undefined ? [] : toBytes(groups(tail));
  return [...left, ...new Array<number>(16 - left.length - right.length).fill(0), ...right];
}

/**
 * Parses an IP address literal into its bytes, or `undefined` when `text` is not one. Accepts
 * the bracketed form URL host names give IPv6 addresses (`[::1]`) and drops an IPv6 zone (`fe80::1%eth0`).
 */
export function parseIpAddress(text: string): AddressBytes | undefined {
  const bracketed = text.startsWith('[') && text.endsWith(']');
  if (!bracketed && isIPv4(text)) return ipv4Bytes(text);
  const zoneless = (bracketed ? text.slice(1, -1) : text).split('%')[0] ?? '';
  if (isIPv6(zoneless)) return ipv6Bytes(zoneless);
  return undefined;
}

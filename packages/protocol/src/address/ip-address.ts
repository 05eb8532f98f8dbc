/** An IP address as its bytes: 4 for IPv4, 16 for IPv6. */
export type AddressBytes = readonly number[];

// Strict dotted quad, no leading zeros: `127.1`, `0x7f.0.0.1` or `2130706433` are not addresses
// here. A URL's `hostname` already shows such spellings as a dotted quad, so nothing is lost.
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

const ipv4Bytes = (text: string): AddressBytes => text.split('.').map(Number);

/**
 * The sixteen bytes of an IPv6 address in any RFC 4291 text form. The WHATWG URL parser, which
 * every browser and Node ship, decides what an IPv6 address is and rewrites it in its one
 * canonical form (lower-case hex groups, the longest zero run as `::`, no dotted tail), which
 * is then expanded here. `undefined` when the URL parser refuses it.
 */
function ipv6Bytes(text: string): AddressBytes | undefined {
  if (!/^[0-9A-Fa-f:.]+$/.test(text)) return undefined;
  let canonical: string;
  try {
    canonical = new URL(`http://[${text}]/`).hostname.slice(1, -1);
  } catch {
    return undefined;
  }
  const [head = '', tail] = canonical.split('::');
  const groups = (part: string | undefined) => (part ? part.split(':').map((group) => Number.parseInt(group, 16)) : []);
  const left = groups(head);
  const right = groups(tail);
  const words = [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  return words.flatMap((word) => [word >> 8, word & 0xff]);
}

/**
 * Parses an IP address literal into its bytes, or `undefined` when `text` is not one. Accepts
 * the bracketed form URL host names give IPv6 addresses (`[::1]`) and drops an IPv6 zone
 * (`fe80::1%eth0`). Pure: no DNS.
 */
export function parseIpAddress(text: string): AddressBytes | undefined {
  const bracketed = text.startsWith('[') && text.endsWith(']');
  if (!bracketed && IPV4.test(text)) return ipv4Bytes(text);
  const zoneless = (bracketed ? text.slice(1, -1) : text).split('%')[0] ?? '';
  return zoneless.includes(':') ? ipv6Bytes(zoneless) : undefined;
}

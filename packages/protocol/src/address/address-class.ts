import { parseIpAddress, type AddressBytes } from './ip-address.js';

/**
 * What an IP address is, for deciding whether the platform may connect to it. The webhook
 * policy reaches only `public` outside development, and `loopback` as well in development.
 */
export type AddressClass = 'public' | 'private' | 'loopback' | 'link-local' | 'multicast' | 'unspecified' | 'reserved' | 'invalid';

/** One range: its first bytes, its prefix length in bits, and its class. */
type Range = readonly [prefix: AddressBytes, bits: number, kind: AddressClass];

// IANA IPv4 Special-Purpose Address Registry (RFC 6890 and updates). Most specific first.
const IPV4_RANGES: readonly Range[] = [
  [[0, 0, 0, 0], 32, 'unspecified'],
  [[0], 8, 'reserved'], // "this network"
  [[10], 8, 'private'],
  [[100, 64], 10, 'private'], // shared address space (carrier-grade NAT), RFC 6598
  [[127], 8, 'loopback'],
  [[169, 254], 16, 'link-local'],
  [[172, 16], 12, 'private'],
  [[192, 0, 0], 24, 'reserved'], // IETF protocol assignments
  [[192, 0, 2], 24, 'reserved'], // TEST-NET-1
  [[192, 88, 99], 24, 'reserved'], // 6to4 relay anycast (deprecated)
  [[192, 168], 16, 'private'],
  [[198, 18], 15, 'reserved'], // benchmarking
  [[198, 51, 100], 24, 'reserved'], // TEST-NET-2
  [[203, 0, 113], 24, 'reserved'], // TEST-NET-3
  [[224], 4, 'multicast'],
  [[240], 4, 'reserved'], // future use, and 255.255.255.255 broadcast
];

// IANA IPv6 Special-Purpose Address Registry. Anything outside 2000::/3 (global unicast) is not
// routable on the internet and counts as reserved; the ranges embedding an IPv4 address
// (mapped, NAT64) are handled before this table, by the IPv4 address they carry.
const IPV6_RANGES: readonly Range[] = [
  [[0x01, 0x00, 0, 0, 0, 0, 0, 0], 64, 'reserved'], // discard-only
  [[0x20, 0x01, 0x0d, 0xb8], 32, 'reserved'], // documentation
  [[0x20, 0x01, 0x00], 23, 'reserved'], // IETF protocol assignments (Teredo, ORCHID, …)
  [[0x20, 0x02], 16, 'reserved'], // 6to4: it would tunnel to an IPv4 address we never checked
  [[0x3f, 0xff], 20, 'reserved'], // documentation
  [[0x20], 3, 'public'], // global unicast
  [[0xfc], 7, 'private'], // unique local
  [[0xfe, 0x80], 10, 'link-local'],
  [[0xfe, 0xc0], 10, 'private'], // site-local (deprecated)
  [[0xff], 8, 'multicast'],
];

function inRange(bytes: AddressBytes, prefix: AddressBytes, bits: number): boolean {
  for (let bit = 0; bit < bits; bit += 8) {
    const index = bit / 8;
    const width = Math.min(8, bits - bit);
    const mask = (0xff << (8 - width)) & 0xff;
    if (((bytes[index] ?? 0) & mask) !== ((prefix[index] ?? 0) & mask)) return false;
  }
  return true;
}

function classify(bytes: AddressBytes, ranges: readonly Range[], otherwise: AddressClass): AddressClass {
  for (const [prefix, bits, kind] of ranges) if (inRange(bytes, prefix, bits)) return kind;
  return otherwise;
}

const startsWith = (bytes: AddressBytes, prefix: readonly number[]) => prefix.every((byte, i) => bytes[i] === byte);
const ZEROS_10 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

function classifyIpv6(bytes: AddressBytes): AddressClass {
  if (bytes.every((byte) => byte === 0)) return 'unspecified';
  if (bytes.slice(0, 15).every((byte) => byte === 0) && bytes[15] === 1) return 'loopback';
  // ::ffff:a.b.c.d reaches the IPv4 address a.b.c.d: judge it as that address.
  if (startsWith(bytes, [...ZEROS_10, 0xff, 0xff])) return classify(bytes.slice(12), IPV4_RANGES, 'public');
  // 64:ff9b::a.b.c.d (NAT64, RFC 6052) is translated to a.b.c.d by the network's gateway.
  if (startsWith(bytes, [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0])) return classify(bytes.slice(12), IPV4_RANGES, 'public');
  return classify(bytes, IPV6_RANGES, 'reserved');
}

/**
 * Classifies an IP address literal (IPv4, IPv6, bracketed or with a zone): public, or one of
 * the ranges a webhook must never reach (private, loopback, link-local, multicast, unspecified,
 * reserved). IPv4-mapped and NAT64 IPv6 addresses are judged by the IPv4 address they carry.
 * `invalid` when `text` is not an IP address. Pure: no DNS, no I/O.
 */
export function classifyAddress(text: string): AddressClass {
  const bytes = parseIpAddress(text);
  if (!bytes) return 'invalid';
  return bytes.length === 4 ? classify(bytes, IPV4_RANGES, 'public') : classifyIpv6(bytes);
}


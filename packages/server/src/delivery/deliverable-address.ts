import { classifyAddress } from '@citadel/protocol';

/**
 * True when a webhook may be delivered to `address`: a public address, or loopback in
 * development. Everything else (private, link-local, multicast, unspecified, reserved, not an
 * address) is refused, in development too (docs/security-model.md, "The platform server": webhook URLs).
 */
export function isDeliverableAddress(address: string, development: boolean): boolean {
  const kind = classifyAddress(address);
  return kind === 'public' || (development && kind === 'loopback');
}

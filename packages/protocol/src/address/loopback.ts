import { classifyAddress } from './address-class.js';

/**
 * `localhost` and `*.localhost`: names that always mean this machine, never asked of DNS (RFC 6761
 * §6.3), with or without the root's trailing dot (`localhost.` is the same name).
 */
export const isLocalhostName = (hostname: string): boolean => {
  const name = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname;
  return name === 'localhost' || name.endsWith('.localhost');
};

/**
 * True for a host that always means this machine: `localhost`, `*.localhost`, an address in
 * 127.0.0.0/8, `::1`, or an IPv6 address that carries a 127/8 address (`::ffff:127.0.0.1`).
 * Expects `URL.hostname` (lower-cased, IPv6 in brackets). The one rule for "plain http is fine
 * here": the manifest schema, `@citadel/node`'s URL checks and the server's webhook URL policy
 * all use it (docs/security-model.md).
 */
export const isLoopbackHost = (hostname: string): boolean => isLocalhostName(hostname) || classifyAddress(hostname) === 'loopback';

import { createHash, timingSafeEqual } from 'node:crypto';
import { TourismError } from '../errors.js';

/** The gates that may admit tickets: gate name → its key. */
export type GateKeys = ReadonlyMap<string, string>;

const GATE_NAME = /^[a-z0-9-]{2,40}$/;

/** Reads `GATE_KEYS`: `name:key` pairs separated by commas (`ngo-mon:…,hien-nhon:…`), each key 16 characters or more. */
export function parseGateKeys(text: string | undefined): GateKeys {
  const keys = new Map<string, string>();
  for (const pair of (text ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const at = pair.indexOf(':');
    const name = pair.slice(0, at);
    const key = pair.slice(at + 1);
    if (at < 0 || !GATE_NAME.test(name) || key.length < 16) throw new TypeError(`GATE_KEYS: "${name || pair}" must be name:key, the name a-z0-9- and the key 16 characters or more`);
    keys.set(name, key);
  }
  return keys;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * The gate a request comes from, by its `Authorization: Gate <name>:<key>` header (`authorization`). `503
 * GATE_NOT_CONFIGURED` when no gate is set up, `401 NOT_GATE` for a missing or wrong key.
 */
export function gateOf(authorization: string | undefined, keys: GateKeys): string {
  if (keys.size === 0) throw new TourismError(503, 'GATE_NOT_CONFIGURED', 'No gate may admit tickets: start the backend with GATE_KEYS');
  const m = /^Gate ([a-z0-9-]{2,40}):(\S{16,200})$/.exec(authorization ?? '');
  const expected = m ? keys.get(m[1]!) : undefined;
  if (!m || expected === undefined || !timingSafeEqual(digest(expected), digest(m[2]!))) {
    throw new TourismError(401, 'NOT_GATE', 'Send Authorization: Gate <name>:<key> with a key from GATE_KEYS');
  }
  return m[1]!;
}

import type { Limits } from './types.js';

/** The default abuse limits; each is named in the error that enforces it. */
export const defaultLimits: Limits = {
  maxPayloadBytes: 65_536,
  maxDepth: 16,
  rateLimit: 200,
  rateWindowMs: 1000,
  abuseWindows: 3,
  handshakeTimeoutMs: 15_000,
  heartbeatTimeoutMs: 5000,
  gestureNewsMs: 1000,
};

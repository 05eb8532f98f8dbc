/**
 * The network throttling switch of `citadel dev`: each profile adds a fixed delay before the app's dev server handles
 * a request, and before the simulator answers a bridge call it handles itself (identity, payments, notifications,
 * storage). Nothing else is slowed: the app's backend, the HMR websocket and the test platform answer at full speed.
 */
export const throttleProfiles = {
  off: 0,
  slow: 400,
  'very-slow': 2000,
} as const satisfies Record<string, number>;

/** A throttling profile's name. */
export type ThrottleProfile = keyof typeof throttleProfiles;

/** The profiles' names, fastest first. */
export const throttleProfileNames = Object.keys(throttleProfiles) as ThrottleProfile[];

/** The switch one `citadel dev` run holds: the profile now and its delay. */
export interface Throttle {
  readonly profile: ThrottleProfile;
  /** The delay of the profile now, ms. */
  readonly delayMs: number;
  set(profile: ThrottleProfile): void;
}

/** A throttle that starts `off`. */
export function createThrottle(): Throttle {
  let profile: ThrottleProfile = 'off';
  return {
    get profile() {
      return profile;
    },
    get delayMs() {
      return throttleProfiles[profile];
    },
    set(next) {
      profile = next;
    },
  };
}

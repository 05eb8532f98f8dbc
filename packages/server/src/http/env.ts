import type { Citizen } from '@citadel/protocol/api';
import type { Surface } from '../host-routing.js';

/** What the guards put on the request context. */
export interface PlatformEnv {
  Variables: {
    /** The signed-in citizen (set by `requireCitizen`). */
    citizen: Citizen;
    /** Their session (set by `requireCitizen`). */
    sessionId: string;
    /** The app a partner request is for (set by `requirePartner`). */
    partnerAppId: string;
    /** The session cookie's name on this server (`sessionCookieName`), set for every request. */
    sessionCookie: string;
    /** The site the request came to by its `Host` header (the host or the developer console), set for every request to either. */
    surface: Surface;
  };
}

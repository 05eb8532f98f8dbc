import { EventsQuery, LIVE_EVENTS } from './live.js';
import type { ApiRoute } from './route.js';

/** The live event stream under `/api`: Server-Sent Events for the signed-in citizen's open tab. */
export const liveRoutes = {
  events: {
    method: 'get', path: '/me/events', audience: 'citizen',
    summary: 'Server-Sent Events: inbox notifications and alerts as they reach the citizen; resumes after `Last-Event-ID` (or `after`).',
    query: EventsQuery, eventStream: LIVE_EVENTS, responses: {},
  },
} as const satisfies Record<string, ApiRoute>;

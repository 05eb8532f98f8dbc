import * as z from 'zod/mini';
import { Insets, Position, Theme } from './schemas.js';
import { ErrorCode } from './errors.js';

/**
 * Events the host sends to a mini-app. Lifecycle: `show`, `hide`, `back`, `close`.
 * @since 1.0
 */
export const events = {
  /** The mini-app became visible again. */
  show: z.strictObject({}),
  /** The mini-app was moved to the background; pause timers and media. */
  hide: z.strictObject({}),
  /** The citizen tapped the host's back button (shown with `ui.setBackButton`). */
  back: z.strictObject({}),
  /** The host is about to close the mini-app; save state now. */
  close: z.strictObject({}),
  /** The host's theme changed. */
  theme: Theme,
  /** The safe-area insets changed. */
  insets: Insets,
  /** A watched position changed, or the watch ended with an error. */
  location: z.strictObject({
    watchId: z.string(),
    position: z.optional(Position),
    error: z.optional(z.enum([ErrorCode.PERMISSION_DENIED, ErrorCode.UNAVAILABLE, ErrorCode.SESSION_CLOSED])),
  }),
} as const;

/** The event table's type. */
export type Events = typeof events;
/** The name of a host event. */
export type EventName = keyof Events;
/** The payload of a host event. */
export type EventData<E extends EventName> = z.output<Events[E]>;

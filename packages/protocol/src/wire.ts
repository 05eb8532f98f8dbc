import type { SerializedError } from './errors.js';
import type { MethodName } from './registry.js';
import type { EventName } from './events.js';
import type { Insets, Theme } from './schemas.js';

/**
 * Messages of the handshake and the port. Plain guards, no schemas, so the SDK ships them
 * without a validator. The host validates what it receives in its own, stricter way.
 */
export const MessageType = {
  hello: 'citadel:hello',
  welcome: 'citadel:welcome',
  refused: 'citadel:refused',
  event: 'citadel:event',
  closed: 'citadel:closed',
} as const;

/** Mini-app → `window.parent`: the one handshake message. */
export interface HelloMessage {
  readonly type: typeof MessageType.hello;
  /** The protocol version the SDK speaks. */
  readonly v: string;
}

/** What the host tells a mini-app about where it was opened. All of it is display data. */
export interface LaunchContext {
  readonly lang: 'vi' | 'en';
  readonly theme: Theme;
  readonly insets: Insets;
  /** The deep-link path the app was opened at; untrusted input, validate it like a URL from anywhere. */
  readonly path: string;
}

/** Host → the frame's exact origin: the private port, transferred with this message. */
export interface WelcomeMessage {
  readonly type: typeof MessageType.welcome;
  readonly v: string;
  readonly appId: string;
  /** The methods this host answers; `supports()` reads this list. */
  readonly supported: readonly MethodName[];
  readonly context: LaunchContext;
}

/** Host → the sender's exact origin: the handshake was refused. Carries no port. */
export interface RefusedMessage {
  readonly type: typeof MessageType.refused;
  readonly error: SerializedError;
}

/** Host → mini-app over the port: an event. */
export interface EventMessage {
  readonly type: typeof MessageType.event;
  readonly name: EventName;
  readonly data: unknown;
}

/** Host → mini-app over the port: the session is over; calls now reject with `error.code`. */
export interface ClosedMessage {
  readonly type: typeof MessageType.closed;
  readonly error: SerializedError;
}

/** What every call resolves to on the wire: errors are values, never thrown through comlink. */
export type CallOutcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: SerializedError };

/** The one function the host exposes on each port. */
export interface BridgeEndpoint {
  call(method: string, params: unknown): Promise<CallOutcome>;
}

const hasType = (data: unknown, type: string): boolean =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === type;

/** True for a handshake `hello`. */
export const isHello = (data: unknown): data is HelloMessage =>
  hasType(data, MessageType.hello) && typeof (data as HelloMessage).v === 'string';
/** True for the host's `welcome`. */
export const isWelcome = (data: unknown): data is WelcomeMessage =>
  hasType(data, MessageType.welcome) && Array.isArray((data as WelcomeMessage).supported);
/** True for the host's `refused`. */
export const isRefused = (data: unknown): data is RefusedMessage => hasType(data, MessageType.refused);
/** True for an event on the port. */
export const isEventMessage = (data: unknown): data is EventMessage => hasType(data, MessageType.event);
/** True for the end of a session on the port. */
export const isClosedMessage = (data: unknown): data is ClosedMessage => hasType(data, MessageType.closed);

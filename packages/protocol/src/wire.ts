import type { SerializedError } from './errors.js';
import type { MethodName } from './registry.js';
import type { EventName } from './events.js';
import type { Insets, Theme } from './schemas.js';

/**
 * Every message of the bridge: the handshake on `window` (`hello`, `welcome`, `refused`), then
 * the private port (`call`, `result`, `event`, `ping`, `pong`, `closed`). This is the whole
 * envelope; no library adds its own (docs/architecture.md says why). Plain guards, no schemas,
 * so the SDK ships them without a validator; the host checks each call's payload against the
 * registry after the envelope.
 */
export const MessageType = {
  hello: 'citadel:hello',
  welcome: 'citadel:welcome',
  refused: 'citadel:refused',
  call: 'citadel:call',
  result: 'citadel:result',
  event: 'citadel:event',
  ping: 'citadel:ping',
  pong: 'citadel:pong',
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

/** Mini-app → host over the port: one bridge call. */
export interface CallMessage {
  readonly type: typeof MessageType.call;
  /** Chosen by the caller, unique among its pending calls; the result echoes it. */
  readonly id: number;
  /** Untrusted until the host finds it in the registry. */
  readonly method: string;
  /** Untrusted until the host's size pre-check and the method's strict schema pass it. */
  readonly params: unknown;
}

/** What every call resolves to on the wire: errors are values, so a host failure is never a thrown exception. */
export type CallOutcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: SerializedError };

/** Host → mini-app over the port: the outcome of call `id`. */
export type ResultMessage = { readonly type: typeof MessageType.result; readonly id: number } & CallOutcome;

/** Host → mini-app over the port: are you still there? Sent while the app is visible. */
export interface PingMessage {
  readonly type: typeof MessageType.ping;
  readonly n: number;
}

/** Mini-app → host over the port: the answer to ping `n`. */
export interface PongMessage {
  readonly type: typeof MessageType.pong;
  readonly n: number;
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
/** True for a call with a safe-integer id and a string method; params are checked later, by the host. */
export const isCallMessage = (data: unknown): data is CallMessage =>
  hasType(data, MessageType.call) &&
  Number.isSafeInteger((data as CallMessage).id) &&
  typeof (data as CallMessage).method === 'string';
/** True for the result of a call. */
export const isResultMessage = (data: unknown): data is ResultMessage =>
  hasType(data, MessageType.result) && typeof (data as ResultMessage).id === 'number';
/** True for the host's ping. */
export const isPing = (data: unknown): data is PingMessage =>
  hasType(data, MessageType.ping) && typeof (data as PingMessage).n === 'number';
/** True for the app's pong. */
export const isPong = (data: unknown): data is PongMessage =>
  hasType(data, MessageType.pong) && Number.isSafeInteger((data as PongMessage).n) && (data as PongMessage).n >= 0;
/** True for an event on the port. */
export const isEventMessage = (data: unknown): data is EventMessage => hasType(data, MessageType.event);
/** True for the end of a session on the port. */
export const isClosedMessage = (data: unknown): data is ClosedMessage => hasType(data, MessageType.closed);

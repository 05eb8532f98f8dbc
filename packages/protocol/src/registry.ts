import * as z from 'zod/mini';
import { ErrorCode } from './errors.js';
import type { Permission } from './permissions.js';
import {
  Accuracy, Empty, IdentityClaim, Insets, Json, Position, StorageKey, Theme,
} from './schemas.js';
import type { ProtocolVersion } from './version.js';

/** The declaration of one bridge method; everything else (types, checks, docs) derives from it. */
export interface MethodSpec {
  /** Strict schema of the params; unknown keys are refused. */
  readonly params: z.ZodMiniType;
  /** Schema of what the host answers. */
  readonly result: z.ZodMiniType;
  /** The grant the method needs, or `null` when it is harmless to every app. */
  readonly permission: Permission | null;
  /** The protocol version the method arrived in. */
  readonly since: ProtocolVersion;
  /** One sentence for the reference docs. */
  readonly summary: string;
  /** Errors particular to this method, beyond the ones every call can answer. */
  readonly errors: readonly ErrorCode[];
}

const method = <const S extends MethodSpec>(spec: S): S => spec;
const Null = z.null();

/**
 * The bridge method registry: the only names a host dispatches.
 * @since 1.0
 */
export const methods = {
  'app.ready': method({
    params: Empty, result: Null, permission: null, since: '1.0', errors: [],
    summary: 'Tells the host the first screen is drawn, so it hides its loading state.',
  }),
  'app.close': method({
    params: Empty, result: Null, permission: null, since: '1.0', errors: [],
    summary: 'Asks the host to close the mini-app.',
  }),
  'ui.setTitle': method({
    params: z.strictObject({ title: z.string().check(z.minLength(1), z.maxLength(64)) }),
    result: Null, permission: null, since: '1.0', errors: [],
    summary: "Sets the title in the host's title bar (1 to 64 characters).",
  }),
  'ui.setBackButton': method({
    params: z.strictObject({ visible: z.boolean() }),
    result: Null, permission: null, since: '1.0', errors: [],
    summary: "Shows or hides the host's back button; a tap arrives as the `back` event.",
  }),
  'ui.getTheme': method({
    params: Empty, result: Theme, permission: null, since: '1.0', errors: [],
    summary: "Returns the host's colour scheme and accent colour.",
  }),
  'ui.getSafeAreaInsets': method({
    params: Empty, result: Insets, permission: null, since: '1.0', errors: [],
    summary: 'Returns the insets, in CSS pixels, that the device and host chrome leave free.',
  }),
  'storage.get': method({
    params: z.strictObject({ key: StorageKey }),
    result: z.strictObject({ value: z.nullable(Json) }),
    permission: null, since: '1.0', errors: [],
    summary: "Reads a value from the app's own storage; `null` when the key is absent.",
  }),
  'storage.set': method({
    params: z.strictObject({ key: StorageKey, value: Json }),
    result: Null, permission: null, since: '1.0', errors: [ErrorCode.QUOTA_EXCEEDED],
    summary: "Writes a JSON value to the app's own storage, within the app's quota.",
  }),
  'storage.remove': method({
    params: z.strictObject({ key: StorageKey }),
    result: Null, permission: null, since: '1.0', errors: [],
    summary: "Removes a key from the app's own storage.",
  }),
  'storage.keys': method({
    params: Empty, result: z.strictObject({ keys: z.array(z.string()) }),
    permission: null, since: '1.0', errors: [],
    summary: "Lists the keys in the app's own storage.",
  }),
  'storage.clear': method({
    params: Empty, result: Null, permission: null, since: '1.0', errors: [],
    summary: "Removes every key in the app's own storage.",
  }),
  'storage.usage': method({
    params: Empty,
    result: z.strictObject({ used: z.number(), quota: z.number() }),
    permission: null, since: '1.0', errors: [],
    summary: "Returns the bytes the app's storage uses and its quota.",
  }),
  'location.getCurrent': method({
    params: z.strictObject({ accuracy: z.optional(Accuracy) }),
    result: Position, permission: 'location', since: '1.0',
    errors: [ErrorCode.PERMISSION_DENIED, ErrorCode.CANCELLED, ErrorCode.UNAVAILABLE, ErrorCode.RATE_LIMITED],
    summary: 'Asks for the position once, after a host-drawn prompt; coarse (about 1 km) unless `precise` is asked and granted. The host logs each read for the citizen; past 60 reads an hour per app (a `watch` counts as one), `RATE_LIMITED` with `limit`, `windowMs` and `retryAfterMs`.',
  }),
  'location.watch': method({
    params: z.strictObject({ accuracy: z.optional(Accuracy) }),
    result: z.strictObject({ watchId: z.string() }),
    permission: 'location', since: '1.0',
    errors: [ErrorCode.PERMISSION_DENIED, ErrorCode.CANCELLED, ErrorCode.UNAVAILABLE, ErrorCode.RATE_LIMITED],
    summary: 'Starts watching the position; updates arrive as `location` events while the host shows an indicator. Starting a watch is one read in the host\'s location log and counts toward the same 60 an hour as `getCurrent`; more than 4 watches at once is `RATE_LIMITED` too.',
  }),
  'location.clearWatch': method({
    params: z.strictObject({ watchId: z.string().check(z.maxLength(64)) }),
    result: Null, permission: 'location', since: '1.0', errors: [],
    summary: 'Stops a watch started with `location.watch`.',
  }),
  'identity.getToken': method({
    params: z.strictObject({
      nonce: z.string().check(z.minLength(8), z.maxLength(128)),
      claims: z.optional(z.array(IdentityClaim).check(z.maxLength(4))),
    }),
    result: z.strictObject({ token: z.string() }),
    permission: 'identity', since: '1.0',
    errors: [ErrorCode.PERMISSION_DENIED, ErrorCode.CANCELLED],
    summary: "Returns a short-lived signed identity token for the app's backend to verify.",
  }),
  'identity.getProfile': method({
    params: Empty,
    result: z.strictObject({ claims: z.record(z.string(), z.string()) }),
    permission: 'identity', since: '1.0', errors: [ErrorCode.PERMISSION_DENIED],
    summary: 'Returns the claims the citizen granted, for display only: not proof of identity.',
  }),
  'payments.pay': method({
    params: z.strictObject({ orderId: z.string().check(z.minLength(1), z.maxLength(64)) }),
    result: z.strictObject({
      status: z.literal('succeeded'), paymentId: z.string(), receipt: z.string(),
    }),
    permission: 'payments', since: '1.0',
    errors: [ErrorCode.CANCELLED, ErrorCode.PERMISSION_DENIED, ErrorCode.ORDER_NOT_FOUND, ErrorCode.ORDER_EXPIRED, ErrorCode.ORDER_CANCELLED, ErrorCode.ALREADY_PAID, ErrorCode.INSUFFICIENT_FUNDS, ErrorCode.UNAVAILABLE],
    summary: 'Opens the host-drawn payment sheet for an order your server created; the citizen confirms with their password; resolves with the payment id and a signed receipt.',
  }),
  'notifications.requestPermission': method({
    params: Empty,
    result: z.strictObject({ granted: z.boolean() }),
    permission: 'notifications', since: '1.0', errors: [ErrorCode.PERMISSION_DENIED, ErrorCode.UNAVAILABLE],
    summary: 'Asks the citizen, in a host-drawn prompt, whether the app may notify them; `UNAVAILABLE` when the platform cannot be reached to record the grant.',
  }),
  'notifications.getPermission': method({
    params: Empty,
    result: z.strictObject({ granted: z.boolean() }),
    permission: 'notifications', since: '1.0', errors: [ErrorCode.UNAVAILABLE],
    summary: 'Says whether the citizen lets the app notify them, without asking: `false` when nobody is signed in or they have not allowed it (or withdrew it), so the app offers the button only then.',
  }),
} as const satisfies Record<string, MethodSpec>;

/** The methods table's type. */
export type Methods = typeof methods;
/** The name of a bridge method, `namespace.name`. */
export type MethodName = keyof Methods;
/** What a mini-app passes to a method. */
export type MethodParams<M extends MethodName> = z.input<Methods[M]['params']>;
/** What a method resolves to. */
export type MethodResult<M extends MethodName> = z.output<Methods[M]['result']>;
/** The namespaces of the registry: `storage`, `location`, … */
export type Namespace = MethodName extends `${infer N}.${string}` ? N : never;

/** Every method name, in registry order. */
export const methodNames = Object.keys(methods) as MethodName[];

/** Errors any call can answer, whatever the method. */
export const commonErrors = [
  ErrorCode.UNKNOWN_METHOD, ErrorCode.INVALID_PARAMS, ErrorCode.PAYLOAD_TOO_LARGE,
  ErrorCode.RATE_LIMITED, ErrorCode.UNSUPPORTED, ErrorCode.TIMEOUT, ErrorCode.SESSION_CLOSED,
  ErrorCode.INTERNAL,
] as const;

/**
 * True when `name` is a registry method. Uses an own-property check so that
 * `__proto__`, `constructor` and `toString` are never methods.
 */
export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methods, name);
}

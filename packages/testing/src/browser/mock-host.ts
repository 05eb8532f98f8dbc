import {
  CitadelError, ErrorCode, MessageType, PROTOCOL_VERSION, events, isHello, methodNames,
  type LaunchContext, type MethodName, type RefusedMessage, type WelcomeMessage,
} from '@citadel/protocol';
import { answerCall, type AnyHandler } from './answer-call.js';
import { defaultHandlers } from './default-handlers.js';
import { openMockSession, type MockSession } from './mock-session.js';
import { installParentSeam } from './parent-seam.js';
import { createPermissionGate } from './permission-gate.js';
import type { MockHost, MockHostOptions, RecordedCall } from './types.js';

/** A host's launch context when the test gives none: Vietnamese, light, no insets, opened at `/`. */
const DEFAULT_CONTEXT: LaunchContext = {
  lang: 'vi',
  theme: { scheme: 'light', accent: '#b3261e' },
  insets: { top: 0, right: 0, bottom: 0, left: 0 },
  path: '/',
};

/**
 * Installs a scripted Citadel host in the test's own page: the real `connect()` of `@citadel/sdk`, called after
 * this, shakes hands with it and gets a private `MessagePort`, as in a host's frame. Each call is checked as a host
 * checks it (registry name, strict params, the scripted permission), answered by its handler, its result checked
 * against the registry's result schema, and recorded in `calls`. Create it before the app connects; `dispose()` it
 * after the test. One mock host per page at a time.
 *
 * @example
 * const host = createMockHost({
 *   handlers: { 'identity.getToken': async ({ nonce }) => ({ token: `token-for-${nonce}` }) },
 *   permissions: { location: 'denied' },
 *   context: { lang: 'en' },
 * });
 * const client = await connect();
 */
export function createMockHost(options: MockHostOptions = {}): MockHost {
  const appId = options.appId ?? 'test-app';
  const context: LaunchContext = { ...DEFAULT_CONTEXT, ...options.context };
  const gate = createPermissionGate(options.permissions);
  const handlers = new Map<MethodName, AnyHandler>(
    Object.entries({ ...defaultHandlers(() => context, gate), ...options.handlers }) as Array<[MethodName, AnyHandler]>,
  );
  const calls: RecordedCall[] = [];
  let session: MockSession | undefined;
  let connected: () => void = () => undefined;
  const whenConnected = new Promise<void>((resolve) => (connected = resolve));

  // A method the scripted permission refuses needs no handler: the host has it, and the citizen says no.
  const refused: AnyHandler = () => undefined;
  const handlerFor = (method: MethodName) => handlers.get(method) ?? (gate.refuses(method) ? refused : undefined);
  const supported = () => methodNames.filter((method) => handlerFor(method) !== undefined);
  const record = (method: string, params: unknown, outcome: Awaited<ReturnType<typeof answerCall>>) =>
    calls.push(outcome.ok ? { method, params, ok: true, result: outcome.value } : { method, params, ok: false, error: outcome.error });

  const seam = installParentSeam(options.origin ?? location.origin, (data) => {
    if (!isHello(data)) return;
    if (session) {
      // One session per page load, as a host answers a second handshake.
      const error = new CitadelError(ErrorCode.ALREADY_CONNECTED, 'This page already holds a session with the mock host').toJSON();
      seam.answer({ type: MessageType.refused, error } satisfies RefusedMessage);
      return;
    }
    const { port1, port2 } = new MessageChannel();
    session = openMockSession(port1, (method, params) => answerCall(method, params, handlerFor, gate), record);
    const welcome: WelcomeMessage = { type: MessageType.welcome, v: PROTOCOL_VERSION, appId, supported: supported(), context };
    seam.answer(welcome, port2);
    connected();
  });

  return {
    calls,
    get supported() {
      return supported();
    },
    whenConnected: () => whenConnected,
    handle(method, handler) {
      handlers.set(method, handler as AnyHandler);
    },
    setPermission: (permission, state) => gate.set(permission, state),
    emit(name, ...[data = {}]) {
      if (!session) throw new Error(`No app is connected to the mock host: cannot send ${name}`);
      const parsed = events[name].safeParse(data);
      if (!parsed.success) throw new TypeError(`The data of ${name} does not fit its schema: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      session.post(name, parsed.data);
    },
    endSession(data) {
      session?.end(data);
    },
    dispose() {
      session?.end();
      seam.restore();
    },
  };
}

import { CitadelError, ErrorCode, isHello, manifestOrigin, Manifest, type MethodName, methodNames } from '@citadel/protocol';
import { defaultLimits } from './defaults.js';
import type { AnyHandler } from './dispatch.js';
import { createEmitter } from './emitter.js';
import { assertFramable, createFrame, frameUrl } from './frame.js';
import { createIndexedDbGrants } from './grants/indexeddb.js';
import { createGestureTracker } from './gesture/gesture-tracker.js';
import { createInstance, speaks, type InternalInstance } from './instance.js';
import type { AppInstance, Host, HostOptions, Providers } from './types.js';

const builtinNamespaces = new Set(['app', 'ui']);

const lightTheme = { scheme: 'light', accent: '#b3261e' } as const;

/**
 * Creates a host engine for this page. It listens for handshakes on `window`, and only
 * accepts one from a frame it created, from that frame's exact origin.
 */
export function createHost(options: HostOptions = {}): Host {
  const limits = { ...defaultLimits, ...options.limits };
  const providers: Providers = options.providers ?? {};
  const hostOrigin = options.origin ?? location.origin;
  const grants = options.grants ?? createIndexedDbGrants();
  const instances = new Set<InternalInstance>();
  const gestures = createGestureTracker();
  const launches = createEmitter<{ launch: AppInstance }>();

  const providerHandler = (method: MethodName): AnyHandler | undefined => {
    const dot = method.indexOf('.');
    const provider = (providers as Record<string, Record<string, AnyHandler> | undefined>)[method.slice(0, dot)];
    const name = method.slice(dot + 1);
    return provider && Object.prototype.hasOwnProperty.call(provider, name) ? provider[name] : undefined;
  };
  const supported = methodNames.filter((m) => builtinNamespaces.has(m.split('.')[0] ?? '') || providerHandler(m));

  const onMessage = (event: MessageEvent) => {
    if (!isHello(event.data)) return;
    for (const instance of instances) {
      // Identity is the frame we created, never a field of the message.
      if (event.source === instance.iframe.contentWindow) {
        instance.handshake(event.origin, event.data.v);
        return;
      }
    }
    // Not one of our frames (a nested frame, another window): dropped without an answer.
  };
  addEventListener('message', onMessage);

  return {
    supported,
    launch({ manifest: input, container, path = '' }) {
      const parsed = Manifest.safeParse(input);
      if (!parsed.success) throw new CitadelError(ErrorCode.INVALID_PARAMS, 'The app manifest is invalid');
      const manifest = parsed.data;
      if (!speaks(manifest.minProtocol)) {
        throw new CitadelError(ErrorCode.VERSION_MISMATCH, `${manifest.id} needs protocol ${manifest.minProtocol}`);
      }
      const origin = manifestOrigin(manifest);
      assertFramable(origin, hostOrigin);
      const context = options.context?.() ?? { lang: 'vi' as const, theme: lightTheme, insets: { top: 0, right: 0, bottom: 0, left: 0 } };
      const iframe = createFrame(frameUrl(manifest, path), manifest.name[context.lang]);
      const instance = createInstance({
        app: { id: manifest.id, origin, manifest },
        iframe,
        limits,
        supported,
        providerHandler,
        grants,
        prompt: options.prompt,
        queuePrompt: options.queuePrompt,
        gestures,
        context,
        path,
        onClosed: () => instances.delete(instance),
        onCall: options.onCall,
      });
      instances.add(instance);
      // Before the frame loads: a listener misses none of the instance's events.
      launches.emit('launch', instance);
      container.append(iframe);
      return instance;
    },
    async revoke(appId, permission) {
      await grants.delete(appId, permission);
      for (const instance of instances) if (instance.app.id === appId) instance.revoke(permission);
    },
    onLaunch: (listener) => launches.on('launch', listener),
    dispose() {
      removeEventListener('message', onMessage);
      launches.clear();
      gestures.dispose();
      for (const instance of [...instances]) instance.close();
    },
  };
}

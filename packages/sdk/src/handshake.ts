import {
  CitadelError, ErrorCode, MessageType, PROTOCOL_VERSION, isRefused, isWelcome, type WelcomeMessage,
} from '@citadel/protocol';

/** Sends the one handshake message to the parent and waits for the port or a typed refusal. */
export function handshake(timeoutMs: number, hostOrigins: readonly string[] | undefined): Promise<{ welcome: WelcomeMessage; port: MessagePort }> {
  return new Promise((resolve, reject) => {
    if (window.parent === window) {
      reject(new CitadelError(ErrorCode.NOT_HOSTED, 'This page is not running inside a Citadel host'));
      return;
    }
    const done = () => {
      clearTimeout(timer);
      removeEventListener('message', onMessage);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent) return;
      if (hostOrigins && !hostOrigins.includes(event.origin)) return;
      const port = event.ports[0];
      if (isWelcome(event.data) && port) {
        done();
        resolve({ welcome: event.data, port });
      } else if (isRefused(event.data)) {
        done();
        reject(CitadelError.from(event.data.error));
      }
    };
    const timer = setTimeout(() => {
      done();
      reject(new CitadelError(ErrorCode.NOT_HOSTED, `No Citadel host answered within ${timeoutMs} ms`, { timeoutMs }));
    }, timeoutMs);
    addEventListener('message', onMessage);
    // The hello carries nothing but a version; the host answers only to this frame's exact origin.
    window.parent.postMessage({ type: MessageType.hello, v: PROTOCOL_VERSION }, '*');
  });
}

/** One Server-Sent Event as the browser's `EventSource` would see it, or a comment line. */
export interface SseEvent {
  readonly event: string;
  readonly id: string | undefined;
  readonly data: string;
  /** A comment (`: …`), such as a heartbeat; `event` is `''`. */
  readonly comment?: string;
}

/**
 * Reads a `text/event-stream` body as it arrives (the wire format of the HTML standard's
 * "server-sent events": `event:`, `data:`, `id:` lines, blank line between events, `:` comments).
 * `next(match)` resolves with the first unread event that matches, as soon as it is read: no timers.
 */
export function readSse(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  let buffer = '';
  let done = false;
  let waiters: Array<() => void> = [];

  const parse = (block: string) => {
    let event = '';
    let id: string | undefined;
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) {
        events.push({ event: '', id: undefined, data: '', comment: line.slice(1).trim() });
        continue;
      }
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
      else if (field === 'id') id = value;
    }
    if (event || data.length > 0) events.push({ event: event || 'message', id, data: data.join('\n') });
  };

  void (async () => {
    try {
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) break;
        buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n?/g, '\n');
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          parse(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
        for (const wake of waiters.splice(0)) wake();
      }
    } catch {
      // cancelled by close()
    } finally {
      done = true;
      for (const wake of waiters.splice(0)) wake();
    }
  })();

  let read = 0;
  return {
    /** Every event read so far, comments included. */
    events,
    /** The first event after those already taken that `match`es; rejects when the stream ends first. */
    async next(match: (event: SseEvent) => boolean = (e) => e.event !== ''): Promise<SseEvent> {
      for (;;) {
        while (read < events.length) {
          const event = events[read++]!;
          if (match(event)) return event;
        }
        if (done) throw new Error('the stream ended');
        await new Promise<void>((resolve) => { waiters.push(resolve); });
      }
    },
    /** Whether the server ended the stream. */
    get ended() { return done; },
    /** Waits for the server to end the stream. */
    async closed(): Promise<void> {
      while (!done) await new Promise<void>((resolve) => { waiters.push(resolve); });
    },
    /** Stops reading (the client goes away). */
    close: () => reader.cancel().catch(() => undefined),
  };
}

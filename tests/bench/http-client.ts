import { Agent, request } from 'node:http';

/** A keep-alive JSON client of one platform server on loopback, sending the Host and Origin a browser on the host page would. */
export function hostClient(port: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  return (method: string, path: string, body?: unknown, cookie = '', extra: Record<string, string> = {}) =>
    new Promise<{ status: number; cookie: string | undefined; body: any }>((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = request({
        host: '127.0.0.1', port, path, method, agent,
        headers: {
          host: `localhost:${port}`, origin: `http://localhost:${port}`,
          ...(cookie ? { cookie } : {}), ...(payload ? { 'content-type': 'application/json' } : {}), ...extra,
        },
      }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, cookie: res.headers['set-cookie']?.[0]?.split(';')[0], body: text ? JSON.parse(text) : undefined }));
      });
      req.on('error', reject);
      req.end(payload);
    });
}

/**
 * Runs `task` `total` times with `concurrency` in flight; resolves with each run's milliseconds.
 * A failed run stops the load: no new run starts, every run in flight is waited for (so nothing
 * still talks to a server being closed), then the first failure is thrown.
 */
export async function timed(total: number, concurrency: number, task: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < total && !failure) {
      const i = next++;
      const t0 = performance.now();
      try {
        await task(i);
      } catch (error) {
        failure ??= { error };
        return;
      }
      times.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (failure) throw failure.error;
  return times;
}

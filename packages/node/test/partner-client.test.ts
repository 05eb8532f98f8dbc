import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerClient, isPartnerApiError, PartnerApiError, type PartnerClientOptions } from '../src/index.js';
import { deadOrigin, sendJson, startLocalServer, type LocalServer } from './local-server.js';

type Answer = (response: import('node:http').ServerResponse) => void;

let platform: LocalServer;
let answer: Answer;

beforeAll(async () => {
  platform = await startLocalServer((_request, response) => answer(response));
});
afterAll(() => platform.close());

const client = (extra: Partial<PartnerClientOptions> = {}) =>
  createPartnerClient({ platformUrl: platform.origin, clientId: 'kitchen-sink', clientSecret: 's3cr3t:with-colon-ư', ...extra });

const app = { id: 'kitchen-sink', status: 'active', suspension: null, name: { vi: 'Bếp thử', en: 'Kitchen sink' } };

async function failure(pending: Promise<unknown>): Promise<PartnerApiError> {
  const error = await pending.then(() => undefined, (caught: unknown) => caught);
  expect(isPartnerApiError(error)).toBe(true);
  return error as PartnerApiError;
}

describe('createPartnerClient().getApp()', () => {
  it('GETs /api/partner/v1/app with HTTP Basic credentials and resolves with the app', async () => {
    answer = (response) => sendJson(response, 200, { ...app, extra: 'dropped' });
    const before = platform.requests.length;
    expect(await client().getApp()).toStrictEqual(app);
    const request = platform.requests[before];
    expect(request?.method).toBe('GET');
    expect(request?.url).toBe('/api/partner/v1/app');
    const expected = `Basic ${Buffer.from('kitchen-sink:s3cr3t:with-colon-ư', 'utf8').toString('base64')}`;
    expect(request?.headers.authorization).toBe(expected);
    expect(request?.headers.accept).toBe('application/json');
  });

  it('accepts a trailing slash on platformUrl and calls through a given fetch', async () => {
    answer = (response) => sendJson(response, 200, { ...app, status: 'suspended' });
    const seen: string[] = [];
    const recording: typeof fetch = (input, init) => {
      seen.push(String(input));
      return fetch(input, init);
    };
    expect((await client({ platformUrl: `${platform.origin}/`, fetch: recording }).getApp()).status).toBe('suspended');
    expect(seen).toEqual([`${platform.origin}/api/partner/v1/app`]);
  });

  it('rejects with the platform error code, message and status', async () => {
    for (const [status, code] of [[401, 'UNAUTHENTICATED'], [403, 'APP_SUSPENDED'], [429, 'RATE_LIMITED'], [500, 'INTERNAL']] as const) {
      answer = (response) => sendJson(response, status, { code, message: `because ${code}` });
      const error = await failure(client().getApp());
      expect(error).toBeInstanceOf(PartnerApiError);
      expect(error.toJSON()).toEqual({ status, code, message: `because ${code}` });
    }
  });

  it('rejects INVALID_RESPONSE for an error without a JSON body, and for a success of the wrong shape', async () => {
    const answers: Array<[number, string]> = [
      [502, '<html>Bad gateway</html>'],
      [404, '{"error":"nope"}'],
      [200, 'not json'],
      [200, JSON.stringify({ ...app, status: 'deleted' })],
      [200, JSON.stringify({ ...app, name: 'Kitchen sink' })],
      [200, JSON.stringify({ ...app, name: { vi: 'Bếp thử' } })],
      [200, JSON.stringify([app])],
    ];
    for (const [status, body] of answers) {
      answer = (response) => response.writeHead(status, { 'content-type': 'application/json' }).end(body);
      expect((await failure(client().getApp())).toJSON(), body).toMatchObject({ status, code: 'INVALID_RESPONSE' });
    }
  });

  it('rejects NETWORK_ERROR with status 0 when nothing listens', async () => {
    const error = await failure(createPartnerClient({ platformUrl: await deadOrigin(), clientId: 'a', clientSecret: 'b' }).getApp());
    expect(error.toJSON()).toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });

  it('does not follow a redirect, so the credentials stay with the platform', async () => {
    const elsewhere = await startLocalServer((_request, response) => sendJson(response, 200, app));
    try {
      answer = (response) => response.writeHead(307, { location: `${elsewhere.origin}/api/partner/v1/app` }).end();
      expect((await failure(client().getApp())).code).toBe('NETWORK_ERROR');
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });

  it('rejects TIMEOUT when the platform does not answer within timeoutMs', async () => {
    answer = () => undefined;
    expect((await failure(client({ timeoutMs: 50 }).getApp())).toJSON()).toMatchObject({ status: 0, code: 'TIMEOUT' });
  });

  it('never puts the client secret in an error', async () => {
    answer = (response) => sendJson(response, 401, { code: 'UNAUTHENTICATED', message: 'Unknown client' });
    const error = await failure(client().getApp());
    expect(`${JSON.stringify(error)} ${error.message} ${String(error.stack)}`).not.toContain('s3cr3t');
  });
});

describe('createPartnerClient options', () => {
  it('refuses a platformUrl that is not https, unless it is a loopback host', () => {
    for (const platformUrl of ['http://hue-s.example.vn', 'http://localhost.evil.example', 'http://127.0.0.1.evil.example', 'ftp://localhost',
      'https://hue-s.example.vn/api', 'https://hue-s.example.vn/?x=1', 'https://u:p@hue-s.example.vn', 'hue-s.example.vn', '']) {
      expect(() => client({ platformUrl }), platformUrl).toThrow(TypeError);
    }
    for (const platformUrl of ['https://hue-s.example.vn', 'http://localhost:8080', 'http://hue-s.localhost:8080', 'http://127.0.0.2:8080', 'http://[::1]:8080']) {
      expect(() => client({ platformUrl }), platformUrl).not.toThrow();
    }
  });

  it('refuses missing credentials, a colon in the client id, and a bad timeout', () => {
    for (const change of [{ clientId: '' }, { clientId: 'a:b' }, { clientSecret: '' }, { timeoutMs: 0 }, { timeoutMs: 1.5 }]) {
      expect(() => client(change), JSON.stringify(change)).toThrow(TypeError);
    }
  });
});

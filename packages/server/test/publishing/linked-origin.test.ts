import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { newVerificationToken, verifyLinkedOrigin, type LinkedOriginClaim } from '../../src/publishing/linked/index.js';

// The host's origin in these tests: a different site from the partner servers on 127.0.0.1.
const HOST = 'http://localhost:8080';
const APP_ID = 'tourism';
const WELL_KNOWN = '/.well-known/citadel-app.json';
const FRAMING = `frame-ancestors ${HOST}`;

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** A partner's origin on a real loopback server: one handler per path, and the paths it was asked for. */
interface PartnerServer {
  readonly origin: string;
  readonly asked: string[];
}

const servers: Array<ReturnType<typeof createServer>> = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
});

async function partner(routes: Readonly<Record<string, Handler>>): Promise<PartnerServer> {
  const asked: string[] = [];
  const server = createServer((request, response) => {
    asked.push(request.url ?? '');
    const handler = routes[request.url ?? ''];
    if (handler) handler(request, response);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked };
}

const json = (body: string, contentType = 'application/json'): Handler => (_request, response) => {
  response.writeHead(200, { 'content-type': contentType }).end(body);
};
const proof = (token: string, appId = APP_ID) => json(JSON.stringify({ appId, token }));
const page = (headers: Readonly<Record<string, string | string[]>>): Handler => (_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end('<!doctype html><title>Tourism</title>');
};
const never: Handler = () => {};

/** A partner that does everything right, with any route replaced. */
async function goodPartner(token: string, replace: Readonly<Record<string, Handler>> = {}) {
  return partner({ [WELL_KNOWN]: proof(token), '/': page({ 'content-security-policy': FRAMING }), ...replace });
}

const claim = (origin: string, token: string, more: Partial<LinkedOriginClaim> = {}): LinkedOriginClaim =>
  ({ appId: APP_ID, entry: `${origin}/`, token, hostOrigin: HOST, development: true, ...more });

describe('newVerificationToken', () => {
  it('is citadel-app-verify= and 32 random bytes in base64url, never the same twice', () => {
    const tokens = new Set(Array.from({ length: 50 }, newVerificationToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^citadel-app-verify=[A-Za-z0-9_-]{43}$/);
  });
});

describe('verifyLinkedOrigin: a correct origin', () => {
  it('passes, and answers the origin', async () => {
    const token = newVerificationToken();
    const server = await goodPartner(token);
    expect(await verifyLinkedOrigin(claim(server.origin, token))).toEqual({ ok: true, origin: server.origin });
    expect(server.asked).toEqual([WELL_KNOWN, '/']);
  });

  it("passes with 'self' beside the host, the host with a trailing slash, and several policies that each limit framing", async () => {
    const token = newVerificationToken();
    for (const csp of [
      `frame-ancestors 'self' ${HOST}`,
      `frame-ancestors ${HOST}/`,
      [`default-src 'self'`, `frame-ancestors ${HOST}`],
      `script-src 'self', frame-ancestors ${HOST}; object-src 'none'`,
      `FRAME-ANCESTORS ${HOST}; frame-ancestors *`, // only the first of a repeated directive counts
    ]) {
      const server = await goodPartner(token, { '/': page({ 'content-security-policy': csp }) });
      expect(await verifyLinkedOrigin(claim(server.origin, token)), String(csp)).toMatchObject({ ok: true });
    }
  });
  it("accepts the host's origin in any letter case or with its default port, and ignores 'none' beside it", async () => {
    const token = newVerificationToken();
    for (const [csp, hostOrigin] of [
      ['frame-ancestors HTTP://LocalHost:8080', HOST],
      ['frame-ancestors http://city.localhost:80', 'http://city.localhost'],
      [`frame-ancestors 'none' ${HOST}`, HOST],
    ] as const) {
      const server = await goodPartner(token, { '/': page({ 'content-security-policy': csp }) });
      expect(await verifyLinkedOrigin(claim(server.origin, token, { hostOrigin })), csp).toMatchObject({ ok: true });
    }
  });
});

describe('verifyLinkedOrigin: ownership', () => {
  it('refuses a wrong token, without naming the issued one', async () => {
    const token = newVerificationToken();
    const server = await goodPartner(newVerificationToken());
    const verdict = await verifyLinkedOrigin(claim(server.origin, token));
    expect(verdict).toMatchObject({ ok: false, code: 'TOKEN_MISMATCH', detail: { field: 'token' } });
    expect(JSON.stringify(verdict)).not.toContain(token);
    expect(server.asked).toEqual([WELL_KNOWN]);
  });

  it('refuses a proof naming another app', async () => {
    const token = newVerificationToken();
    const server = await goodPartner(token, { [WELL_KNOWN]: proof(token, 'school') });
    expect(await verifyLinkedOrigin(claim(server.origin, token))).toMatchObject({ ok: false, code: 'TOKEN_MISMATCH', detail: { field: 'appId' } });
  });

  it('refuses a missing file, saying where to serve it', async () => {
    const token = newVerificationToken();
    const server = await goodPartner(token, { [WELL_KNOWN]: (_request, response) => response.writeHead(404).end() });
    const verdict = await verifyLinkedOrigin(claim(server.origin, token));
    expect(verdict).toMatchObject({ ok: false, code: 'WELL_KNOWN_UNREACHABLE', detail: { status: 404 } });
    expect(verdict.ok === false && verdict.message).toContain(`Serve it at ${server.origin}${WELL_KNOWN}`);
  });

  it('refuses a proof not sent as application/json', async () => {
    const token = newVerificationToken();
    for (const type of ['text/plain', 'text/html; charset=utf-8', 'application/json-seq']) {
      const server = await goodPartner(token, { [WELL_KNOWN]: json(JSON.stringify({ appId: APP_ID, token }), type) });
      expect(await verifyLinkedOrigin(claim(server.origin, token)), type).toMatchObject({ ok: false, code: 'WELL_KNOWN_INVALID', detail: { contentType: type } });
    }
  });

  it('refuses a proof over 16 KiB, with or without Content-Length, though it would be correct', async () => {
    const token = newVerificationToken();
    const padded = `${JSON.stringify({ appId: APP_ID, token })}${' '.repeat(16 * 1024)}`;
    const streamed: Handler = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      for (let at = 0; at < padded.length; at += 1000) response.write(padded.slice(at, at + 1000));
      response.end();
    };
    for (const handler of [json(padded), streamed]) {
      const server = await goodPartner(token, { [WELL_KNOWN]: handler });
      expect(await verifyLinkedOrigin(claim(server.origin, token))).toMatchObject({ ok: false, code: 'WELL_KNOWN_INVALID', detail: { maxBytes: 16384 } });
    }
  });

  it('refuses JSON that is not strict, or not exactly { appId, token }', async () => {
    const token = newVerificationToken();
    for (const body of [
      `{"appId":"${APP_ID}","token":"${token}","token":"${token}"}`,
      JSON.stringify({ appId: APP_ID, token, extra: 1 }),
      JSON.stringify([{ appId: APP_ID, token }]),
      `{"appId":"${APP_ID}","token":"${token}",}`,
      'not json',
    ]) {
      const server = await goodPartner(token, { [WELL_KNOWN]: json(body) });
      expect(await verifyLinkedOrigin(claim(server.origin, token)), body).toMatchObject({ ok: false, code: 'WELL_KNOWN_INVALID' });
    }
  });

  it('does not follow a redirect to a proof elsewhere', async () => {
    const token = newVerificationToken();
    const elsewhere = await goodPartner(token);
    const server = await goodPartner(token, {
      [WELL_KNOWN]: (_request, response) => response.writeHead(302, { location: `${elsewhere.origin}${WELL_KNOWN}` }).end(),
    });
    const verdict = await verifyLinkedOrigin(claim(server.origin, token));
    expect(verdict).toMatchObject({ ok: false, code: 'WELL_KNOWN_UNREACHABLE', detail: { status: 302 } });
    expect(verdict.ok === false && verdict.message).toContain('follows no redirects');
    expect(elsewhere.asked).toEqual([]);
  });

  it('gives up on a server that does not answer, or stops in the middle of the body, within the timeout', async () => {
    const token = newVerificationToken();
    const stalled: Handler = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"appId":');
    };
    for (const handler of [never, stalled]) {
      const server = await goodPartner(token, { [WELL_KNOWN]: handler });
      const started = Date.now();
      const verdict = await verifyLinkedOrigin(claim(server.origin, token), { timeoutMs: 300 });
      expect(verdict).toMatchObject({ ok: false, code: 'WELL_KNOWN_UNREACHABLE', detail: { failure: 'TIMEOUT' } });
      expect(Date.now() - started).toBeLessThan(3000);
    }
  });
});

describe('verifyLinkedOrigin: framing', () => {
  const refusedWith = async (headers: Readonly<Record<string, string | string[]>>) => {
    const token = newVerificationToken();
    const server = await goodPartner(token, { '/': page(headers) });
    return verifyLinkedOrigin(claim(server.origin, token));
  };

  it('refuses an entry page without frame-ancestors, saying which header to send', async () => {
    for (const headers of [
      {},
      { 'content-security-policy': "default-src 'self'" },
      { 'x-frame-options': 'DENY' },
      { 'content-security-policy-report-only': FRAMING },
    ]) {
      const verdict = await refusedWith(headers);
      expect(verdict, JSON.stringify(headers)).toMatchObject({ ok: false, code: 'FRAMING_NOT_LIMITED' });
      expect(verdict.ok === false && verdict.message).toContain(`Content-Security-Policy: frame-ancestors ${HOST}`);
    }
  });

  it('refuses frame-ancestors *', async () => {
    expect(await refusedWith({ 'content-security-policy': 'frame-ancestors *' })).toMatchObject({ ok: false, code: 'FRAMING_NOT_LIMITED' });
  });

  it('refuses frame-ancestors that lets another origin frame the app too, in any policy', async () => {
    for (const csp of [
      `frame-ancestors ${HOST} https://evil.example`,
      `frame-ancestors ${HOST} https:`,
      `frame-ancestors ${HOST} http://*.localhost:8080`,
      `frame-ancestors ${HOST} localhost:8080`,
      `frame-ancestors ${HOST}/app`,
      [FRAMING, 'frame-ancestors https://evil.example'],
      `${FRAMING}, frame-ancestors ${HOST} https://evil.example`,
    ]) {
      expect(await refusedWith({ 'content-security-policy': csp }), String(csp)).toMatchObject({ ok: false, code: 'FRAMING_NOT_LIMITED' });
    }
  });

  it('refuses frame-ancestors that does not let the host frame the app', async () => {
    for (const csp of ["frame-ancestors 'self'", "frame-ancestors 'none'", 'frame-ancestors', 'frame-ancestors http://localhost:8081']) {
      expect(await refusedWith({ 'content-security-policy': csp }), csp).toMatchObject({ ok: false, code: 'FRAMING_NOT_LIMITED' });
    }
  });

  it('refuses an entry page that redirects, does not answer or is missing', async () => {
    const token = newVerificationToken();
    for (const [handler, detail] of [
      [(_request: IncomingMessage, response: ServerResponse) => response.writeHead(302, { location: 'https://evil.example/' }).end(), { status: 302 }],
      [never, { failure: 'TIMEOUT' }],
      [(_request: IncomingMessage, response: ServerResponse) => response.writeHead(500).end(), { status: 500 }],
    ] as const) {
      const server = await goodPartner(token, { '/': handler });
      expect(await verifyLinkedOrigin(claim(server.origin, token), { timeoutMs: 300 })).toMatchObject({ ok: false, code: 'ENTRY_UNREACHABLE', detail });
    }
  });
});

describe('verifyLinkedOrigin: network safety', () => {
  it('refuses plain http outside loopback, and loopback itself outside development, without a request', async () => {
    const token = newVerificationToken();
    const server = await goodPartner(token);
    for (const entry of ['http://tourism.example.vn/', `${server.origin}/`, 'http://localhost:9999/']) {
      // Refused by the URL policy itself (detail.reason), not only later by the address check.
      expect(await verifyLinkedOrigin(claim(server.origin, token, { entry, development: false })), entry)
        .toMatchObject({ ok: false, code: 'ORIGIN_NOT_ALLOWED', detail: { reason: expect.any(String) } });
    }
    expect(server.asked).toEqual([]);
  });

  it('refuses private, link-local and reserved addresses, in development too', async () => {
    const token = newVerificationToken();
    for (const entry of ['https://10.0.0.1/', 'https://192.168.1.10/', 'https://169.254.169.254/', 'https://[fd00::1]/', 'https://[::ffff:10.0.0.1]/', 'http://10.0.0.1/']) {
      for (const development of [false, true]) {
        expect(await verifyLinkedOrigin(claim('', token, { entry, development })), entry).toMatchObject({ ok: false, code: 'ORIGIN_NOT_ALLOWED' });
      }
    }
  });

  it('refuses a name that resolves to a private address, checked on every address it has', async () => {
    const token = newVerificationToken();
    for (const addresses of [['10.0.0.5'], ['8.8.8.8', '192.168.0.7']]) {
      const resolve = async () => addresses.map((address) => ({ address, family: 4 }));
      const verdict = await verifyLinkedOrigin(claim('', token, { entry: 'https://tourism.partner.example/', development: false }), { resolve, timeoutMs: 1000 });
      expect(verdict, addresses.join()).toMatchObject({ ok: false, code: 'ORIGIN_NOT_ALLOWED', detail: { host: 'tourism.partner.example' } });
    }
  });

  it("refuses an origin on the host's own site", async () => {
    const token = newVerificationToken();
    const server = await goodPartner(token);
    const port = new URL(server.origin).port;
    for (const [entry, hostOrigin] of [[`http://localhost:${port}/`, HOST], [`http://tourism.apps.localhost:${port}/`, 'http://apps.localhost:8080']] as const) {
      expect(await verifyLinkedOrigin(claim(server.origin, token, { entry, hostOrigin })), entry).toMatchObject({ ok: false, code: 'ORIGIN_NOT_ALLOWED' });
    }
    expect(server.asked).toEqual([]);
  });

  it('rejects a host origin that is not a serialised origin', async () => {
    await expect(verifyLinkedOrigin(claim('http://127.0.0.1:1', 'x', { hostOrigin: 'http://localhost:8080/' }))).rejects.toThrow(TypeError);
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { apiRoutes } from '@citadel/protocol/api';
import { createPlatformServer, migrate, openPglite } from '../src/index.js';

const database = await openPglite();
await migrate(database);
afterAll(() => database.close());
const hostDir = mkdtempSync(join(tmpdir(), 'citadel-openapi-'));
mkdirSync(hostDir, { recursive: true });
writeFileSync(join(hostDir, 'index.html'), '<!doctype html>');
const server = await createPlatformServer({ hostDir, database, port: 8080, deliverWebhooks: false, deliverPushes: false });
const get = async (path: string) => {
  const host = path.startsWith('/api/developer/') ? 'console.localhost:8080' : 'localhost:8080';
  const response = await server.app.request(`http://x${path}`, { headers: { host } });
  return { status: response.status, body: await response.json() as Record<string, any> };
};

describe.each([
  ['/api/partner/v1/openapi.json', 'http://localhost:8080/api/partner/v1', 11],
  // The developer API and its document answer on the console's origin only.
  ['/api/developer/v1/openapi.json', 'http://console.localhost:8080/api/developer/v1', Object.values(apiRoutes).filter((r) => r.audience === 'developer').length],
  ['/api/openapi.json', 'http://localhost:8080/api', Object.values(apiRoutes).filter((r) => r.audience !== 'partner' && r.audience !== 'developer').length],
])('%s', (path, serverUrl, operations) => {
  it('is a valid OpenAPI 3.1 document, served without credentials', async () => {
    const { status, body } = await get(path);
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(body.servers).toEqual([{ url: serverUrl }]);
    // The parser validates against the OpenAPI 3.1 schema and resolves every $ref; it mutates, so it gets a copy.
    await expect(SwaggerParser.validate(structuredClone(body) as never)).resolves.toBeTruthy();
    const count = Object.values(body.paths as Record<string, object>).reduce((n, item) => n + Object.keys(item).length, 0);
    expect(count).toBe(operations);
  });
});

describe('the partner document', () => {
  it('documents the idempotency key, the body and the error answer of a money call', async () => {
    const { body } = await get('/api/partner/v1/openapi.json');
    const create = body.paths['/orders'].post;
    expect(create.parameters).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }));
    expect(create.requestBody.content['application/json'].schema.required).toEqual(['amount', 'description', 'reference']);
    expect(Object.keys(create.responses)).toEqual(['200', '201', 'default']);
    expect(body.paths['/orders/{id}'].get.parameters).toContainEqual(expect.objectContaining({ name: 'id', in: 'path', required: true }));
    expect(Object.keys(body.paths).some((p) => p.startsWith('/wallet'))).toBe(false);
  });

  it('is refused by the parser once broken, so the validation above can fail', async () => {
    const { body } = await get('/api/partner/v1/openapi.json');
    body.paths['/orders'].post.responses = 'none';
    await expect(SwaggerParser.validate(body as never)).rejects.toThrow();
  });
});

describe('the citizen document', () => {
  it('documents the live stream as text/event-stream with each event\'s data schema and Last-Event-ID', async () => {
    const { body } = await get('/api/openapi.json');
    const events = body.paths['/me/events'].get;
    expect(Object.keys(events.responses['200'].content)).toEqual(['text/event-stream']);
    expect(Object.keys(events.responses['200']['x-events'])).toEqual(['ready', 'notification', 'alert', 'end']);
    expect(events.responses['200']['x-events'].alert.required).toContain('severity');
    expect(events.parameters).toContainEqual(expect.objectContaining({ name: 'Last-Event-ID', in: 'header', required: false }));
  });
});

describe('answers match the route table', () => {
  it('for the public catalogue and the health check', async () => {
    expect(apiRoutes.health.responses[200].parse((await get('/api/health')).body)).toEqual({ ok: true });
    expect(apiRoutes.apps.responses[200].safeParse((await get('/api/apps')).body).success).toBe(true);
  });
});

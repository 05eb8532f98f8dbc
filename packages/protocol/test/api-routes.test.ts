import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  apiRoutes, CreateOrderBody, ErrorBody, InboxAnswer, InboxEntry, PartnerOrder, PastDay, routePath, SendAnswer, type ApiRoute,
} from '../src/api/index.js';

const routes: ReadonlyArray<[string, ApiRoute]> = Object.entries(apiRoutes);

describe('the HTTP route table', () => {
  it('names each method and path once', () => {
    const keys = routes.map(([, r]) => `${r.method} ${routePath(r)}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(routes.length).toBeGreaterThanOrEqual(50);
  });

  it('declares a path schema exactly for the routes with path parameters, naming each parameter', () => {
    for (const [name, route] of routes) {
      const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
      expect(Object.keys(route.params?._zod.def.shape ?? {}), name).toEqual(names);
    }
  });

  it('gives every route a success answer, and every schema a JSON Schema', () => {
    for (const [name, route] of routes) {
      // A stream route answers 200 with its events (`text/event-stream`) instead of JSON.
      const statuses = [...Object.keys(route.responses).map(Number), ...(route.eventStream ? [200] : [])];
      expect(statuses.length, name).toBeGreaterThan(0);
      expect(statuses.every((s) => s >= 200 && s < 300), name).toBe(true);
      for (const schema of [route.body, route.query, route.params]) if (schema) expect(() => z.toJSONSchema(schema, { io: 'input' }), name).not.toThrow();
      for (const schema of Object.values(route.responses)) if (schema) expect(() => z.toJSONSchema(schema, { io: 'output' }), name).not.toThrow();
      const events = route.eventStream ?? {};
      for (const schema of Object.values(events)) expect(() => z.toJSONSchema(schema, { io: 'output' }), name).not.toThrow();
    }
  });
});

describe('the answers', () => {
  it('keep the inbox item\'s state and refuse a timestamp that is not ISO', () => {
    const item = {
      kind: 'notification', id: 'ntf_1234567890', appId: 'demo-app', appName: { vi: 'A', en: 'A' }, appIcon: null, topic: null,
      topicName: null, title: 't', body: 'b', en: null, path: '/', state: 'queued', at: '2025-01-01T00:00:00.000Z', readAt: null,
    };
    expect(InboxEntry.parse(item)).toEqual(item);
    expect(InboxEntry.safeParse({ ...item, state: undefined }).success).toBe(false);
    expect(InboxEntry.safeParse({ ...item, at: 1735689600000 }).success).toBe(false);
  });

  it('tell a muted send from a stored one', () => {
    expect(SendAnswer.parse({ muted: true, notification: null })).toEqual({ muted: true, notification: null });
    expect(SendAnswer.safeParse({ muted: false, notification: null }).success).toBe(false);
  });

  it('read an order with its payment, and an error body with extra members', () => {
    const order = {
      id: 'ord_x', amount: 1000, currency: 'VND', description: 'd', reference: 'r', metadata: {}, status: 'paid',
      expiresAt: '2025-01-01T00:15:00.000Z', createdAt: '2025-01-01T00:00:00.000Z', paidAt: '2025-01-01T00:01:00.000Z',
      payment: { id: 'pay_x', amount: 1000, refunded: 0, createdAt: '2025-01-01T00:01:00.000Z' },
    };
    expect(PartnerOrder.parse(order)).toEqual(order);
    expect(ErrorBody.parse({ code: 'REFUND_EXCEEDS_PAYMENT', message: 'm', refundable: 5 }).refundable).toBe(5);
    expect(ErrorBody.safeParse({ code: 'NO_SUCH_CODE', message: 'm' }).success).toBe(false);
  });
});

describe('the package', () => {
  it('keeps the API contracts out of the root entry the SDK bundles', () => {
    const root = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8');
    expect(root).not.toMatch(/from '\.\/api/);
  });
});

describe('field rules the database relies on', () => {
  it('takes only real past days from 1900 on: 2000-02-31 is not rolled over to March', () => {
    for (const day of ['2000-02-29', '1990-12-31', '1900-01-01']) expect(PastDay.safeParse(day).success, day).toBe(true);
    for (const day of ['2000-02-31', '2001-02-29', '1990-13-01', '1990-00-10', '0000-01-01', '1899-12-31', '2999-01-01', '2000-1-1']) {
      expect(PastDay.safeParse(day).success, day).toBe(false);
    }
  });

  // `__proto__` never reaches a schema: the server refuses it while reading the JSON (server tests).
  it('refuses order metadata keyed constructor or prototype', () => {
    const order = { amount: 1000, description: 'Vé', reference: 'r-1' };
    expect(CreateOrderBody.safeParse({ ...order, metadata: { seat: 'A1' } }).success).toBe(true);
    for (const key of ['constructor', 'prototype']) {
      expect(CreateOrderBody.safeParse({ ...order, metadata: JSON.parse(`{"${key}":"x"}`) }).success, key).toBe(false);
    }
  });
});

describe('the inbox answer, read by a host older than the server', () => {
  it('reads an entry of a kind it does not know as null and keeps the others', () => {
    const notification = {
      kind: 'notification', id: 'n-1', appId: 'reports', appName: { vi: 'Phản ánh', en: 'Reports' }, appIcon: null, topic: 'status', topicName: null,
      title: 'Đã tiếp nhận', body: 'Mã HUE-1', en: null, path: '/reports/HUE-1', state: 'pushed', at: '2026-12-04T10:00:00.000Z', readAt: null,
    };
    expect(InboxEntry.safeParse(notification).success).toBe(true);
    const page = InboxAnswer.parse({ entries: [notification, { kind: 'survey', id: 's-1' }], next: null });
    expect(page.entries).toEqual([notification, null]);
  });
});

import { Hono } from 'hono';
import type { SentSms } from '../sms/development-sms.js';
import type { PlatformEnv } from './env.js';

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * Development only (`createPlatformServer` mounts it only when not in production and with the development SMS
 * sender): `GET /api/dev/sms`, the last texts the development sender "sent", newest first, so a developer can read
 * a code without a phone. Each item carries `data-to` and `data-code` for scripts.
 */
export function devSmsPage(recent: () => readonly SentSms[]) {
  const page = new Hono<PlatformEnv>();
  page.get('/dev/sms', (c) => {
    c.header('Cache-Control', 'no-store');
    const items = recent().map((m) =>
      `<li data-to="${escape(m.to)}" data-code="${escape(/\b(\d{6})\b/.exec(m.text)?.[1] ?? '')}"><time>${escape(m.at)}</time> <b>${escape(m.to)}</b>: ${escape(m.text)}</li>`);
    return c.html(`<!doctype html><meta charset="utf-8"><title>SMS (development)</title><h1>SMS sent (development only)</h1><ol>${items.join('')}</ol>`);
  });
  return page;
}

import { describe, expect, it } from 'vitest';
import { isKeptAnswer, isStaleAnswer } from '../../host/src/offline/cached-api.js';

// Which of the platform's answers the host's service worker keeps for offline reading (docs/architecture.md, "Offline").
describe('the answers the host keeps for offline', () => {
  it('keeps what the home, account, inbox, alerts and wallet screens read', () => {
    for (const path of ['/api/apps', '/api/me', '/api/me/alerts', '/api/me/wards', '/api/me/location', '/api/inbox', '/api/inbox/unread',
      '/api/wallet', '/api/wallet/history', '/api/alerts', '/api/alerts/al_123', '/api/city']) {
      expect(isKeptAnswer(path), path).toBe(true);
    }
  });

  it('never keeps the live stream, the launch check, another route or a look-alike path', () => {
    for (const path of ['/api/me/events', '/api/apps/reporting/launch', '/api/me/pin', '/api/sessions', '/api/consents', '/api/payments/p1',
      '/api/apps/', '/api/me/alerts/x', '/api/wallet/topups', '/api/alerts/a/b', '/apps', '/api/inbox/1/read']) {
      expect(isKeptAnswer(path), path).toBe(false);
    }
  });

  it('reads only a well-formed stale-answer message from the worker', () => {
    expect(isStaleAnswer({ type: 'citadel-stale-answer', path: '/api/me', sentAt: 'Sat, 05 Dec 2026 07:31:00 GMT', servedAt: 1 })).toBe(true);
    expect(isStaleAnswer({ type: 'citadel-stale-answer', path: '/api/me', sentAt: null })).toBe(false);
    expect(isStaleAnswer({ type: 'SKIP_WAITING' })).toBe(false);
    expect(isStaleAnswer(null)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../src/rate-limiter.js';

describe('createRateLimiter', () => {
  it('allows the limit per window, then answers RATE_LIMITED with the limit and retry time', () => {
    let now = 1000;
    const limiter = createRateLimiter(3, 1000, () => now);
    for (let i = 0; i < 3; i++) limiter.take();
    now = 1400;
    expect(() => limiter.take()).toThrowError(expect.objectContaining({ code: 'RATE_LIMITED', data: { limit: 3, windowMs: 1000, retryAfterMs: 600 } }));
    now = 2000;
    expect(() => limiter.take()).not.toThrow();
  });

  it('ends the session after the limit was passed in 3 windows in a row, naming the reason and the limit', () => {
    let now = 0;
    const limiter = createRateLimiter(2, 100, () => now, 3);
    const flood = () => { for (let i = 0; i < 2; i++) limiter.take(); expect(() => limiter.take()).toThrowError(expect.objectContaining({ code: 'RATE_LIMITED' })); };
    flood();
    now = 100;
    flood();
    now = 250;
    for (let i = 0; i < 2; i++) limiter.take();
    expect(() => limiter.take()).toThrowError(expect.objectContaining({
      code: 'SESSION_CLOSED', data: { reason: 'rate-abuse', limit: 2, windowMs: 100, windows: 3 },
    }));
  });

  it('starts counting again after a window within the limit or an idle window', () => {
    let now = 0;
    const limiter = createRateLimiter(2, 100, () => now, 3);
    const over = () => { for (let i = 0; i < 2; i++) limiter.take(); expect(() => limiter.take()).toThrowError(expect.objectContaining({ code: 'RATE_LIMITED' })); };
    over();
    now = 100;
    over();
    now = 200;
    limiter.take(); // a window within the limit breaks the run
    now = 300;
    over();
    now = 400;
    over();
    now = 600; // the window from 500 went by without a call
    over();
    now = 700;
    over();
    now = 800;
    for (let i = 0; i < 2; i++) limiter.take();
    expect(() => limiter.take()).toThrowError(expect.objectContaining({ code: 'SESSION_CLOSED' }));
  });
});

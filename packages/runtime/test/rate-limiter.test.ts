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
});

import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../src/lib/submission/rate-limit.ts';

describe('createRateLimiter', () => {
  it('allows `limit` attempts per window, then refuses until the oldest leaves the window', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000 });
    expect(limiter.allow('a', 0)).toBe(true);
    expect(limiter.allow('a', 100)).toBe(true);
    expect(limiter.allow('a', 200)).toBe(false);
    expect(limiter.allow('b', 200)).toBe(true);
    expect(limiter.allow('a', 999)).toBe(false);
    expect(limiter.allow('a', 1000)).toBe(true);
    expect(limiter.allow('a', 1050)).toBe(false);
  });

  it('forgets the oldest clients beyond its bound, so memory stays bounded', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, maxClients: 2 });
    expect(limiter.allow('a', 0)).toBe(true);
    expect(limiter.allow('b', 0)).toBe(true);
    expect(limiter.allow('c', 0)).toBe(true);
    // "a" was forgotten; "c" is still counted.
    expect(limiter.allow('a', 1)).toBe(true);
    expect(limiter.allow('c', 1)).toBe(false);
  });
});

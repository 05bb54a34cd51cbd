/**
 * A sliding-window rate limit per client: at most `limit` submissions in `windowMs`. Kept in memory:
 * under `npm start` that is the one server process; on Cloudflare Pages each isolate keeps its own
 * count, so the host's rate-limiting rule is the real bound there (see README).
 */
export interface RateLimiter {
  /** Records an attempt; false when the client is over the limit (the attempt is then not counted). */
  allow(client: string, now?: number): boolean;
}

export function createRateLimiter({
  limit,
  windowMs,
  maxClients = 10_000,
}: {
  limit: number;
  windowMs: number;
  maxClients?: number;
}): RateLimiter {
  const seen = new Map<string, number[]>();
  return {
    allow(client, now = Date.now()) {
      const recent = (seen.get(client) ?? []).filter((t) => now - t < windowMs);
      if (recent.length >= limit) {
        seen.set(client, recent);
        return false;
      }
      recent.push(now);
      // Refresh the client's place in the map, and forget the oldest clients beyond the bound.
      seen.delete(client);
      seen.set(client, recent);
      if (seen.size > maxClients) seen.delete(seen.keys().next().value!);
      return true;
    },
  };
}

/** Five submissions per client per ten minutes: enough for a person correcting a form, not for a script. */
export const DEFAULT_RATE_LIMIT = { limit: 5, windowMs: 10 * 60 * 1000 };

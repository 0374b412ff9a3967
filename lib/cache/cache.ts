import "server-only";
import { logger } from "../logger";
import { type CacheStore, cacheStore } from "./store";

// A read-through cache with tag invalidation. Each tag has a version counter; an entry remembers the versions of its
// tags when it was computed, and a read whose tags have moved on since is a miss. Invalidating a tag is one counter
// increment, whatever the number of entries that depend on it. Concurrent misses of one key compute it once
// (single flight, per process). A cache outage never fails a read: it falls through to the computation.

export interface CacheOptions {
  ttlSeconds: number;
  tags: string[];
}

const tagKey = (tag: string) => `tag:${tag}`;
const inFlight = new Map<string, Promise<unknown>>();

export async function cached<T>(key: string, options: CacheOptions, compute: () => Promise<T>, store: CacheStore = cacheStore()): Promise<T> {
  let versions: number[] = [];
  try {
    versions = await store.counters(options.tags.map(tagKey));
    const raw = await store.get(key);
    if (raw) {
      const entry = JSON.parse(raw) as { v: number[]; value: T };
      if (entry.v.length === versions.length && entry.v.every((n, i) => n === versions[i])) return entry.value;
    }
  } catch (error) {
    logger.warn({ err: error, key }, "cache read failed; computing");
    return compute();
  }
  const flightKey = `${key}@${versions.join(".")}`;
  const running = inFlight.get(flightKey) as Promise<T> | undefined;
  if (running) return running;
  const promise = (async () => {
    const value = await compute();
    await store.set(key, JSON.stringify({ v: versions, value }), options.ttlSeconds).catch((error) => logger.warn({ err: error, key }, "cache write failed"));
    return value;
  })().finally(() => inFlight.delete(flightKey));
  inFlight.set(flightKey, promise);
  return promise;
}

/** Makes every entry tagged with one of `tags` stale. Call it after the change commits. */
export async function invalidateTags(tags: string[], store: CacheStore = cacheStore()) {
  await store.increment(tags.map(tagKey)).catch((error) => logger.error({ err: error, tags }, "cache invalidation failed"));
}

/** Tags of the cached figures that depend on bookings and money (admin analytics). */
export const ANALYTICS_TAG = "analytics";

/** After a commit that moved money or changed a booking: analytics are recomputed on the next read. */
export function analyticsChanged() {
  void invalidateTags([ANALYTICS_TAG]);
}

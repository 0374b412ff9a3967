import "server-only";
import { logger } from "../logger";
import { decode, encode } from "./codec";
import { type CacheStore, cacheStore } from "./store";

// A read-through cache with tag invalidation. Each tag has a version counter; an entry remembers the versions of its
// tags read BEFORE it was computed, so a write that commits while the value is being computed makes it a miss on the
// next read (never a stale hit). Invalidating a tag is one counter increment, whatever the number of entries that
// depend on it. Concurrent misses of one key compute it once per process (single flight). A cache outage never fails
// a read: it falls through to the computation.
//
// Staleness bound: writers await invalidateTags after their commit and before they respond. If the increment fails
// (store unreachable), this process stops trusting those tags (reads bypass the cache) and retries the increment in
// the background until it lands; other processes may serve the old entry until its TTL ends, so every entry's TTL is
// also the worst case for a lost invalidation (see lib/cache/entries.ts).

export interface CacheOptions {
  ttlSeconds: number;
  tags: string[];
}

const tagKey = (tag: string) => `tag:${tag}`;
const inFlight = new Map<string, Promise<unknown>>();

/** Tags whose invalidation failed in this process, with when to stop distrusting them (the longest TTL). */
const suspect = new Map<string, number>();
const SUSPECT_MS = 60 * 60 * 1000;

function isSuspect(tags: string[]) {
  const now = Date.now();
  return tags.some((t) => {
    const until = suspect.get(t);
    if (until === undefined) return false;
    if (until > now) return true;
    suspect.delete(t);
    return false;
  });
}

export async function cached<T>(
  key: string,
  options: CacheOptions,
  compute: () => Promise<T>,
  store: CacheStore = cacheStore(),
): Promise<T> {
  if (isSuspect(options.tags)) return compute();
  let versions: number[] = [];
  try {
    versions = await store.counters(options.tags.map(tagKey));
    const raw = await store.get(key);
    if (raw) {
      const entry = decode<{ v: number[]; value: T }>(raw);
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
    try {
      await store.set(key, encode({ v: versions, value }), options.ttlSeconds);
    } catch (error) {
      logger.warn({ err: error, key }, "cache write failed");
    }
    return value;
  })().finally(() => inFlight.delete(flightKey));
  inFlight.set(flightKey, promise);
  return promise;
}

/**
 * Makes every entry tagged with one of `tags` stale. Await it after the change commits and before responding. Never
 * throws: the write has committed, so a cache failure must not turn it into an error (see the staleness bound above).
 * The increment is issued synchronously, so a memory store is invalidated even by a caller that does not await.
 */
export async function invalidateTags(tags: string[], store: CacheStore = cacheStore()): Promise<boolean> {
  if (tags.length === 0) return true;
  try {
    await store.increment(tags.map(tagKey));
    return true;
  } catch (error) {
    logger.error({ err: error, tags }, "cache invalidation failed; bypassing these tags here and retrying");
    const until = Date.now() + SUSPECT_MS;
    for (const t of tags) suspect.set(t, until);
    retryInBackground(tags, store, until);
    return false;
  }
}

function retryInBackground(tags: string[], store: CacheStore, until: number, delayMs = 1_000) {
  const timer = setTimeout(() => {
    store.increment(tags.map(tagKey)).then(
      () => {
        for (const t of tags) if (suspect.get(t) === until) suspect.delete(t);
        logger.info({ tags }, "cache invalidation retried successfully");
      },
      () => {
        // past the longest TTL every entry that could be stale has expired anyway
        if (Date.now() + delayMs < until) retryInBackground(tags, store, until, Math.min(delayMs * 2, 60_000));
      },
    );
  }, delayMs);
  timer.unref?.();
}

/** Tags of the cached figures that depend on bookings and money (admin analytics). */
export const ANALYTICS_TAG = "analytics";

/** After a commit that moved money or changed a booking: analytics are recomputed on the next read. */
export function analyticsChanged() {
  return invalidateTags([ANALYTICS_TAG]);
}

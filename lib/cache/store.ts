import "server-only";
import { Redis } from "@upstash/redis";
import { env } from "../env";

/** The few operations the cache needs; Upstash Redis in production, process memory when it is not configured. */
export interface CacheStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** current values of counters (missing = 0) */
  counters(keys: string[]): Promise<number[]>;
  increment(keys: string[]): Promise<void>;
}

export class MemoryStore implements CacheStore {
  private values = new Map<string, { value: string; expiresAt: number }>();
  private counts = new Map<string, number>();

  async get(key: string) {
    const hit = this.values.get(key);
    if (!hit) return null;
    if (hit.expiresAt <= Date.now()) {
      this.values.delete(key);
      return null;
    }
    return hit.value;
  }

  async set(key: string, value: string, ttlSeconds: number) {
    this.values.set(key, { value, expiresAt: Date.now() + ttlSeconds * 1000 });
    // keep memory bounded: drop expired entries now and then
    if (this.values.size > 5_000)
      for (const [k, v] of this.values) if (v.expiresAt <= Date.now()) this.values.delete(k);
  }

  async counters(keys: string[]) {
    return keys.map((k) => this.counts.get(k) ?? 0);
  }

  async increment(keys: string[]) {
    for (const k of keys) this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }
}

export class UpstashStore implements CacheStore {
  constructor(private readonly redis: Redis) {}

  get(key: string) {
    return this.redis.get<string>(key);
  }

  async set(key: string, value: string, ttlSeconds: number) {
    await this.redis.set(key, value, { ex: ttlSeconds });
  }

  async counters(keys: string[]) {
    if (keys.length === 0) return [];
    const values = await this.redis.mget<(number | string | null)[]>(...keys);
    return values.map((v) => Number(v ?? 0));
  }

  async increment(keys: string[]) {
    if (keys.length === 0) return;
    const pipeline = this.redis.pipeline();
    for (const k of keys) pipeline.incr(k);
    await pipeline.exec();
  }
}

// on globalThis: Next.js bundles route handlers and pages separately, and a write in one must invalidate the other
const shared = globalThis as unknown as { travellrCacheStore?: CacheStore };

/** Replaces the process's store (tests run the same cases on memory and on Upstash); undefined goes back to the default. */
export function setCacheStore(store: CacheStore | undefined) {
  shared.travellrCacheStore = store;
}

/** Upstash when UPSTASH_REDIS_REST_URL/TOKEN are set, otherwise this process's memory. */
export function cacheStore(): CacheStore {
  if (shared.travellrCacheStore) return shared.travellrCacheStore;
  const e = env();
  shared.travellrCacheStore =
    e.UPSTASH_REDIS_REST_URL && e.UPSTASH_REDIS_REST_TOKEN
      ? new UpstashStore(
          new Redis({
            url: e.UPSTASH_REDIS_REST_URL,
            token: e.UPSTASH_REDIS_REST_TOKEN,
            automaticDeserialization: false,
          }),
        )
      : new MemoryStore();
  return shared.travellrCacheStore;
}

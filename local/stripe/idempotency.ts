// Idempotency keys with Stripe's semantics (https://docs.stripe.com/api/idempotent_requests): a POST's result is kept
// for 24 h under its key; the same key with the same endpoint and parameters replays it (status and body) without
// doing the work again, and the same key with anything else is an `idempotency_error`. Request handlers run
// synchronously from the key check to storing the result, so two concurrent requests with one key cannot both work.
import { idempotencyError, paramError } from "./errors";
import type { Store } from "./store";
import type { IdempotencyEntry } from "./types";

const TTL_MS = 24 * 60 * 60 * 1000;
// the SDK sends a fresh key with every POST; bound the store so a long dev session does not grow it forever
const MAX_ENTRIES = 5000;

export type Lookup = { replay: IdempotencyEntry } | { replay: undefined };

// pruning lists every key: done every PRUNE_EVERY saves, so the store may exceed MAX_ENTRIES by that many
const PRUNE_EVERY = 100;

export class IdempotencyKeys {
  private savedSincePrune = 0;

  constructor(private readonly store: Store) {}

  private get entries() {
    return this.store.state.idempotency;
  }

  lookup(key: string, method: string, path: string, fingerprint: string): Lookup {
    if (key.length > 255)
      throw paramError("Idempotency keys can be no longer than 255 characters.", { param: "Idempotency-Key" });
    const entry = Object.hasOwn(this.entries, key) ? this.entries[key] : undefined;
    if (!entry || Date.now() - entry.createdAt > TTL_MS) return { replay: undefined };
    if (entry.method !== method || entry.path !== path) {
      throw idempotencyError(
        `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${entry.method} ${entry.path}' vs '${method} ${path}'). Try using a key other than '${key}' if you meant to execute a different request.`,
      );
    }
    if (entry.fingerprint !== fingerprint) {
      throw idempotencyError(
        `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
      );
    }
    return { replay: entry };
  }

  save(key: string, entry: IdempotencyEntry) {
    // re-inserted, not overwritten, so key order stays creation order for prune()
    delete this.entries[key];
    this.entries[key] = entry;
    if (++this.savedSincePrune >= PRUNE_EVERY) this.prune();
  }

  private prune() {
    this.savedSincePrune = 0;
    const keys = Object.keys(this.entries);
    const now = Date.now();
    let excess = keys.length - MAX_ENTRIES;
    // insertion order is creation order, so the oldest come first
    for (const key of keys) {
      if (excess > 0 || now - this.entries[key].createdAt > TTL_MS) {
        delete this.entries[key];
        excess--;
      } else break;
    }
  }
}

// Stripe-looking identifiers and timestamps.
import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

// random bytes drawn 4 KB at a time: one call of randomBytes per id cost more than the rest of creating it
let pool = Buffer.alloc(0);
let used = 0;

/** A random base62 string; the modulo bias of 256 % 62 is irrelevant for ids that only need to be unique. */
export function randomToken(length: number): string {
  if (used + length > pool.length) {
    pool = randomBytes(Math.max(4096, length));
    used = 0;
  }
  let out = "";
  for (let i = used; i < used + length; i++) out += ALPHABET[pool[i] % ALPHABET.length];
  used += length;
  return out;
}

/** `pi_3Q...`: Stripe ids are a type prefix and 24 random characters. */
export function newId(prefix: string, length = 24): string {
  return `${prefix}_${randomToken(length)}`;
}

/** Stripe timestamps are unix seconds. */
export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

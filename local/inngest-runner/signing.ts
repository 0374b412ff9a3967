// The runner authenticates to the app exactly as Inngest Cloud does, so the app's SDK runs in cloud mode and refuses
// anyone else. What the SDK (v4, components/InngestCommHandler + helpers/net + helpers/strings) checks:
// - every request to serve() carries `X-Inngest-Signature: t=<unix seconds>&s=<hex HMAC-SHA256>`, keyed with the
//   signing key minus its `signkey-<env>-` prefix (the hex text itself, not its bytes), over the canonical JSON of
//   the parsed body (keys sorted, RFC 8785; "" for a GET) followed by the timestamp; older than 5 minutes is refused;
// - responses are signed the same way, over the response body as sent;
// - when the SDK registers out of band it sends `Authorization: Bearer <prefix><sha256 of the key's hex bytes>`.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const PREFIX = /^signkey-\w+-/;
const MAX_AGE_MS = 5 * 60_000;

export const newSigningKey = () => `signkey-test-${randomBytes(32).toString("hex")}`;
export const newEventKey = () => randomBytes(32).toString("hex");

/** The SDK hashes the key's hex digits as bytes, so anything but `signkey-<env>-<even number of hex digits>` breaks it. */
export function assertSigningKey(key: string) {
  if (!/^signkey-\w+-(?:[0-9a-f]{2})+$/.test(key))
    throw new Error("the Inngest signing key must look like signkey-<env>-<hex>");
}

/** JSON with object keys sorted, as the SDK's `canonicalize` re-serializes the parsed body before checking it. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object" || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    return JSON.stringify(value) ?? "null";
  }
  if (Array.isArray(value))
    return `[${value.map((v) => canonicalJson(v === undefined || typeof v === "symbol" ? null : v)).join(",")}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((k) => {
      const v = (value as Record<string, unknown>)[k];
      return v !== undefined && typeof v !== "symbol" && typeof v !== "function";
    })
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(",")}}`;
}

const hmac = (body: string, signingKey: string, ts: string) =>
  createHmac("sha256", signingKey.replace(PREFIX, ""))
    .update(body + ts)
    .digest("hex");

/** The X-Inngest-Signature value for a body (send the body exactly as signed: canonicalJson for JSON). */
export function sign(body: string, signingKey: string, unixSeconds = Math.floor(Date.now() / 1000)): string {
  return `t=${unixSeconds}&s=${hmac(body, signingKey, String(unixSeconds))}`;
}

/** True when `header` is a fresh signature of `body` with `signingKey` (used for the app's signed responses). */
export function verifySignature(header: string | null, body: string, signingKey: string): boolean {
  if (!header) return false;
  const params = new URLSearchParams(header);
  const ts = params.get("t") ?? "";
  const given = params.get("s") ?? "";
  const seconds = Number.parseInt(ts, 10);
  if (!Number.isFinite(seconds) || Math.abs(Date.now() - seconds * 1000) > MAX_AGE_MS) return false;
  return safeEqual(hmac(body, signingKey, ts), given);
}

/** The bearer token the SDK derives from its signing key to authenticate to the Inngest API. */
export function hashedSigningKey(signingKey: string): string {
  const prefix = signingKey.match(PREFIX)?.[0] ?? "";
  return (
    prefix +
    createHash("sha256")
      .update(Buffer.from(signingKey.slice(prefix.length), "hex"))
      .digest("hex")
  );
}

/** Constant-time comparison of two secrets of any length. */
export function safeEqual(a: string, b: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(a), digest(b)) && a.length === b.length;
}

/** Tells another process whether a listening runner uses its key, without revealing anything usable about the key. */
export const keyFingerprint = (signingKey: string) =>
  createHash("sha256").update(`travellr-local-inngest:${signingKey}`).digest("hex").slice(0, 16);

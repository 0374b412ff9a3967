import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** How long a reset link works. */
export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

/** 32 random bytes, URL-safe: the secret that only the emailed link carries. */
export const newResetToken = () => randomBytes(32).toString("base64url");

/**
 * What the database stores instead of the token: a plain SHA-256 suffices (no salt, no bcrypt) because the token is
 * 256 random bits, not a guessable password, and a fast hash lets the lookup be an indexed equality.
 */
export const hashResetToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The one answer to a forgot-password request, known email or not (the page and the API both say it). */
export const PASSWORD_RESET_SENT =
  "If an account exists for that email, we sent it a link to choose a new password. The link works for one hour.";

import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { SignJWT, errors as joseErrors, jwtVerify } from "jose";
import { db } from "../db";
import { env } from "../env";
import { AppError } from "../errors";

// REST API bearer tokens: signed JWTs valid for one hour. Logout stores the jti in revoked_tokens, and every request
// checks that list and the user's active flag, so revocation and deactivation take effect at once. Each token also
// carries the user's token version ("tv"): a password reset bumps it, which ends every token issued before.
const API_TOKEN_TTL_SECONDS = 60 * 60;
const ISSUER = "travellr";
const AUDIENCE = "travellr-api";

function signingKey() {
  // derived, so the API key differs from the one next-auth uses for session cookies
  return createHash("sha256").update(`travellr-api-token:${env().AUTH_SECRET}`).digest();
}

export async function issueApiToken(userId: string, now = new Date()) {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + API_TOKEN_TTL_SECONDS;
  const { tokenVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { tokenVersion: true } });
  const token = await new SignJWT({ tv: tokenVersion })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(userId)
    .setJti(randomUUID())
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(signingKey());
  return { token, expiresAt: new Date(exp * 1000) };
}

export interface VerifiedToken {
  userId: string;
  jti: string;
  expiresAt: Date;
  /** the user's token version when it was issued; tokens from before this claim existed count as version 0 */
  tokenVersion: number;
}

const invalid = () => new AppError("unauthenticated", "The access token is invalid or has expired");

/** Checks the token's signature and claims, without the database: authenticate() reads revocation with the user. */
export async function verifySignedApiToken(token: string): Promise<VerifiedToken> {
  try {
    const { payload } = await jwtVerify(token, signingKey(), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ["HS256"],
    });
    if (!payload.sub || !payload.jti || !payload.exp) throw invalid();
    const tokenVersion = payload.tv ?? 0;
    if (typeof tokenVersion !== "number") throw invalid();
    return { userId: payload.sub, jti: payload.jti, expiresAt: new Date(payload.exp * 1000), tokenVersion };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof joseErrors.JOSEError) throw invalid();
    throw error;
  }
}

/** A token that is signed, unexpired and not revoked (logout). */
export async function verifyApiToken(token: string): Promise<VerifiedToken> {
  const verified = await verifySignedApiToken(token);
  const revoked = await db.revokedToken.findUnique({ where: { jti: verified.jti }, select: { jti: true } });
  if (revoked) throw invalid();
  return verified;
}

export async function revokeApiToken(token: VerifiedToken) {
  await db.revokedToken.upsert({
    where: { jti: token.jti },
    create: { jti: token.jti, userId: token.userId, expiresAt: token.expiresAt },
    update: {},
  });
}

import "server-only";
import { AppError } from "../errors";
import type { Actor } from "./actor";
import { type VerifiedToken, verifySignedApiToken } from "./api-tokens";
import { loadActiveActor, loadTokenActor } from "./load-actor";
import { auth } from "./next-auth";

export interface Authentication {
  actor: Actor;
  /** set when the request came with a bearer token (not a session cookie) */
  token?: VerifiedToken;
}

/** Bearer token first (external apps), then the browser's session cookie. Returns null when neither is present. */
export async function authenticate(req: Request): Promise<Authentication | null> {
  const header = req.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw new AppError("unauthenticated", 'Use "Authorization: Bearer <token>"');
    const token = await verifySignedApiToken(match[1]);
    // revocation, the user's active flag and token version in one query
    const actor = await loadTokenActor(token);
    if (!actor) throw new AppError("unauthenticated", "The access token is invalid or has expired");
    return { actor, token };
  }
  const session = await auth();
  if (!session?.user?.id) return null;
  const actor = await loadActiveActor(session.user.id);
  return actor ? { actor } : null;
}

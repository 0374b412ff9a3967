import "server-only";
import { db } from "../db";
import { pgRows, sql } from "../db-pool";
import type { Actor } from "./actor";
import type { VerifiedToken } from "./api-tokens";

async function findActiveUser(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true, tokenVersion: true },
  });
  return user?.active ? user : null;
}

/** The user behind a token or session, or null when it no longer exists or was deactivated. */
export async function loadActiveActor(userId: string): Promise<Actor | null> {
  const user = await findActiveUser(userId);
  return user ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
}

/**
 * For a bearer token: the actor, or null when the token was revoked (logout), the user is gone or deactivated, or
 * reset the password since it was issued. One query for all of it: it runs on every API request.
 */
export async function loadTokenActor(
  token: Pick<VerifiedToken, "userId" | "tokenVersion" | "jti">,
): Promise<Actor | null> {
  const [user] = await pgRows<Actor & { active: boolean; tokenVersion: number; revoked: boolean }>(sql`
    SELECT id, email, name, role::text AS role, active, "tokenVersion",
      EXISTS (SELECT 1 FROM revoked_tokens WHERE jti = ${token.jti}) AS revoked
    FROM users WHERE id = ${token.userId}`);
  return user && user.active && !user.revoked && user.tokenVersion === token.tokenVersion
    ? { id: user.id, email: user.email, name: user.name, role: user.role }
    : null;
}

/** For the browser-session check: the actor and the session version its sessions must carry. */
export async function loadSessionActor(userId: string): Promise<{ actor: Actor; sessionVersion: number } | null> {
  const user = await findActiveUser(userId);
  return user
    ? {
        actor: { id: user.id, email: user.email, name: user.name, role: user.role },
        sessionVersion: user.sessionVersion,
      }
    : null;
}

import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "../db";

/**
 * Ends every browser session of a user at once (logout): sessions are stateless JWT cookies, so each
 * carries the user's session version from sign-in and the session check refuses an older one. Bearer tokens are
 * separate (revoked one by one, and refused for deactivated users).
 */
export async function endBrowserSessions(userId: string, tx: Prisma.TransactionClient | typeof db = db) {
  await tx.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/**
 * Ends everything a user is signed in with (a password reset, deactivation): every browser session, as above, and every bearer
 * token, whose token version ("tv" claim) no longer matches. Logout keeps bearer tokens: an app holding one did not
 * log out.
 */
export async function endSessionsAndTokens(userId: string, tx: Prisma.TransactionClient | typeof db = db) {
  await tx.user.updateMany({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 }, tokenVersion: { increment: 1 } },
  });
}

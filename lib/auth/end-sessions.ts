import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "../db";

/**
 * Ends every browser session of a user at once (logout, deactivation): sessions are stateless JWT cookies, so each
 * carries the user's session version from sign-in and the session check refuses an older one. Bearer tokens are
 * separate (revoked one by one, and refused for deactivated users).
 */
export async function endBrowserSessions(userId: string, tx: Prisma.TransactionClient | typeof db = db) {
  await tx.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

import "server-only";
import { db } from "../db";
import type { Actor } from "./actor";

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

/** For a bearer token: the actor, or null when the user is gone, deactivated, or reset the password since it was issued. */
export async function loadTokenActor(userId: string, tokenVersion: number): Promise<Actor | null> {
  const user = await findActiveUser(userId);
  return user && user.tokenVersion === tokenVersion
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

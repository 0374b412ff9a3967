import "server-only";
import { db } from "../db";
import type { Actor } from "./actor";

/** The user behind a token or session, or null when it no longer exists or was deactivated. */
export async function loadActiveActor(userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
  if (!user || !user.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

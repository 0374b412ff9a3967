import "server-only";
import type { Role } from "@prisma/client";
import { db } from "../db";
import { env } from "../env";
import { notifyUser } from "../notifications/notify-user";

/**
 * A new user's welcome: the in-app notification and the queued welcome email, once per user (keyed by the user id).
 * Returns the email to deliver, so the caller delivers it in a step of its own.
 */
export async function notifyWelcome({ userId, role }: { userId: string; role: Role }) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } });
  return notifyUser({
    userId,
    type: "welcome",
    title: `Welcome to Travellr, ${user.name}!`,
    body:
      role === "vendor"
        ? "Publish your first trip from the vendor dashboard."
        : "Find your next trip and book seats in minutes.",
    link: role === "vendor" ? "/vendor" : "/trips",
    email: { template: "welcome", data: { name: user.name, role, appUrl: env().APP_URL } },
    dedupeKey: `welcome:${userId}`,
  });
}

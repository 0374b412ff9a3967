import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { notFound } from "../errors";

/** Takes the actor off a departure's waitlist; not being on it is a 404. */
export async function leaveWaitlist(actor: Actor, departureId: string) {
  const { count } = await db.waitlistEntry.deleteMany({ where: { departureId, userId: actor.id } });
  if (count === 0) throw notFound("Waitlist entry");
}

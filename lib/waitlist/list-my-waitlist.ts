import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";

/** The waitlists the actor is on, oldest first, with each departure's seat counts. */
export function listMyWaitlist(actor: Actor) {
  return db.waitlistEntry.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "asc" },
    include: {
      departure: {
        select: {
          id: true,
          startsAt: true,
          timeZone: true,
          capacity: true,
          seatsTaken: true,
          status: true,
          trip: { select: { id: true, title: true } },
        },
      },
    },
  });
}

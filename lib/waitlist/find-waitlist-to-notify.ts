import "server-only";
import { db } from "../db";

/**
 * When seats free up, waitlisted travellers are told in the order they joined: each one whose party fits in the
 * seats now free is notified once (first come, first told); a later, smaller party can fit where an earlier, larger
 * one does not.
 */
export async function findWaitlistToNotify(departureId: string) {
  const departure = await db.departure.findUnique({ where: { id: departureId } });
  if (!departure || departure.status !== "scheduled" || departure.startsAt <= new Date()) return [];
  let free = departure.capacity - departure.seatsTaken;
  const entries = await db.waitlistEntry.findMany({
    where: { departureId, notifiedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const chosen: typeof entries = [];
  for (const e of entries) {
    if (free <= 0) break;
    if (e.seats <= free) {
      chosen.push(e);
      free -= e.seats;
    }
  }
  return chosen;
}

import "server-only";
import type { Actor } from "../auth/actor";
import { updateTrip } from "./update-trip";

/** DELETE archives: the trip leaves search and new bookings stop; existing bookings are untouched. */
export function archiveTrip(actor: Actor, tripId: string) {
  return updateTrip(actor, tripId, { status: "archived" });
}

// Who may see a booking. Bookings and payments both decide it, so the rule lives here, below both domains (payments
// never imports bookings).
import "server-only";
import type { Actor } from "./actor";
import { can } from "./permissions";

export type BookingRelation = "owner" | "vendor" | "admin" | null;

/** How the actor relates to a booking: its traveller, the trip's vendor, an admin, or none (→ 404). */
export function relationTo(actor: Actor, booking: { userId: string; trip: { vendorId: string } }): BookingRelation {
  if (booking.userId === actor.id) return "owner";
  if (can(actor.role, "bookings:read_any")) return "admin";
  if (booking.trip.vendorId === actor.id && can(actor.role, "bookings:read_vendor")) return "vendor";
  return null;
}

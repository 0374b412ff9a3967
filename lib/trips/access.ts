import "server-only";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import type { Tx } from "../db";
import { db } from "../db";
import { forbidden, notFound } from "../errors";

/** Loads a trip the actor may manage: its own vendor or an admin. Someone else's trip is a 404 unless published. */
export async function loadManagedTrip(actor: Actor, tripId: string, client: Tx | typeof db = db) {
  const trip = await client.trip.findUnique({ where: { id: tripId } });
  if (!trip) throw notFound("Trip");
  if (trip.vendorId === actor.id || can(actor.role, "trips:manage_any")) return trip;
  if (trip.status === "published") throw forbidden("Only the trip's vendor can change it");
  throw notFound("Trip");
}

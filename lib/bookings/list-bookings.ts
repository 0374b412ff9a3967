import "server-only";
import type { Prisma } from "@prisma/client";
import { toSkipTake } from "../pagination";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { db } from "../db";
import type { ListBookingsQuery } from "./schemas";

/** Own bookings for a traveller, bookings on own trips (and own) for a vendor, all for an admin. */
export async function listBookings(actor: Actor, query: ListBookingsQuery) {
  const scope: Prisma.BookingWhereInput = can(actor.role, "bookings:read_any")
    ? {}
    : can(actor.role, "bookings:read_vendor")
      ? { OR: [{ userId: actor.id }, { trip: { vendorId: actor.id } }] }
      : { userId: actor.id };
  const where: Prisma.BookingWhereInput = { ...scope, ...(query.status ? { status: query.status } : {}) };
  const [total, rows] = await Promise.all([
    db.booking.count({ where }),
    db.booking.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...toSkipTake(query) }),
  ]);
  return { total, rows };
}

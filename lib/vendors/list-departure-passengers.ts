import "server-only";
import type { Prisma } from "@prisma/client";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { db } from "../db";
import { notFound } from "../errors";

/** Who comes on a departure: its pending and confirmed bookings (a pending one is a hold still being paid). */
const PASSENGERS = {
  where: { status: { in: ["pending", "confirmed"] } },
  orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  select: {
    id: true,
    code: true,
    seats: true,
    status: true,
    contactName: true,
    contactPhone: true,
    notes: true,
    user: { select: { name: true, email: true, phone: true } },
  },
} satisfies Prisma.Departure$bookingsArgs;

const DEPARTURE = {
  id: true,
  startsAt: true,
  timeZone: true,
  status: true,
  capacity: true,
  seatsTaken: true,
  trip: { select: { id: true, title: true, vendorId: true } },
  bookings: PASSENGERS,
} satisfies Prisma.DepartureSelect;

type Row = Prisma.DepartureGetPayload<{ select: typeof DEPARTURE }>;

export interface Passenger {
  bookingId: string;
  code: string;
  /** the contact the traveller gave for this trip, else their account's */
  name: string;
  email: string;
  phone: string | null;
  seats: number;
  status: string;
  notes: string | null;
}

function toList({ bookings, trip, ...departure }: Row) {
  const passengers: Passenger[] = bookings.map((b) => ({
    bookingId: b.id,
    code: b.code,
    name: b.contactName || b.user.name,
    email: b.user.email,
    phone: b.contactPhone || b.user.phone,
    seats: b.seats,
    status: b.status,
    notes: b.notes,
  }));
  return { departure, trip: { id: trip.id, title: trip.title }, passengers };
}

export type PassengerList = ReturnType<typeof toList>;

/**
 * One departure's passenger list, for its trip's vendor or an admin. Anyone else gets a 404, as if it did not exist:
 * the list holds travellers' contact details.
 */
export async function listDeparturePassengers(actor: Actor, departureId: string): Promise<PassengerList> {
  const row = await db.departure.findUnique({ where: { id: departureId }, select: DEPARTURE });
  if (!row || (row.trip.vendorId !== actor.id && !can(actor.role, "bookings:read_any"))) throw notFound("Departure");
  return toList(row);
}

/** The vendor's own upcoming scheduled departures, soonest first, each with its passengers (the bookings page). */
export async function listUpcomingPassengerLists(actor: Actor, now = new Date(), limit = 50): Promise<PassengerList[]> {
  const rows = await db.departure.findMany({
    where: { trip: { vendorId: actor.id }, status: "scheduled", startsAt: { gte: now } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: limit,
    select: DEPARTURE,
  });
  return rows.map(toList);
}

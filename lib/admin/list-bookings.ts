import "server-only";
import { Prisma } from "@prisma/client";
import { toSkipTake } from "../api/pagination";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { csvRow } from "../csv";
import { db } from "../db";
import { forbidden } from "../errors";
import { minorToDecimal } from "../money/decimal";
import type { AdminBookingsFilter, AdminBookingsQuery } from "./schemas";

/** `q` matches a booking id exactly, or part of the traveller's email or the trip's title (any letter case). */
export function bookingsWhere(f: AdminBookingsFilter): Prisma.BookingWhereInput {
  const where: Prisma.BookingWhereInput = {};
  if (f.q) where.OR = [{ id: f.q }, { user: { email: { contains: f.q, mode: "insensitive" } } }, { trip: { title: { contains: f.q, mode: "insensitive" } } }];
  if (f.status) where.status = f.status;
  if (f.tripId) where.tripId = f.tripId;
  if (f.userId) where.userId = f.userId;
  if (f.vendorId) where.trip = { vendorId: f.vendorId };
  if (f.from || f.to) where.createdAt = { ...(f.from ? { gte: f.from } : {}), ...(f.to ? (isMidnight(f.to) ? { lt: new Date(f.to.getTime() + DAY) } : { lte: f.to }) : {}) };
  return where;
}

const DAY = 86_400_000;
const isMidnight = (d: Date) => d.getTime() % DAY === 0;

/**
 * The number of matching bookings. Filtered only by status and whole days, it is a sum over the daily booking
 * counters the analytics triggers keep exact (a few rows instead of counting a million); otherwise a plain count.
 */
async function countBookings(f: AdminBookingsFilter, where: Prisma.BookingWhereInput) {
  const countable = !f.q && !f.vendorId && !f.tripId && !f.userId && (!f.from || isMidnight(f.from)) && (!f.to || isMidnight(f.to));
  if (!countable) return db.booking.count({ where });
  const [row] = await db.$queryRaw<{ n: bigint | null }[]>`
    SELECT SUM(n)::bigint AS n FROM analytics_daily_bookings
    WHERE kind <> 'confirmed_ever' ${f.status ? Prisma.sql`AND kind = ${f.status}` : Prisma.empty}
      ${f.from ? Prisma.sql`AND day >= ${f.from.toISOString().slice(0, 10)}::date` : Prisma.empty}
      ${f.to ? Prisma.sql`AND day <= ${f.to.toISOString().slice(0, 10)}::date` : Prisma.empty}`;
  return Number(row?.n ?? 0);
}

const INCLUDE = {
  user: { select: { id: true, name: true, email: true } },
  trip: { select: { id: true, title: true, vendorId: true } },
  departure: { select: { startsAt: true, timeZone: true } },
  refunds: { where: { status: "succeeded" as const }, select: { amount: true } },
} satisfies Prisma.BookingInclude;

const ORDER: Prisma.BookingOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

export async function listAdminBookings(actor: Actor, query: AdminBookingsQuery) {
  if (!can(actor.role, "bookings:read_any")) throw forbidden();
  const where = bookingsWhere(query);
  const [total, rows] = await Promise.all([countBookings(query, where), db.booking.findMany({ where, include: INCLUDE, orderBy: ORDER, ...toSkipTake(query) })]);
  return { total, rows };
}

export type AdminBookingRow = Awaited<ReturnType<typeof listAdminBookings>>["rows"][number];

export function toAdminBookingDto(b: AdminBookingRow) {
  return {
    id: b.id,
    status: b.status,
    seats: b.seats,
    totalAmount: b.totalAmount,
    refundedAmount: b.refunds.reduce((s, r) => s + r.amount, 0),
    currency: b.currency,
    createdAt: b.createdAt.toISOString(),
    traveller: b.user,
    trip: b.trip,
    departure: { startsAt: b.departure.startsAt.toISOString(), timeZone: b.departure.timeZone },
  };
}

const HEADER = ["booking_id", "created_at", "status", "traveller_name", "traveller_email", "trip_id", "trip_title", "vendor_id", "departure_starts_at", "time_zone", "seats", "currency", "total_cents", "total", "refunded_cents", "refunded"];
const BATCH = 1000;

/**
 * The bookings matching the filters as CSV, streamed: rows are read in keyset-paginated batches of 1,000 while the
 * response is being sent, so an export of a million bookings never sits in memory.
 */
export function exportAdminBookings(actor: Actor, filter: AdminBookingsFilter, { batchSize = BATCH } = {}): ReadableStream<Uint8Array> {
  if (!can(actor.role, "bookings:read_any")) throw forbidden();
  const where = bookingsWhere(filter);
  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(csvRow(HEADER)));
        return;
      }
      const rows = await db.booking.findMany({ where, include: INCLUDE, orderBy: ORDER, take: batchSize, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) });
      if (rows.length === 0) return controller.close();
      let chunk = "";
      for (const b of rows) {
        const refunded = b.refunds.reduce((s, r) => s + r.amount, 0);
        chunk += csvRow([
          b.id, b.createdAt.toISOString(), b.status, b.user.name, b.user.email, b.trip.id, b.trip.title, b.trip.vendorId,
          b.departure.startsAt.toISOString(), b.departure.timeZone, b.seats, b.currency,
          b.totalAmount, minorToDecimal(b.totalAmount, b.currency), refunded, minorToDecimal(refunded, b.currency),
        ]);
      }
      controller.enqueue(encoder.encode(chunk));
      cursor = rows.at(-1)!.id;
      if (rows.length < batchSize) controller.close();
    },
  });
}

import "server-only";
import { type BookingStatus, Prisma } from "@prisma/client";
import { toSkipTake } from "../pagination";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { csvRow } from "../csv";
import { db } from "../db";
import { forbidden } from "../errors";
import { parseBookingCode } from "../bookings/booking-code";
import { minorToDecimal } from "../money/decimal";
import type { AdminBookingsFilter, AdminBookingsQuery } from "./schemas";

const DAY = 86_400_000;
const isMidnight = (d: Date) => d.getTime() % DAY === 0;

/**
 * The filters as SQL: `q` matches a booking id or booking code exactly (the code in any letter case, with or without
 * its TRV- prefix), or part of the traveller's email or the trip's title (any letter case); a date-only `to` includes
 * that whole day.
 */
function filterSql(f: AdminBookingsFilter) {
  const parts: Prisma.Sql[] = [];
  if (f.q) {
    const code = parseBookingCode(f.q);
    parts.push(
      Prisma.sql`(b.id = ${f.q} ${code ? Prisma.sql`OR b.code = ${code}` : Prisma.empty} OR u.email ILIKE ${`%${f.q}%`} OR t.title ILIKE ${`%${f.q}%`})`,
    );
  }
  if (f.status) parts.push(Prisma.sql`b.status = ${f.status}::"BookingStatus"`);
  if (f.tripId) parts.push(Prisma.sql`b."tripId" = ${f.tripId}`);
  if (f.userId) parts.push(Prisma.sql`b."userId" = ${f.userId}`);
  if (f.vendorId) parts.push(Prisma.sql`t."vendorId" = ${f.vendorId}`);
  if (f.from) parts.push(Prisma.sql`b."createdAt" >= ${f.from}`);
  if (f.to)
    parts.push(
      isMidnight(f.to)
        ? Prisma.sql`b."createdAt" < ${new Date(f.to.getTime() + DAY)}`
        : Prisma.sql`b."createdAt" <= ${f.to}`,
    );
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

/**
 * The number of matching bookings. Filtered only by status and whole days, it is a sum over the daily booking
 * counters the analytics triggers keep exact (a few rows instead of counting a million); otherwise a plain count.
 */
async function countBookings(f: AdminBookingsFilter) {
  const countable =
    !f.q && !f.vendorId && !f.tripId && !f.userId && (!f.from || isMidnight(f.from)) && (!f.to || isMidnight(f.to));
  const [row] = countable
    ? await db.$queryRaw<{ n: bigint | null }[]>`
        SELECT SUM(n)::bigint AS n FROM analytics_daily_bookings
        WHERE kind <> 'confirmed_ever' ${f.status ? Prisma.sql`AND kind = ${f.status}` : Prisma.empty}
          ${f.from ? Prisma.sql`AND day >= ${f.from.toISOString().slice(0, 10)}::date` : Prisma.empty}
          ${f.to ? Prisma.sql`AND day <= ${f.to.toISOString().slice(0, 10)}::date` : Prisma.empty}`
    : await db.$queryRaw<{ n: bigint | null }[]>`
        SELECT COUNT(*)::bigint AS n FROM bookings b JOIN users u ON u.id = b."userId" JOIN trips t ON t.id = b."tripId" WHERE ${filterSql(f)}`;
  return Number(row?.n ?? 0);
}

export interface AdminBookingRow {
  id: string;
  code: string;
  status: BookingStatus;
  seats: number;
  totalAmount: number;
  currency: string;
  createdAt: Date;
  /** succeeded refunds */
  refunded: number;
  user: { id: string; name: string; email: string };
  trip: { id: string; title: string; vendorId: string };
  departure: { startsAt: Date; timeZone: string };
}

type RawRow = Omit<AdminBookingRow, "user" | "trip" | "departure" | "refunded"> & {
  refunded: bigint;
  userId: string;
  userName: string;
  email: string;
  tripId: string;
  title: string;
  vendorId: string;
  startsAt: Date;
  timeZone: string;
};

/** One page of matching bookings, newest first, with what the list shows of each, in one query. */
async function selectBookings(
  f: AdminBookingsFilter,
  { limit, offset = 0, after }: { limit: number; offset?: number; after?: { createdAt: Date; id: string } },
): Promise<AdminBookingRow[]> {
  const rows = await db.$queryRaw<RawRow[]>`
    SELECT b.id, b.code, b.status, b.seats, b."totalAmount", b.currency, b."createdAt",
      COALESCE((SELECT SUM(r.amount) FROM refunds r WHERE r."bookingId" = b.id AND r.status = 'succeeded'), 0)::bigint AS refunded,
      u.id AS "userId", u.name AS "userName", u.email, t.id AS "tripId", t.title, t."vendorId", d."startsAt", d."timeZone"
    FROM bookings b JOIN users u ON u.id = b."userId" JOIN trips t ON t.id = b."tripId" JOIN departures d ON d.id = b."departureId"
    WHERE ${filterSql(f)} ${after ? Prisma.sql`AND (b."createdAt", b.id) < (${after.createdAt}, ${after.id})` : Prisma.empty}
    ORDER BY b."createdAt" DESC, b.id DESC
    LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    status: r.status,
    seats: r.seats,
    totalAmount: r.totalAmount,
    currency: r.currency,
    createdAt: r.createdAt,
    refunded: Number(r.refunded),
    user: { id: r.userId, name: r.userName, email: r.email },
    trip: { id: r.tripId, title: r.title, vendorId: r.vendorId },
    departure: { startsAt: r.startsAt, timeZone: r.timeZone },
  }));
}

export async function listAdminBookings(actor: Actor, query: AdminBookingsQuery) {
  if (!can(actor.role, "bookings:read_any")) throw forbidden();
  const { skip, take } = toSkipTake(query);
  const [total, rows] = await Promise.all([countBookings(query), selectBookings(query, { limit: take, offset: skip })]);
  return { total, rows };
}

export function toAdminBookingDto(b: AdminBookingRow) {
  return {
    id: b.id,
    code: b.code,
    status: b.status,
    seats: b.seats,
    totalAmount: b.totalAmount,
    refundedAmount: b.refunded,
    currency: b.currency,
    createdAt: b.createdAt.toISOString(),
    traveller: b.user,
    trip: b.trip,
    departure: { startsAt: b.departure.startsAt.toISOString(), timeZone: b.departure.timeZone },
  };
}

const HEADER = [
  "booking_id",
  "booking_code",
  "created_at",
  "status",
  "traveller_name",
  "traveller_email",
  "trip_id",
  "trip_title",
  "vendor_id",
  "departure_starts_at",
  "time_zone",
  "seats",
  "currency",
  "total_cents",
  "total",
  "refunded_cents",
  "refunded",
];
const BATCH = 1000;

/**
 * The bookings matching the filters as CSV, streamed: rows are read in keyset-paginated batches of 1,000 while the
 * response is being sent, so an export of a million bookings never sits in memory.
 */
export function exportAdminBookings(
  actor: Actor,
  filter: AdminBookingsFilter,
  { batchSize = BATCH } = {},
): ReadableStream<Uint8Array> {
  if (!can(actor.role, "bookings:read_any")) throw forbidden();
  const encoder = new TextEncoder();
  let after: { createdAt: Date; id: string } | undefined;
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(csvRow(HEADER)));
        return;
      }
      const rows = await selectBookings(filter, { limit: batchSize, after });
      if (rows.length === 0) return controller.close();
      let chunk = "";
      for (const b of rows) {
        chunk += csvRow([
          b.id,
          b.code,
          b.createdAt.toISOString(),
          b.status,
          b.user.name,
          b.user.email,
          b.trip.id,
          b.trip.title,
          b.trip.vendorId,
          b.departure.startsAt.toISOString(),
          b.departure.timeZone,
          b.seats,
          b.currency,
          b.totalAmount,
          minorToDecimal(b.totalAmount, b.currency),
          b.refunded,
          minorToDecimal(b.refunded, b.currency),
        ]);
      }
      controller.enqueue(encoder.encode(chunk));
      const last = rows.at(-1)!;
      after = { createdAt: last.createdAt, id: last.id };
      if (rows.length < batchSize) controller.close();
    },
  });
}

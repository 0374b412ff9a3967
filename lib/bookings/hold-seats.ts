import "server-only";
import { randomUUID } from "node:crypto";
import type { Booking, Payment } from "@prisma/client";
import pg from "pg";
import { db } from "../db";
import { pgRows, sql } from "../db-pool";
import { AppError } from "../errors";
import { events } from "../events/definitions";
import { PLATFORM_COMMISSION_BPS } from "../money/commission";
import { plural } from "../text/plural";

// The hold as ONE statement: take the seats with the conditional UPDATE, then insert the booking, its payment, the
// audit row and the outbox event, each INSERT reading the row before it. A statement is atomic on its own, so this is
// the same all-or-nothing unit as the transaction it replaces, in one round trip instead of seven (BEGIN, five
// statements, COMMIT) and without the ORM compiling five queries per booking (README → Performance).
//
// The second outbox event (booking/hold.expires) is dated when the hold runs out: Inngest starts expire-booking-hold
// at that time, so nothing runs for the expiry until then.
//
// Seats can never exceed capacity: the UPDATE's condition is evaluated under the departure's row lock, so concurrent
// holds on one departure queue behind each other (and a CHECK constraint backs it up). When the condition fails,
// `held` is empty, every INSERT selects from nothing, and the statement answers no row: nothing was written.

export interface HoldSeatsInput {
  code: string;
  actorId: string;
  tripId: string;
  /** the trip's vendor, for the booking/created event */
  vendorId: string;
  departureId: string;
  seats: number;
  unitPrice: number;
  currency: string;
  holdExpiresAt: Date;
}

/**
 * When the booking/hold.expires event is dated (its ts), so Inngest starts expire-booking-hold once the hold has run
 * out: a second after holdExpiresAt, slack for clocks. expireBooking checks the hold itself anyway.
 */
export const holdExpiryEventTs = (holdExpiresAt: Date) => new Date(holdExpiresAt.getTime() + 1000);

type PaymentJson = Omit<Payment, "succeededAt" | "createdAt" | "updatedAt"> & {
  succeededAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export async function holdSeats(input: HoldSeatsInput): Promise<{ booking: Booking; payment: Payment }> {
  const { seats, unitPrice } = input;
  // the ORM's cuid default applies only to its own inserts; ids are opaque everywhere
  const bookingId = randomUUID();
  const eventData = JSON.stringify(
    events.bookingCreated.schema.parse({
      bookingId,
      userId: input.actorId,
      tripId: input.tripId,
      departureId: input.departureId,
      vendorId: input.vendorId,
      seats,
      amount: unitPrice * seats,
      currency: input.currency,
    }),
  );
  const [row] = await pgRows<Booking & { payment: PaymentJson }>(sql`
    WITH held AS (
      UPDATE departures SET "seatsTaken" = "seatsTaken" + ${seats}, "updatedAt" = now()
      WHERE id = ${input.departureId} AND status = 'scheduled' AND "startsAt" > now()
        AND "seatsTaken" + ${seats} <= capacity
      RETURNING id
    ), booking AS (
      INSERT INTO bookings (id, code, "userId", "tripId", "departureId", seats, "unitPrice", "totalAmount", currency,
        "commissionBps", "holdExpiresAt", "updatedAt")
      SELECT ${bookingId}, ${input.code}, ${input.actorId}, ${input.tripId}, held.id, ${seats}, ${unitPrice},
        ${unitPrice * seats}, ${input.currency}, ${PLATFORM_COMMISSION_BPS}, ${input.holdExpiresAt}, now()
      FROM held
      RETURNING *
    ), payment AS (
      INSERT INTO payments (id, "bookingId", amount, currency, "updatedAt")
      SELECT gen_random_uuid()::text, booking.id, booking."totalAmount", booking.currency, now() FROM booking
      RETURNING *
    ), audit AS (
      INSERT INTO audit_logs (id, "actorId", action, "entityType", "entityId", data)
      SELECT gen_random_uuid()::text, ${input.actorId}, 'booking.created', 'booking', booking.id,
        jsonb_build_object('seats', booking.seats)
      FROM booking
    ), outbox AS (
      INSERT INTO event_outbox (id, name, "eventId", data)
      SELECT gen_random_uuid()::text, ${events.bookingCreated.name}, ${`booking/created:${bookingId}`},
        ${eventData}::jsonb
      FROM booking
    ), expiry AS (
      INSERT INTO event_outbox (id, name, "eventId", data, ts)
      SELECT gen_random_uuid()::text, ${events.bookingHoldExpires.name}, ${`booking/hold.expires:${bookingId}`},
        jsonb_build_object('bookingId', booking.id), ${holdExpiryEventTs(input.holdExpiresAt)}
      FROM booking
    )
    SELECT booking.*, to_jsonb(payment.*) AS payment FROM booking, payment`);
  if (!row) throw await soldOut(input.departureId);
  const { payment, ...booking } = row;
  return {
    booking,
    payment: {
      ...payment,
      succeededAt: payment.succeededAt === null ? null : new Date(payment.succeededAt),
      createdAt: new Date(payment.createdAt),
      updatedAt: new Date(payment.updatedAt),
    },
  };
}

/** Why the hold failed, read after the fact (the hold's own statement wrote nothing). */
async function soldOut(departureId: string) {
  const current = await db.departure.findUniqueOrThrow({ where: { id: departureId } });
  const seatsLeft = Math.max(0, current.capacity - current.seatsTaken);
  return new AppError(
    "sold_out",
    seatsLeft === 0 ? "This departure is sold out" : `Only ${plural(seatsLeft, "seat")} left on this departure`,
    { details: { seatsLeft } },
  );
}

/**
 * A booking code another booking already has: the statement wrote nothing, so drawing a new code is safe. The hold
 * runs on pg (lib/db-pool.ts), which reports PostgreSQL's unique_violation with the constraint's name.
 */
export function isCodeCollision(error: unknown): boolean {
  return error instanceof pg.DatabaseError && error.code === "23505" && error.constraint === "bookings_code_key";
}

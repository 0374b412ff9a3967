import "server-only";
import type { Actor } from "../auth/actor";
import { pgRows, sql } from "../db-pool";
import { AppError, notFound } from "../errors";
import { kickOutbox } from "../events/dispatch-outbox";
import { bookingChanged } from "../cache/entries";
import { logger } from "../logger";
import { MAXIMUM_CHARGE } from "../money/currencies";
import { ensurePaymentIntent } from "../payments/ensure-payment-intent";
import { newBookingCode } from "./booking-code";
import { expireBooking } from "./expire-booking";
import { holdSeats, isCodeCollision } from "./hold-seats";
import { type CreateBookingInput, HOLD_MINUTES } from "./schemas";

/**
 * Holds seats and starts the payment. The hold is one statement (hold-seats.ts): the conditional seat UPDATE and the
 * inserts of the booking, payment, audit row and outbox event commit together or not at all, and PostgreSQL's row
 * lock serialises concurrent holds on a departure, so seats taken can never exceed capacity. The PaymentIntent is
 * created after the commit.
 */
export async function createBooking(actor: Actor, input: CreateBookingInput, now = new Date()) {
  const departure = await loadBookable(input.departureId);
  if (!departure || departure.trip.status !== "published") throw notFound("Departure");
  if (departure.status !== "scheduled" || departure.startsAt <= now)
    throw new AppError("invalid_state", "This departure can no longer be booked");
  if (departure.trip.vendorId === actor.id) throw new AppError("forbidden", "You cannot book your own trip");
  const { trip } = departure;
  const unitPrice = departure.priceOverride ?? trip.pricePerSeat;
  // Stripe refuses a single charge above its maximum: say so now (422), not as a failed payment after the seats are held
  if (unitPrice * input.seats > MAXIMUM_CHARGE) {
    throw new AppError(
      "validation_failed",
      "That many seats cost more than one card payment can take; book fewer seats per booking",
      {
        details: {
          fieldErrors: { seats: [`At most ${Math.floor(MAXIMUM_CHARGE / unitPrice)} seats per booking at this price`] },
        },
      },
    );
  }

  const hold = (code: string) =>
    holdSeats({
      code,
      actorId: actor.id,
      tripId: trip.id,
      vendorId: trip.vendorId,
      departureId: departure.id,
      seats: input.seats,
      unitPrice,
      currency: trip.currency,
      holdExpiresAt: new Date(now.getTime() + HOLD_MINUTES * 60_000),
    });
  const { booking, payment } = await withFreshCode(hold);
  kickOutbox();
  await bookingChanged({ bookingIds: [booking.id], tripIds: [trip.id], paymentIds: [payment.id], seats: true });

  try {
    // the rows were created just above: the PaymentIntent is built from them, not from a re-read
    return { booking, payment: await ensurePaymentIntent(payment.id, { payment, booking: { ...booking, trip } }) };
  } catch (error) {
    // no payment can be taken, so the seats go straight back
    logger.error({ err: error, bookingId: booking.id }, "could not start the payment; releasing the hold");
    await expireBooking(booking.id, { force: true });
    throw new AppError(
      "service_unavailable",
      "Payments are unavailable right now, so no seats were held. Please try again in a moment.",
    );
  }
}

const CODE_ATTEMPTS = 5;
/**
 * Runs the hold with a fresh booking code, drawing again when the code is taken (about 1 in 900 once a million codes
 * exist). The unique violation aborted the whole transaction, seat hold included, so running it again is safe.
 */
async function withFreshCode<T>(hold: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await hold(newBookingCode());
    } catch (error) {
      if (!isCodeCollision(error) || attempt === CODE_ATTEMPTS) throw error;
      logger.warn({ attempt }, "booking code taken; drawing another");
    }
  }
}

/** The departure and the trip fields a booking needs, in one query (Prisma's include would send two). */
async function loadBookable(departureId: string) {
  const [row] = await pgRows<{
    id: string;
    status: string;
    startsAt: Date;
    priceOverride: number | null;
    tripId: string;
    tripStatus: string;
    vendorId: string;
    pricePerSeat: number;
    currency: string;
    title: string;
  }>(sql`
    SELECT d.id, d.status::text AS status, d."startsAt", d."priceOverride", t.id AS "tripId", t.status::text AS "tripStatus",
      t."vendorId", t."pricePerSeat", t.currency, t.title
    FROM departures d JOIN trips t ON t.id = d."tripId" WHERE d.id = ${departureId}`);
  if (!row) return null;
  const { tripId, tripStatus, vendorId, pricePerSeat, currency, title, ...departure } = row;
  return { ...departure, trip: { id: tripId, status: tripStatus, vendorId, pricePerSeat, currency, title } };
}

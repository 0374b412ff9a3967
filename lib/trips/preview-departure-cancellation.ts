import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { notFound } from "../errors";
import { refundableAmount } from "../payments/refundable";
import { loadManagedTrip } from "./access";

export interface DepartureCancellationPreview {
  bookings: number;
  travellers: number;
  /** minor units of `currency`: what cancelDeparture would refund, every paid booking in full */
  refundAmount: number;
  currency: string;
}

/** Live bookings on the departures, with what is left to refund of their paid payment (cancel-booking's rule). */
async function liveBookings(departureIds: string[]) {
  return db.booking.findMany({
    where: { departureId: { in: departureIds }, status: { in: ["pending", "confirmed"] } },
    select: {
      departureId: true,
      seats: true,
      currency: true,
      payments: {
        where: { status: { in: ["succeeded", "partially_refunded"] } },
        select: { amount: true, refundReserved: true },
      },
    },
  });
}

/**
 * What cancelling each departure would do, for the confirm dialog of the trip's page: the pending and confirmed
 * bookings it cancels, their travellers (seats) and the money refunded — a departure cancelled by its vendor refunds
 * each paid booking in full, that is what is left of its payment (an unpaid hold refunds nothing).
 */
export async function previewDepartureCancellations(
  actor: Actor,
  tripId: string,
): Promise<Map<string, DepartureCancellationPreview>> {
  const trip = await loadManagedTrip(actor, tripId);
  const departures = await db.departure.findMany({ where: { tripId }, select: { id: true } });
  const previews = new Map<string, DepartureCancellationPreview>(
    departures.map((d) => [d.id, { bookings: 0, travellers: 0, refundAmount: 0, currency: trip.currency }]),
  );
  for (const b of await liveBookings(departures.map((d) => d.id))) {
    const p = previews.get(b.departureId)!;
    p.bookings += 1;
    p.travellers += b.seats;
    p.refundAmount += b.payments.reduce((sum, payment) => sum + refundableAmount(payment), 0);
  }
  return previews;
}

/** The same for one departure (the API and tests). */
export async function previewDepartureCancellation(
  actor: Actor,
  departureId: string,
): Promise<DepartureCancellationPreview> {
  const departure = await db.departure.findUnique({ where: { id: departureId }, select: { tripId: true } });
  if (!departure) throw notFound("Departure");
  const previews = await previewDepartureCancellations(actor, departure.tripId);
  return previews.get(departureId)!;
}

import "server-only";
import type { BookingStatus } from "@prisma/client";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { db } from "../db";
import { AppError, forbidden } from "../errors";
import { events } from "../events/definitions";
import { kickOutbox } from "../events/dispatch-outbox";
import { bookingChanged } from "../cache/entries";
import { publishEvent } from "../events/publish-event";
import { postRelease } from "../ledger/post-booking-money";
import { getBooking } from "./get-booking";

/**
 * Marks a confirmed booking completed: an admin at any time, the trip's vendor once the departure has started. Its
 * vendor share becomes available for payout. Anything but `confirmed` is a 409 (checked under a row lock).
 */
export async function completeBooking(actor: Actor, bookingId: string, now = new Date()) {
  const { booking } = await getBooking(actor, bookingId, { fresh: true });
  const isAdmin = can(actor.role, "bookings:read_any");
  if (!isAdmin && !(booking.trip.vendorId === actor.id && can(actor.role, "bookings:complete")))
    throw forbidden("Only the trip's vendor or an admin can complete a booking");
  if (!isAdmin && booking.departure.startsAt > now)
    throw new AppError("invalid_state", "A booking can be marked completed once its departure has started");

  const completed = await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<
      { status: BookingStatus }[]
    >`SELECT status FROM bookings WHERE id = ${bookingId} FOR UPDATE`;
    if (row?.status !== "confirmed")
      throw new AppError(
        "invalid_state",
        `This booking is ${row?.status ?? "gone"}; only a confirmed booking can be completed`,
      );
    const updated = await tx.booking.update({
      where: { id: bookingId },
      data: { status: "completed", completedAt: now },
    });
    await postRelease(tx, { id: bookingId, vendorId: booking.trip.vendorId, status: "completed" }, now);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "booking.completed",
      entityType: "booking",
      entityId: bookingId,
      data: { by: isAdmin ? "admin" : "vendor" },
    });
    await publishEvent(
      tx,
      events.bookingCompleted,
      {
        bookingId,
        userId: updated.userId,
        tripId: updated.tripId,
        departureId: updated.departureId,
        vendorId: booking.trip.vendorId,
        seats: updated.seats,
        amount: updated.totalAmount,
        currency: updated.currency,
      },
      `booking/completed:${bookingId}`,
    );
    return updated;
  });
  kickOutbox();
  await bookingChanged({ bookingIds: [bookingId] });
  return completed;
}

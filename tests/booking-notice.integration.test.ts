// Booking notices as the Inngest functions send them (one call, no steps): the context query, the recipients read
// with it, and idempotency when a retried function sends the same notices again.
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, test, vi } from "vitest";
import { cancelBooking } from "@/lib/bookings/cancel-booking";
import { createBooking } from "@/lib/bookings/create-booking";
import { db } from "@/lib/db";
import { pgPool } from "@/lib/db-pool";
import { events } from "@/lib/events/definitions";
import { sendBookingNoticesForEach } from "@/lib/inngest/functions/booking-notice-batch";
import { notifyBookingCancelled } from "@/lib/inngest/functions/notify-booking-cancelled";
import { handlePaymentSucceeded } from "@/lib/payments/handle-payment-succeeded";
import { stripe } from "@/lib/payments/stripe";
import { loadBookingContext, sendBookingNotice } from "@/lib/notifications/booking-notice";
import { makeDeparture, makeTravellers } from "./support/catalogue";

const notice = (to: "traveller" | "vendor") => ({
  to,
  type: `test_${to}`,
  title: "Booking confirmed",
  paragraphs: ["Your seats are confirmed."],
});

describe("booking notices", () => {
  test("one query loads the booking, its trip and both recipients", async () => {
    const { vendor, trip, departure } = await makeDeparture();
    const [traveller] = await makeTravellers(1);
    const { booking } = await createBooking(traveller, { departureId: departure.id, seats: 2 });
    const ctx = await loadBookingContext(booking.id);
    expect(ctx).toMatchObject({
      bookingId: booking.id,
      tripTitle: trip.title,
      seats: 2,
      travellerId: traveller.id,
      vendorId: vendor.id,
    });
    expect(ctx.recipients).toEqual({
      traveller: { email: traveller.email, active: true },
      vendor: { email: vendor.email, active: true },
    });
    await expect(loadBookingContext("no-such-booking")).rejects.toMatchObject({ code: "not_found" });
  });

  test("sending the same notices again (a retried function) creates no second notification or email", async () => {
    const { departure, vendor } = await makeDeparture();
    const [traveller] = await makeTravellers(1);
    const { booking } = await createBooking(traveller, { departureId: departure.id, seats: 1 });
    const ctx = await loadBookingContext(booking.id);
    for (let attempt = 0; attempt < 2; attempt++) {
      for (const to of ["traveller", "vendor"] as const)
        await sendBookingNotice(ctx, notice(to), `test-notice:${booking.id}:${to}`);
    }
    for (const user of [traveller, vendor]) {
      expect(await db.notification.count({ where: { userId: user.id, type: { startsWith: "test_" } } })).toBe(1);
      const emails = await db.emailOutbox.findMany({
        where: { userId: user.id, dedupeKey: { startsWith: "test-notice:" } },
      });
      expect(emails.map((e) => [e.to, e.status])).toEqual([[user.email, "sent"]]);
    }
  });

  test("an inactive vendor gets the in-app notification but no email", async () => {
    const { departure, vendor } = await makeDeparture();
    await db.user.update({ where: { id: vendor.id }, data: { active: false } });
    const [traveller] = await makeTravellers(1);
    const { booking } = await createBooking(traveller, { departureId: departure.id, seats: 1 });
    const ctx = await loadBookingContext(booking.id);
    expect(ctx.recipients.vendor.active).toBe(false);
    expect(await sendBookingNotice(ctx, notice("vendor"), `test-inactive:${booking.id}`)).toEqual({ emailId: null });
    expect(await db.notification.count({ where: { userId: vendor.id } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { userId: vendor.id } })).toBe(0);
  });

  test("a cancellation's notices are written from the event as published: the refund, who cancelled, both parties", async () => {
    const { departure, vendor } = await makeDeparture({ price: 10_000 });
    const [traveller] = await makeTravellers(1);
    const { booking, payment } = await createBooking(traveller, { departureId: departure.id, seats: 1 });
    const intent = await stripe().paymentIntents.confirm(payment.stripePaymentIntentId!, {
      payment_method: "pm_card_visa",
    });
    expect(await handlePaymentSucceeded(intent)).toBe("confirmed");
    await cancelBooking(traveller, booking.id);
    const row = await db.eventOutbox.findUniqueOrThrow({ where: { eventId: `booking/cancelled:${booking.id}` } });
    const data = events.bookingCancelled.schema.parse(row.data);
    const { result } = await new InngestTestEngine({ function: notifyBookingCancelled }).execute({
      events: [{ name: row.name, data, id: row.eventId }],
    });
    expect(result).toEqual([{ eventId: row.eventId, result: { notified: ["traveller", "vendor"] } }]);
    const toTraveller = await db.notification.findFirstOrThrow({
      where: { userId: traveller.id, type: "booking_cancelled" },
    });
    expect(toTraveller.body).toMatch(
      /^You cancelled your booking for .+\. A refund of \$100 is on its way to your card\.$/,
    );
    const toVendor = await db.notification.findFirstOrThrow({
      where: { userId: vendor.id, type: "booking_cancelled_vendor" },
    });
    expect(toVendor.body).toContain("was cancelled (traveller). Refund: $100.");
    expect(toVendor.dedupeKey).toBe(`notify-booking-cancelled:${row.eventId}:vendor`);
  });

  test("a batch of events is three statements however large; a missing booking fails alone and the retry adds nothing", async () => {
    const { departure, vendor } = await makeDeparture();
    const travellers = await makeTravellers(3);
    const bookings = [];
    for (const t of travellers)
      bookings.push((await createBooking(t, { departureId: departure.id, seats: 1 })).booking);
    const batch = [
      { id: `evt-a:${bookings[0].id}`, data: { bookingId: bookings[0].id } },
      { id: "evt-missing", data: { bookingId: "no-such-booking" } },
      { id: `evt-b:${bookings[1].id}`, data: { bookingId: bookings[1].id } },
      { id: `evt-c:${bookings[2].id}`, data: { bookingId: bookings[2].id } },
    ];
    const send = () => sendBookingNoticesForEach(batch, "test-batch", () => [notice("traveller"), notice("vendor")]);
    const query = vi.spyOn(pgPool(), "query");
    try {
      await expect(send()).rejects.toThrow(/^1 of 4 events failed; the first: Booking not found/);
      // the contexts, the notifications and emails, the emails marked sent
      expect(query).toHaveBeenCalledTimes(3);
    } finally {
      query.mockRestore();
    }
    await expect(send()).rejects.toThrow(/^1 of 4 events failed/);
    for (const t of travellers) {
      const emails = await db.emailOutbox.findMany({
        where: { userId: t.id, dedupeKey: { startsWith: "test-batch:" } },
      });
      expect(emails.map((e) => [e.to, e.status])).toEqual([[t.email, "sent"]]);
    }
    const toVendor = await db.notification.findMany({
      where: { userId: vendor.id, dedupeKey: { startsWith: "test-batch:" } },
      orderBy: { dedupeKey: "asc" },
    });
    expect(toVendor.map((n) => n.dedupeKey)).toEqual(
      batch.filter((e) => e.id !== "evt-missing").map((e) => `test-batch:${e.id}:vendor`),
    );
  });
});

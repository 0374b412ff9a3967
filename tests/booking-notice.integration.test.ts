// Booking notices as the Inngest functions send them (one call, no steps): the context query, the recipients read
// with it, and idempotency when a retried function sends the same notices again.
import { describe, expect, test } from "vitest";
import { createBooking } from "@/lib/bookings/create-booking";
import { db } from "@/lib/db";
import { loadBookingContext, sendBookingNotice } from "@/lib/notifications/booking-notice";
import { makeDeparture, makeTravellers } from "./support/catalogue";

const notice = (to: "traveller" | "vendor") => ({ to, type: `test_${to}`, title: "Booking confirmed", paragraphs: ["Your seats are confirmed."] });

describe("booking notices", () => {
  test("one query loads the booking, its trip and both recipients", async () => {
    const { vendor, trip, departure } = await makeDeparture();
    const [traveller] = await makeTravellers(1);
    const { booking } = await createBooking(traveller, { departureId: departure.id, seats: 2 });
    const ctx = await loadBookingContext(booking.id);
    expect(ctx).toMatchObject({ bookingId: booking.id, tripTitle: trip.title, seats: 2, travellerId: traveller.id, vendorId: vendor.id });
    expect(ctx.recipients).toEqual({ traveller: { email: traveller.email, active: true }, vendor: { email: vendor.email, active: true } });
    await expect(loadBookingContext("no-such-booking")).rejects.toMatchObject({ code: "not_found" });
  });

  test("sending the same notices again (a retried function) creates no second notification or email", async () => {
    const { departure, vendor } = await makeDeparture();
    const [traveller] = await makeTravellers(1);
    const { booking } = await createBooking(traveller, { departureId: departure.id, seats: 1 });
    const ctx = await loadBookingContext(booking.id);
    for (let attempt = 0; attempt < 2; attempt++) {
      for (const to of ["traveller", "vendor"] as const) await sendBookingNotice(ctx, notice(to), `test-notice:${booking.id}:${to}`);
    }
    for (const user of [traveller, vendor]) {
      expect(await db.notification.count({ where: { userId: user.id, type: { startsWith: "test_" } } })).toBe(1);
      const emails = await db.emailOutbox.findMany({ where: { userId: user.id, dedupeKey: { startsWith: "test-notice:" } } });
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
});

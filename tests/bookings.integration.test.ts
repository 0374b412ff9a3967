// Seat holds under concurrency and the payment webhook, against the real database and the local Stripe stand-in.
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, test } from "vitest";
import { createBooking } from "@/lib/bookings/create-booking";
import { expireBooking } from "@/lib/bookings/expire-booking";
import { db } from "@/lib/db";
import { events } from "@/lib/events/definitions";
import { expireBookingHold } from "@/lib/inngest/functions/expire-booking-hold";
import { notifyPaymentReturned } from "@/lib/inngest/functions/notify-payment-returned";
import { AppError } from "@/lib/errors";
import { handleStripeWebhook } from "@/lib/payments/stripe-webhook";
import { stripe } from "@/lib/payments/stripe";
import { makeDeparture, makeTravellers } from "./support/catalogue";
import { signedEvent } from "./support/stripe-events";

const codeOf = (r: PromiseSettledResult<unknown>) =>
  r.status === "rejected" ? (r.reason instanceof AppError ? r.reason.code : String(r.reason)) : "ok";

describe("seat holds under concurrency", () => {
  test("50 concurrent requests for a departure with 7 seats: exactly 7 held, the rest sold_out", async () => {
    const { departure } = await makeDeparture({ capacity: 7 });
    const travellers = await makeTravellers(50);
    const results = await Promise.allSettled(
      travellers.map((t) => createBooking(t, { departureId: departure.id, seats: 1 })),
    );
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === "ok")).toHaveLength(7);
    expect(codes.filter((c) => c === "sold_out")).toHaveLength(43);
    const after = await db.departure.findUniqueOrThrow({ where: { id: departure.id } });
    expect(after.seatsTaken).toBe(7);
    expect(await db.booking.count({ where: { departureId: departure.id, status: "pending" } })).toBe(7);
    // every successful hold has its PaymentIntent, with the booking's amount
    const payments = await db.payment.findMany({ where: { booking: { departureId: departure.id } } });
    expect(payments.every((p) => p.stripePaymentIntentId?.startsWith("pi_") && p.amount === 10_000)).toBe(true);
  });

  test("mixed seat counts never exceed capacity and never go negative", async () => {
    const { departure } = await makeDeparture({ capacity: 10 });
    const travellers = await makeTravellers(30);
    const asks = travellers.map((_, i) => (i % 4) + 1);
    const results = await Promise.allSettled(
      travellers.map((t, i) => createBooking(t, { departureId: departure.id, seats: asks[i] })),
    );
    const held = results.reduce((sum, r, i) => sum + (r.status === "fulfilled" ? asks[i] : 0), 0);
    expect(results.map(codeOf).every((c) => c === "ok" || c === "sold_out")).toBe(true);
    const after = await db.departure.findUniqueOrThrow({ where: { id: departure.id } });
    expect(after.seatsTaken).toBe(held);
    expect(held).toBeLessThanOrEqual(10);
    // a refused request never fits what is left: were 4 or more seats left, every request (1–4 seats) would have fitted
    expect(held).toBeGreaterThanOrEqual(7);
    // releasing every hold returns the departure to empty, never below
    const bookings = await db.booking.findMany({ where: { departureId: departure.id } });
    await Promise.all(
      bookings.flatMap((b) => [expireBooking(b.id, { force: true }), expireBooking(b.id, { force: true })]),
    );
    expect((await db.departure.findUniqueOrThrow({ where: { id: departure.id } })).seatsTaken).toBe(0);
  });

  test("a booking snapshots price and commission; the database refuses overbooking even from raw SQL", async () => {
    const { departure } = await makeDeparture({ capacity: 2, price: 12_345 });
    const [t] = await makeTravellers(1);
    const { booking, payment } = await createBooking(t, { departureId: departure.id, seats: 2 });
    expect(booking).toMatchObject({
      seats: 2,
      unitPrice: 12_345,
      totalAmount: 24_690,
      commissionBps: 2000,
      status: "pending",
      currency: "usd",
    });
    expect(booking.holdExpiresAt.getTime() - booking.createdAt.getTime()).toBeGreaterThanOrEqual(15 * 60_000 - 1000);
    expect(payment).toMatchObject({ amount: 24_690, status: "pending" });
    await expect(
      db.$executeRaw`UPDATE departures SET "seatsTaken" = "seatsTaken" + 1 WHERE id = ${departure.id}`,
    ).rejects.toThrow();
  });
});

describe("the hold and its expiry", () => {
  test("one statement writes the booking, its payment, the audit row and both outbox events", async () => {
    const { departure, trip } = await makeDeparture({ capacity: 4 });
    const [t] = await makeTravellers(1);
    const { booking, payment } = await createBooking(t, { departureId: departure.id, seats: 3 });
    expect(await db.departure.findUniqueOrThrow({ where: { id: departure.id } })).toMatchObject({ seatsTaken: 3 });
    expect(await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({
      bookingId: booking.id,
      amount: booking.totalAmount,
    });
    expect(
      await db.auditLog.findFirstOrThrow({ where: { entityType: "booking", entityId: booking.id } }),
    ).toMatchObject({ actorId: t.id, action: "booking.created", data: { seats: 3 } });
    const created = await db.eventOutbox.findUniqueOrThrow({ where: { eventId: `booking/created:${booking.id}` } });
    expect(created).toMatchObject({ name: "booking/created", ts: null });
    expect(events.bookingCreated.schema.parse(created.data)).toEqual({
      bookingId: booking.id,
      userId: t.id,
      tripId: trip.id,
      departureId: departure.id,
      vendorId: trip.vendorId,
      seats: 3,
      amount: booking.totalAmount,
      currency: booking.currency,
    });
    // dated a second after the hold runs out: Inngest starts expire-booking-hold then
    const expiry = await db.eventOutbox.findUniqueOrThrow({ where: { eventId: `booking/hold.expires:${booking.id}` } });
    expect(expiry).toMatchObject({ name: "booking/hold.expires", data: { bookingId: booking.id } });
    expect(expiry.ts!.getTime()).toBe(booking.holdExpiresAt.getTime() + 1000);
  });

  test("expire-booking-hold releases an unpaid hold that ran out, and is retried if it starts early", async () => {
    const { departure } = await makeDeparture({ capacity: 4 });
    const [t] = await makeTravellers(1);
    const { booking } = await createBooking(t, { departureId: departure.id, seats: 2 });
    const event = { name: events.bookingHoldExpires.name, data: { bookingId: booking.id } };

    const early = await new InngestTestEngine({ function: expireBookingHold }).execute({ events: [event] });
    expect(early.error).toBeDefined();
    expect(await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ status: "pending" });

    await db.booking.update({ where: { id: booking.id }, data: { holdExpiresAt: new Date(Date.now() - 1000) } });
    const due = await new InngestTestEngine({ function: expireBookingHold }).execute({ events: [event] });
    expect(due.result).toMatchObject({ expired: true });
    expect(await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ status: "expired" });
    expect(await db.departure.findUniqueOrThrow({ where: { id: departure.id } })).toMatchObject({ seatsTaken: 0 });
  });
});

async function paidBooking(capacity = 5) {
  const { departure } = await makeDeparture({ capacity });
  const [traveller] = await makeTravellers(1);
  const { booking, payment } = await createBooking(traveller, { departureId: departure.id, seats: 2 });
  return { departure, traveller, booking, payment, intentId: payment.stripePaymentIntentId! };
}

describe("Stripe webhook", () => {
  test("a bad signature is rejected and nothing is stored", async () => {
    const { payload } = signedEvent("payment_intent.succeeded", { id: "pi_x" });
    await expect(handleStripeWebhook(payload, "t=1,v1=deadbeef")).rejects.toMatchObject({ code: "bad_request" });
    await expect(handleStripeWebhook(payload, null)).rejects.toMatchObject({ code: "bad_request" });
    expect(await db.stripeEvent.count({ where: { payload: { path: ["data", "object", "id"], equals: "pi_x" } } })).toBe(
      0,
    );
  });

  test("payment_intent.succeeded confirms the booking, before the booking/created handler ran; duplicates change nothing", async () => {
    const { booking, intentId, departure } = await paidBooking();
    const intent = await stripe().paymentIntents.confirm(intentId, { payment_method: "pm_card_visa" });
    expect(intent.status).toBe("succeeded");
    // Stripe took the money, yet nothing has touched the booking: no app serves the Inngest functions during these
    // tests, so booking/created was never handled, and only the webhook below may confirm it
    const before = await db.booking.findUniqueOrThrow({ where: { id: booking.id }, include: { payments: true } });
    expect([before.status, before.payments[0].status]).toEqual(["pending", "pending"]);

    const event = signedEvent("payment_intent.succeeded", intent);
    expect(await handleStripeWebhook(event.payload, event.header)).toMatchObject({ result: "confirmed" });
    expect(await handleStripeWebhook(event.payload, event.header)).toMatchObject({ duplicate: true });
    const again = signedEvent("payment_intent.succeeded", intent);
    expect(await handleStripeWebhook(again.payload, again.header)).toMatchObject({ result: "already_handled" });

    const after = await db.booking.findUniqueOrThrow({ where: { id: booking.id }, include: { payments: true } });
    expect(after.status).toBe("confirmed");
    expect(after.payments[0].status).toBe("succeeded");
    expect(await db.eventOutbox.count({ where: { eventId: `booking/confirmed:${booking.id}` } })).toBe(1);
    // the hold-expiry function running later does nothing to a paid booking
    expect(await expireBooking(booking.id, { now: new Date(Date.now() + 3_600_000) })).toMatchObject({
      expired: false,
    });
    expect((await db.departure.findUniqueOrThrow({ where: { id: departure.id } })).seatsTaken).toBe(2);
  });

  test("the payload is not trusted: an event claiming success for an unpaid PaymentIntent confirms nothing", async () => {
    const { booking, intentId } = await paidBooking();
    const forged = signedEvent("payment_intent.succeeded", {
      id: intentId,
      object: "payment_intent",
      status: "succeeded",
    });
    expect(await handleStripeWebhook(forged.payload, forged.header)).toMatchObject({ result: "not_succeeded" });
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("pending");
  });

  test("a decline is recorded; a later success still confirms; a late failure event does not undo it", async () => {
    const { booking, intentId } = await paidBooking();
    await expect(
      stripe().paymentIntents.confirm(intentId, { payment_method: "pm_card_chargeDeclined" }),
    ).rejects.toMatchObject({ code: "card_declined" });
    const declined = await stripe().paymentIntents.retrieve(intentId);
    const failedEvent = signedEvent("payment_intent.payment_failed", declined);
    expect(await handleStripeWebhook(failedEvent.payload, failedEvent.header)).toMatchObject({ result: "recorded" });
    expect((await db.payment.findFirstOrThrow({ where: { bookingId: booking.id } })).status).toBe("failed");

    const paid = await stripe().paymentIntents.confirm(intentId, { payment_method: "pm_card_visa" });
    const ok = signedEvent("payment_intent.succeeded", paid);
    expect(await handleStripeWebhook(ok.payload, ok.header)).toMatchObject({ result: "confirmed" });
    const lateFailure = signedEvent("payment_intent.payment_failed", declined);
    await handleStripeWebhook(lateFailure.payload, lateFailure.header);
    const after = await db.booking.findUniqueOrThrow({ where: { id: booking.id }, include: { payments: true } });
    expect(after.status).toBe("confirmed");
    expect(after.payments[0].status).toBe("succeeded");
  });

  test("payment after the hold expired: seats still free → confirmed", async () => {
    const { booking, intentId, departure } = await paidBooking();
    await expireBooking(booking.id, { force: true });
    expect((await db.departure.findUniqueOrThrow({ where: { id: departure.id } })).seatsTaken).toBe(0);
    const intent = await stripe().paymentIntents.confirm(intentId, { payment_method: "pm_card_visa" });
    const event = signedEvent("payment_intent.succeeded", intent);
    expect(await handleStripeWebhook(event.payload, event.header)).toMatchObject({ result: "confirmed" });
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("confirmed");
    expect((await db.departure.findUniqueOrThrow({ where: { id: departure.id } })).seatsTaken).toBe(2);
  });

  test("payment after the hold expired: seats gone → refunded in full and the traveller told why", async () => {
    const { booking, intentId, departure, traveller } = await paidBooking(2);
    await expireBooking(booking.id, { force: true });
    const [other] = await makeTravellers(1);
    await createBooking(other, { departureId: departure.id, seats: 2 });
    const intent = await stripe().paymentIntents.confirm(intentId, { payment_method: "pm_card_visa" });
    const event = signedEvent("payment_intent.succeeded", intent);
    expect(await handleStripeWebhook(event.payload, event.header)).toMatchObject({ result: "refunded_seats_gone" });

    const after = await db.booking.findUniqueOrThrow({
      where: { id: booking.id },
      include: { payments: true, refunds: true },
    });
    expect(after.status).toBe("expired");
    expect(after.payments[0]).toMatchObject({ status: "refunded", refundedAmount: after.totalAmount });
    expect(after.refunds).toHaveLength(1);
    expect(after.refunds[0]).toMatchObject({ amount: after.totalAmount, status: "succeeded" });
    const stripeRefunds = await stripe().refunds.list({ payment_intent: intentId });
    expect(stripeRefunds.data.reduce((s, r) => s + r.amount, 0)).toBe(after.totalAmount);
    expect((await db.departure.findUniqueOrThrow({ where: { id: departure.id } })).seatsTaken).toBe(2);
    // the traveller is told why through the outbox like every other notice: an event in the same transaction, then
    // its function; nothing is sent directly
    const returned = await db.eventOutbox.findUniqueOrThrow({
      where: { eventId: `payment/returned:${after.payments[0].id}` },
    });
    const data = events.paymentReturned.schema.parse(returned.data);
    expect(data).toMatchObject({
      bookingId: booking.id,
      userId: traveller.id,
      reason: "seats_gone",
      amount: after.totalAmount,
      refundId: after.refunds[0].id,
    });
    expect(await db.notification.count({ where: { userId: traveller.id, type: "payment_returned" } })).toBe(0);
    await new InngestTestEngine({ function: notifyPaymentReturned }).execute({
      events: [{ name: returned.name, data, id: returned.eventId }],
    });
    const note = await db.notification.findFirstOrThrow({ where: { userId: traveller.id, type: "payment_returned" } });
    expect(note.body).toContain("hold ended");
    const email = await db.emailOutbox.findFirstOrThrow({
      where: { userId: traveller.id, dedupeKey: { startsWith: "notify-payment-returned:" } },
    });
    expect(email).toMatchObject({ status: "sent", subject: "Your payment was refunded" });
  });
});

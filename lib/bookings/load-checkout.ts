import "server-only";
import type { Actor } from "../auth/actor";
import { notFound } from "../errors";
import { ensurePaymentIntent } from "../payments/ensure-payment-intent";
import { getBooking } from "./get-booking";

/** Everything the checkout page needs; only the booking's traveller may pay it. */
export async function loadCheckout(actor: Actor, bookingId: string) {
  const { booking, relation } = await getBooking(actor, bookingId);
  if (relation !== "owner") throw notFound("Booking");
  let payment = booking.payments[0] ?? null;
  if (booking.status === "pending" && payment && !payment.clientSecret) payment = await ensurePaymentIntent(payment.id);
  return { booking, payment };
}

import type { Actor } from "@/lib/auth/actor";
import { completeBooking } from "@/lib/bookings/complete-booking";
import { createBooking } from "@/lib/bookings/create-booking";
import { db } from "@/lib/db";
import { handlePaymentSucceeded } from "@/lib/payments/handle-payment-succeeded";
import { stripe } from "@/lib/payments/stripe";
import { startConnectOnboarding } from "@/lib/vendors/start-connect-onboarding";
import { syncConnectAccount } from "@/lib/vendors/sync-connect-account";
import { makeDeparture, makeTravellers } from "./catalogue";

export const asActor = (u: { id: string; email: string; name: string; role: Actor["role"] }): Actor => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
});

export async function makeAdmin(): Promise<Actor> {
  const [user] = await makeTravellers(1);
  await db.user.update({ where: { id: user.id }, data: { role: "admin" } });
  return { ...user, role: "admin" };
}

/** A vendor (with a vendor profile) owning one published trip and one departure. */
export async function vendorWithDeparture(options: { price?: number; startsInDays?: number; capacity?: number } = {}) {
  const { vendor, trip, departure } = await makeDeparture({
    capacity: options.capacity ?? 20,
    price: options.price ?? 10_000,
    startsInDays: options.startsInDays ?? 30,
  });
  await db.vendorProfile.create({ data: { userId: vendor.id, displayName: "Test Vendor" } });
  return { vendor: asActor(vendor), trip, departure };
}

/** A traveller books and pays (the test card, then the success handler the webhook calls): a confirmed booking. */
export async function paidBooking(departureId: string, seats = 1) {
  const [traveller] = await makeTravellers(1);
  const { booking, payment } = await createBooking(traveller, { departureId, seats });
  const intent = await stripe().paymentIntents.confirm(payment.stripePaymentIntentId!, {
    payment_method: "pm_card_visa",
  });
  const outcome = await handlePaymentSucceeded(intent);
  if (outcome !== "confirmed") throw new Error(`booking ${booking.id} not confirmed: ${outcome}`);
  return { booking, payment, traveller };
}

/** Connect onboarding the way a vendor does it: a link from Travellr, the stand-in's hosted form submitted, synced. */
export async function connectVendor(vendor: Actor) {
  const { url, accountId } = await startConnectOnboarding(vendor, vendor.id);
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "business_name=Test+Vendor",
    redirect: "manual",
  });
  if (res.status !== 303) throw new Error(`onboarding form answered ${res.status}`);
  await syncConnectAccount(accountId);
  return accountId;
}

/** An admin completes a confirmed booking as of `at` (its share becomes available then). */
export async function completedAt(bookingId: string, at = new Date()) {
  const admin = await makeAdmin();
  await completeBooking(admin, bookingId, at);
}

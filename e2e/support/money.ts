import { type APIRequestContext, expect } from "@playwright/test";
import { bearer, registerUser } from "./api";

const STRIPE = `http://127.0.0.1:${process.env.STRIPE_LOCAL_PORT ?? 12112}`;

/** A vendor's published trip with one departure `days` from now. */
export async function tripWithDeparture(
  request: APIRequestContext,
  { days = 3, policy = "moderate", price = 20_000, capacity = 10, currency = "usd" } = {},
) {
  const vendor = await registerUser(request, { role: "vendor" });
  const trip = (
    await (
      await request.post("/api/v1/trips", {
        headers: bearer(vendor.token),
        data: {
          title: `Money Test Trip ${Date.now().toString(36)}`,
          description: "A trip for the money tests of the suite.",
          city: "Faro",
          country: "Portugal",
          pricePerSeat: price,
          durationDays: 1,
          cancellationPolicy: policy,
          status: "published",
          currency,
        },
      })
    ).json()
  ).trip;
  const startsAt = new Date(Date.now() + days * 86_400_000).toISOString();
  const res = await request.post(`/api/v1/trips/${trip.id}/departures`, {
    headers: bearer(vendor.token),
    data: { startsAt, timeZone: "Europe/Lisbon", capacity },
  });
  expect(res.status(), await res.text()).toBe(201);
  return { vendor, trip, departure: (await res.json()).departure };
}

/** A traveller books `seats` and pays with the test card; resolves once the webhook has confirmed the booking. */
export async function paidBooking(request: APIRequestContext, departureId: string, seats = 1) {
  const traveller = await registerUser(request);
  const created = await request.post("/api/v1/bookings", {
    headers: bearer(traveller.token),
    data: { departureId, seats },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { booking, payment } = await created.json();
  const confirm = await fetch(`${STRIPE}/v1/payment_intents/${payment.stripePaymentIntentId}/confirm`, {
    method: "POST",
    headers: { authorization: "Bearer sk_test_e2e", "content-type": "application/x-www-form-urlencoded" },
    body: "payment_method=pm_card_visa",
  });
  expect(confirm.status).toBe(200);
  await expect(async () => {
    const b = await (await request.get(`/api/v1/bookings/${booking.id}`, { headers: bearer(traveller.token) })).json();
    expect(b.booking.status).toBe("confirmed");
  }).toPass({ timeout: 20_000 });
  return { traveller, booking, payment };
}

import { type APIRequestContext, expect, test } from "../support/test";
import { bearer } from "../support/api";
import { paidBooking, tripWithDeparture } from "../support/money";

async function typesOf(request: APIRequestContext, token: string): Promise<string[]> {
  const list = await (await request.get("/api/v1/notifications?limit=100", { headers: bearer(token) })).json();
  return list.data.map((n: { type: string }) => n.type);
}

test("booking, payment and cancellation events notify the traveller and the vendor", async ({ request }) => {
  const { vendor, departure } = await tripWithDeparture(request, { days: 10, policy: "flexible" });
  const { traveller, booking } = await paidBooking(request, departure.id, 1);
  await expect(async () => {
    expect(await typesOf(request, traveller.token)).toEqual(
      expect.arrayContaining(["booking_created", "booking_confirmed", "payment_succeeded"]),
    );
    expect(await typesOf(request, vendor.token)).toContain("booking_confirmed_vendor");
  }).toPass({ timeout: 30_000 });

  const res = await request.post(`/api/v1/bookings/${booking.id}/cancel`, {
    headers: bearer(traveller.token),
    data: { reason: "ill" },
  });
  expect(res.status(), await res.text()).toBe(200);
  expect((await res.json()).refund).toMatchObject({ amount: booking.totalAmount, status: "succeeded" });
  await expect(async () => {
    expect(await typesOf(request, traveller.token)).toEqual(
      expect.arrayContaining(["booking_cancelled", "payment_refunded"]),
    );
    expect(await typesOf(request, vendor.token)).toContain("booking_cancelled_vendor");
  }).toPass({ timeout: 30_000 });
});

import { expect, test } from "../support/test";
import { bearer, expectError, registerUser } from "../support/api";
import { paidBooking, tripWithDeparture } from "../support/money";

test("a waitlisted traveller is notified when a cancellation frees seats", async ({ request }) => {
  const { departure } = await tripWithDeparture(request, { days: 20, capacity: 2 });
  await expectError(
    await request.post(`/api/v1/departures/${departure.id}/waitlist`, {
      headers: bearer((await registerUser(request)).token),
      data: { seats: 1 },
    }),
    409,
  );
  const holder = await paidBooking(request, departure.id, 2);
  const waiting = await registerUser(request);
  const joined = await request.post(`/api/v1/departures/${departure.id}/waitlist`, {
    headers: bearer(waiting.token),
    data: { seats: 2 },
  });
  expect(joined.status(), await joined.text()).toBe(201);
  await expectError(
    await request.post(`/api/v1/departures/${departure.id}/waitlist`, {
      headers: bearer(waiting.token),
      data: { seats: 2 },
    }),
    409,
  );
  const mine = await (await request.get("/api/v1/waitlist", { headers: bearer(waiting.token) })).json();
  expect(mine.data[0]).toMatchObject({ departureId: departure.id, seats: 2, seatsLeft: 0, notified: false });

  const cancelled = await request.post(`/api/v1/bookings/${holder.booking.id}/cancel`, {
    headers: bearer(holder.traveller.token),
  });
  expect(cancelled.status(), await cancelled.text()).toBe(200);
  await expect(async () => {
    const list = await (await request.get("/api/v1/notifications", { headers: bearer(waiting.token) })).json();
    expect(list.data.map((n: { type: string }) => n.type)).toContain("waitlist_seats_free");
  }).toPass({ timeout: 20_000 });
  const after = await (await request.get("/api/v1/waitlist", { headers: bearer(waiting.token) })).json();
  expect(after.data[0]).toMatchObject({ notified: true, seatsLeft: 2 });
  expect(
    (await request.delete(`/api/v1/departures/${departure.id}/waitlist`, { headers: bearer(waiting.token) })).status(),
  ).toBe(204);
});

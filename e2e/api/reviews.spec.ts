import { expect, test } from "../support/test";
import { bearer, expectError, login, registerUser } from "../support/api";
import { paidBooking, tripWithDeparture } from "../support/money";

// Reviews over HTTP: who may write, reply and hide, the status of each answer, and every body checked against the
// OpenAPI document by the request fixture.
test("a completed booking's traveller reviews it once, the vendor replies once, an admin hides it", async ({
  request,
}) => {
  test.setTimeout(60_000);
  const { vendor, trip, departure } = await tripWithDeparture(request, { days: 6 });
  const { traveller, booking } = await paidBooking(request, departure.id, 1);
  const admin = await login(request, "admin@example.com");
  const stranger = await registerUser(request);
  const otherVendor = await registerUser(request, { role: "vendor" });
  const t = bearer(traveller.token);
  const review = { rating: 4, comment: "Great coast walk, patient guide." };
  const post = (headers: Record<string, string>, data: unknown = review) =>
    request.post(`/api/v1/bookings/${booking.id}/review`, { headers, data });

  // not before the booking is completed; never someone else's booking
  await expectError(await post(t), 409, "invalid_state");
  const completed = await request.post(`/api/v1/bookings/${booking.id}/complete`, { headers: bearer(admin.token) });
  expect(completed.status(), await completed.text()).toBe(200);
  await expectError(await request.post(`/api/v1/bookings/${booking.id}/review`, { data: review }), 401);
  await expectError(await post(bearer(stranger.token)), 404, "not_found");
  await expectError(await post(bearer(vendor.token)), 403, "forbidden");
  const invalid = await expectError(await post(t, { rating: 6, comment: "ok" }), 422, "validation_failed");
  expect(Object.keys(invalid.error.details.fieldErrors).sort()).toEqual(["comment", "rating"]);

  const created = await post(t);
  expect(created.status(), await created.text()).toBe(201);
  const { review: written } = await created.json();
  expect(written).toMatchObject({ rating: 4, comment: review.comment, author: { name: "E2E U." }, reply: null });
  const changed = await post(t, { rating: 5, comment: "Even better on reflection: a perfect day." });
  expect(changed.status()).toBe(200);
  expect((await changed.json()).review).toMatchObject({ id: written.id, rating: 5 });

  const list = await (await request.get(`/api/v1/trips/${trip.id}/reviews`)).json();
  expect(list).toMatchObject({ total: 1, page: 1, rating: { average: 5, count: 1 } });
  expect(list.data[0]).toMatchObject({ id: written.id, rating: 5 });
  expect((await (await request.get(`/api/v1/trips/${trip.id}`)).json()).trip.rating).toEqual({ average: 5, count: 1 });
  await expectError(await request.get(`/api/v1/trips/${trip.id}/reviews?limit=500`), 422, "validation_failed");
  await expectError(await request.get("/api/v1/trips/no-such-trip/reviews"), 404, "not_found");

  // one reply, by the trip's vendor (or an admin)
  const reply = (headers: Record<string, string>, text = "Thank you for coming!") =>
    request.post(`/api/v1/reviews/${written.id}/reply`, { headers, data: { reply: text } });
  await expectError(await reply(t), 403, "forbidden");
  await expectError(await reply(bearer(otherVendor.token)), 403, "forbidden");
  await expectError(await reply(bearer(vendor.token), ""), 422, "validation_failed");
  const replied = await reply(bearer(vendor.token));
  expect(replied.status(), await replied.text()).toBe(200);
  expect((await replied.json()).review.reply).toMatchObject({ text: "Thank you for coming!" });
  await expectError(await reply(bearer(vendor.token), "Again"), 409, "invalid_state");

  // hidden by an admin: out of the list and the rating; shown again, back in both
  const hide = `/api/v1/reviews/${written.id}/hide`;
  await expectError(await request.post(hide, { headers: bearer(vendor.token) }), 403, "forbidden");
  const hidden = await request.post(hide, { headers: bearer(admin.token) });
  expect(hidden.status(), await hidden.text()).toBe(200);
  expect((await hidden.json()).review.hiddenAt).not.toBeNull();
  expect(await (await request.get(`/api/v1/trips/${trip.id}/reviews`)).json()).toMatchObject({
    data: [],
    total: 0,
    rating: { average: null, count: 0 },
  });
  const shown = await request.delete(hide, { headers: bearer(admin.token) });
  expect(shown.status()).toBe(200);
  expect((await (await request.get(`/api/v1/trips/${trip.id}/reviews`)).json()).rating).toEqual({
    average: 5,
    count: 1,
  });
});

test("search sorts by rating: rated trips by average then count, unrated ones last", async ({ request }) => {
  const res = await request.get("/api/v1/trips?sort=rating&limit=100");
  expect(res.status(), await res.text()).toBe(200);
  const ratings: { average: number | null; count: number }[] = (await res.json()).data.map(
    (t: { rating: { average: number | null; count: number } }) => t.rating,
  );
  const firstUnrated = ratings.findIndex((r) => r.average === null);
  const rated = firstUnrated === -1 ? ratings : ratings.slice(0, firstUnrated);
  // the demo catalogue is seeded with reviews
  expect(rated.length).toBeGreaterThan(0);
  if (firstUnrated !== -1) expect(ratings.slice(firstUnrated).every((r) => r.average === null)).toBe(true);
  for (let i = 1; i < rated.length; i++) {
    const [a, b] = [rated[i - 1], rated[i]];
    // sorted by the exact average; rounding to one decimal keeps that order (ties may then differ in count)
    expect(a.average!).toBeGreaterThanOrEqual(b.average!);
  }
  await expectError(await request.get("/api/v1/trips?sort=stars"), 422, "validation_failed");
});

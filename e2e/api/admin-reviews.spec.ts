import { expect, test } from "../support/test";
import { bearer, expectError, login, registerUser } from "../support/api";
import { paidBooking, tripWithDeparture } from "../support/money";

// GET /api/v1/admin/reviews over HTTP: admins only; every review, hidden ones included, newest first, filtered by
// visibility, stars and text, paged. The request fixture checks every body against the OpenAPI document, so the
// admin review shape (reviewer in full, trip) is validated on each answer.
test("admins list every review, hidden ones included, and filter them; travellers and vendors are refused", async ({
  request,
}) => {
  test.setTimeout(90_000);
  const { vendor, trip, departure } = await tripWithDeparture(request, { days: 6 });
  const admin = await login(request, "admin@example.com");
  const a = bearer(admin.token);

  // two completed bookings reviewed with 2 and 5 stars, the first hidden by the admin
  const written: { id: string; email: string }[] = [];
  for (const rating of [2, 5]) {
    const { traveller, booking } = await paidBooking(request, departure.id, 1);
    const completed = await request.post(`/api/v1/bookings/${booking.id}/complete`, { headers: a });
    expect(completed.status(), await completed.text()).toBe(200);
    const res = await request.post(`/api/v1/bookings/${booking.id}/review`, {
      headers: bearer(traveller.token),
      data: { rating, comment: `A ${rating}-star day on ${trip.title}.` },
    });
    expect(res.status(), await res.text()).toBe(201);
    written.push({ id: (await res.json()).review.id, email: traveller.user.email });
  }
  const hidden = await request.post(`/api/v1/reviews/${written[0].id}/hide`, { headers: a });
  expect(hidden.status(), await hidden.text()).toBe(200);

  const list = (query: string, headers: Record<string, string> = a) =>
    request.get(`/api/v1/admin/reviews?${query}`, { headers });
  const title = `q=${encodeURIComponent(trip.title)}`;

  // not for anyone but admins
  await expectError(await request.get("/api/v1/admin/reviews"), 401, "unauthenticated");
  const traveller = await registerUser(request);
  await expectError(await list(title, bearer(traveller.token)), 403, "forbidden");
  await expectError(await list(title, bearer(vendor.token)), 403, "forbidden");

  // all of the trip's reviews, newest first, the hidden one included, each naming its reviewer in full
  const all = await list(title);
  expect(all.status(), await all.text()).toBe(200);
  const body = await all.json();
  expect(body).toMatchObject({ page: 1, limit: 20, total: 2 });
  expect(body.data.map((r: { id: string }) => r.id)).toEqual([written[1].id, written[0].id]);
  expect(body.data[1]).toMatchObject({
    rating: 2,
    hiddenAt: expect.any(String),
    reviewer: { email: written[0].email, name: "E2E User" },
    trip: { id: trip.id, title: trip.title },
  });

  // filters
  const ids = async (query: string) => {
    const res = await list(`${title}&${query}`);
    expect(res.status(), await res.text()).toBe(200);
    return (await res.json()).data.map((r: { id: string }) => r.id);
  };
  expect(await ids("visibility=hidden")).toEqual([written[0].id]);
  expect(await ids("visibility=visible")).toEqual([written[1].id]);
  expect(await ids("rating=5")).toEqual([written[1].id]);
  expect(await ids("rating=5&visibility=hidden")).toEqual([]);
  const byEmail = await list(`q=${encodeURIComponent(written[0].email.toUpperCase())}`);
  expect((await byEmail.json()).data.map((r: { id: string }) => r.id)).toEqual([written[0].id]);

  // paged like the other admin lists
  const second = await list(`${title}&limit=1&page=2`);
  expect(await second.json()).toMatchObject({ page: 2, limit: 1, total: 2, data: [{ id: written[0].id }] });

  // bad filters are a 422 naming the parameter; other methods a 405
  for (const bad of ["visibility=gone", "rating=6", "rating=4.5", "limit=500"])
    await expectError(await list(bad), 422, "validation_failed");
  await expectError(await request.post("/api/v1/admin/reviews", { headers: a }), 405, "method_not_allowed");
});

import { expect, test } from "@playwright/test";
import { bearer, login } from "../support/api";
import { paidBooking, tripWithDeparture } from "../support/money";
import { logIn } from "../support/ui";

test("a completed booking gets a review that shows on the trip page with the average", async ({ page, request }) => {
  test.setTimeout(60_000);
  const { trip, departure } = await tripWithDeparture(request, { days: 4 });
  const { traveller, booking } = await paidBooking(request, departure.id, 1);
  const admin = await login(request, "admin@example.com");
  const done = await request.post(`/api/v1/bookings/${booking.id}/complete`, { headers: bearer(admin.token) });
  expect(done.status(), await done.text()).toBe(200);

  // the invitation links to the form: /bookings/<id>#review
  await logIn(page, traveller.user.email, traveller.password);
  await page.goto(`/bookings/${booking.id}#review`);
  const form = page.getByRole("form", { name: "Review this trip" });
  await expect(page.getByRole("heading", { name: "How was your trip?" })).toBeVisible();

  // errors are said next to the fields, and what was typed stays
  await form.getByLabel("Your review").fill("Too short");
  await form.getByRole("button", { name: "Post review" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "Choose a rating from 1 to 5 stars" })).toBeVisible();
  await expect(form.getByRole("alert").filter({ hasText: "Write at least 10 characters" })).toBeVisible();
  await expect(form.getByLabel("Your review")).toHaveValue("Too short");

  const stars = form.getByRole("group", { name: "Your rating" });
  await stars.getByRole("radio", { name: "4 stars" }).check();
  await expect(stars.getByRole("radio", { name: "4 stars" })).toBeChecked();
  await form.getByLabel("Your review").fill("Wild cliffs, a patient guide and the best grilled sardines of my life.");
  await form.getByRole("button", { name: "Post review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thank you! Your review is posted." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your review" })).toBeVisible();
  await expect(page.getByText(/^You can edit until /)).toBeVisible();

  await page.goto(`/trips/${trip.id}`);
  await expect(page.getByRole("link", { name: "4.0 (1 review)" })).toBeVisible();
  const reviews = page.getByRole("region", { name: "Reviews" });
  await expect(reviews.getByRole("img", { name: "4 out of 5 stars" }).first()).toBeVisible();
  await expect(reviews).toContainText("1 review");
  const item = reviews.getByRole("article", { name: "Review by E2E U." });
  await expect(item).toContainText("Wild cliffs, a patient guide and the best grilled sardines of my life.");
});

test("the trip's vendor replies to a review from the trip's management page", async ({ page, request }) => {
  test.setTimeout(60_000);
  const { vendor, trip, departure } = await tripWithDeparture(request, { days: 4 });
  const { traveller, booking } = await paidBooking(request, departure.id, 1);
  const admin = await login(request, "admin@example.com");
  await request.post(`/api/v1/bookings/${booking.id}/complete`, { headers: bearer(admin.token) });
  const posted = await request.post(`/api/v1/bookings/${booking.id}/review`, {
    headers: bearer(traveller.token),
    data: { rating: 3, comment: "Good day out, but it started late." },
  });
  expect(posted.status(), await posted.text()).toBe(201);

  await logIn(page, vendor.user.email, vendor.password);
  await page.goto(`/vendor/trips/${trip.id}`);
  const item = page.getByRole("article", { name: "Review by E2E U." });
  await expect(item).toContainText("Good day out, but it started late.");
  await item.getByLabel("Your public reply to E2E U.").fill("Sorry about the start; we have moved pick-up earlier.");
  await item.getByRole("button", { name: "Post reply to E2E U." }).click();
  await expect(item).toContainText("Response from you");
  await expect(item.getByRole("button", { name: /Post reply/ })).toHaveCount(0);

  await page.goto(`/trips/${trip.id}`);
  await expect(page.getByRole("region", { name: "Reviews" })).toContainText(
    "Sorry about the start; we have moved pick-up earlier.",
  );
});

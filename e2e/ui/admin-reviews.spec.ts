import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, bearer, login } from "../support/api";
import { paidBooking, tripWithDeparture } from "../support/money";
import { logIn } from "../support/ui";

// The admin reviews console on a 360 px phone: a review found by its trip, hidden and shown again with the outcome
// said next to the button, the visibility filter, and no page wider than the screen.
test("an admin finds a review in the console, hides it and shows it again", async ({ page, request }) => {
  test.setTimeout(90_000);
  const { trip, departure } = await tripWithDeparture(request, { days: 4 });
  const { traveller, booking } = await paidBooking(request, departure.id, 1);
  const admin = await login(request, "admin@example.com");
  const done = await request.post(`/api/v1/bookings/${booking.id}/complete`, { headers: bearer(admin.token) });
  expect(done.status(), await done.text()).toBe(200);
  const comment = `Rude words about ${trip.title}, to be hidden.`;
  const posted = await request.post(`/api/v1/bookings/${booking.id}/review`, {
    headers: bearer(traveller.token),
    data: { rating: 1, comment },
  });
  expect(posted.status(), await posted.text()).toBe(201);

  await page.setViewportSize({ width: 360, height: 800 });
  await logIn(page, "admin@example.com", DEMO_PASSWORD);
  await page.goto("/admin/reviews");
  await expect(page.getByRole("heading", { level: 1, name: "Reviews" })).toBeVisible();
  const filters = page.getByRole("search", { name: "Filter reviews" });
  await filters.getByLabel("Search").fill(trip.title);
  await filters.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]q=/);

  const item = page.getByRole("article", { name: trip.title });
  await expect(item).toContainText(comment);
  await expect(item).toContainText(traveller.user.email);
  await expect(item.getByRole("img", { name: "1 out of 5 stars" })).toBeVisible();
  await expect(item.getByText("Visible", { exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await item.getByRole("button", { name: "Hide review by E2E User" }).click();
  await expect(item.getByRole("status")).toHaveText("Review hidden.");
  await expect(item.getByText(/^Hidden since /)).toBeVisible();

  // the visibility filter finds it among the hidden ones, and not among the visible
  await filters.getByLabel("Visibility").selectOption("hidden");
  await filters.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/visibility=hidden/);
  await expect(page.getByRole("article", { name: trip.title })).toBeVisible();
  await filters.getByLabel("Visibility").selectOption("visible");
  await filters.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No review matches these filters.")).toBeVisible();

  await filters.getByLabel("Visibility").selectOption("all");
  await filters.getByRole("button", { name: "Search" }).click();
  await item.getByRole("button", { name: "Show review by E2E User" }).click();
  await expect(item.getByRole("status")).toHaveText("Review shown again.");
  await expect(item.getByText("Visible", { exact: true })).toBeVisible();
});

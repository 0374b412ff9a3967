import { expect, test } from "@playwright/test";
import { bearer, DEMO_PASSWORD } from "../support/api";
import { paidBooking, tripWithDeparture } from "../support/money";
import { logIn } from "../support/ui";

// Yen have no minor digits: what a vendor or an admin types is stored as typed, never multiplied by 100, and editing
// a yen trip in the browser keeps it in yen.

test("a vendor edits a yen trip and adds a special yen price: the currency and amounts stay as typed", async ({
  page,
  request,
}) => {
  const { vendor, trip } = await tripWithDeparture(request, { days: 30, price: 5_000, currency: "jpy" });
  await logIn(page, vendor.user.email, vendor.password);
  await page.goto(`/vendor/trips/${trip.id}`);

  const price = page.getByLabel("Price per seat (JPY)");
  await expect(price).toHaveValue("5000");
  await price.fill("50.5");
  await page.getByRole("button", { name: "Save trip" }).click();
  await expect(page.getByText("Enter the price per seat, e.g. 420")).toBeVisible();

  await page.getByLabel("Price per seat (JPY)").fill("6000");
  await page.getByLabel("Title").fill(`${trip.title} (edited)`);
  await page.getByRole("button", { name: "Save trip" }).click();
  await expect(page.getByText("Trip saved.")).toBeVisible();

  await page.getByLabel("Date").fill("2031-03-14");
  await page.getByLabel(/Start time/).fill("10:00");
  await page.getByLabel(/Special price \(JPY/).fill("4500");
  await page.getByRole("button", { name: "Add departure" }).click();
  await expect(page.getByText("Departure added.")).toBeVisible();

  const body = await (await request.get(`/api/v1/trips/${trip.id}`, { headers: bearer(vendor.token) })).json();
  expect(body.trip).toMatchObject({ currency: "jpy", pricePerSeat: 6_000, title: `${trip.title} (edited)` });
  expect(body.trip.departures.map((d: { priceOverride: number | null }) => d.priceOverride)).toContain(4_500);
});

test("an admin refunds part of a yen payment in yen", async ({ page, request }) => {
  const { departure } = await tripWithDeparture(request, { days: 20, price: 8_000, currency: "jpy" });
  const { booking, payment } = await paidBooking(request, departure.id, 1);
  await logIn(page, "admin@example.com", DEMO_PASSWORD);
  await page.goto(`/bookings/${booking.id}`);
  await page.getByLabel(/Amount to refund \(JPY\)/).fill("1000");
  await page.getByRole("button", { name: "Refund", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /Refunded ¥1,000 \(succeeded\)\./ })).toBeVisible();
  const admin = await (
    await request.post("/api/v1/auth/login", { data: { email: "admin@example.com", password: DEMO_PASSWORD } })
  ).json();
  const api = await (await request.get(`/api/v1/payments/${payment.id}`, { headers: bearer(admin.token) })).json();
  expect(api.payment).toMatchObject({ status: "partially_refunded", refundedAmount: 1_000 });
});

import { expect, test } from "@playwright/test";
import { logIn } from "../support/ui";
import { bearer, DEMO_PASSWORD } from "../support/api";
import { paidBooking, tripWithDeparture } from "../support/money";

test("a traveller cancels a moderate-policy booking 3 days before departure and gets 50 % back", async ({
  page,
  request,
}) => {
  const { departure } = await tripWithDeparture(request, { days: 3, policy: "moderate", price: 20_000 });
  const { traveller, booking } = await paidBooking(request, departure.id, 2);
  await logIn(page, traveller.user.email, traveller.password);
  await page.goto(`/bookings/${booking.id}`);
  await page.getByRole("button", { name: "Cancel booking" }).click();
  const dialog = page.getByRole("dialog", { name: "Cancel this booking?" });
  await expect(dialog).toContainText("You will get $200 back (50 % under the moderate policy)");
  await dialog.getByRole("button", { name: "Cancel and refund $200" }).click();
  await expect(page.getByText("Booking cancelled. $200 is being refunded.").first()).toBeVisible();
  await expect(page.getByText("Cancelled", { exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: /Charges and refunds/ })).toContainText("−$200");
  await expect(page.getByText(/Payment: Partly refunded/)).toBeVisible();
});

test("an admin refunds part of a payment from the booking page", async ({ page, request }) => {
  const { departure } = await tripWithDeparture(request, { days: 20, price: 15_000 });
  const { booking, payment } = await paidBooking(request, departure.id, 1);
  await logIn(page, "admin@example.com", DEMO_PASSWORD);
  await page.goto(`/bookings/${booking.id}`);
  await page.getByLabel(/Amount to refund/).fill("999");
  await page.getByRole("button", { name: "Refund", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "At most 15000" })).toBeVisible();
  await page.getByLabel(/Amount to refund/).fill("25.50");
  await page.getByRole("button", { name: "Refund", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Refunded $25.50 (succeeded)." })).toBeVisible();
  await expect(page.getByRole("table", { name: /Charges and refunds/ })).toContainText("−$25.50");
  const api = await (
    await request.get(`/api/v1/payments/${payment.id}`, {
      headers: bearer(
        (
          await (
            await request.post("/api/v1/auth/login", { data: { email: "admin@example.com", password: DEMO_PASSWORD } })
          ).json()
        ).token,
      ),
    })
  ).json();
  expect(api.payment).toMatchObject({ status: "partially_refunded", refundedAmount: 2_550 });
});

test("a vendor cancels a departure and every traveller on it is refunded in full", async ({ page, request }) => {
  const { vendor, trip, departure } = await tripWithDeparture(request, { days: 2, policy: "strict", price: 12_000 });
  const first = await paidBooking(request, departure.id, 2);
  const second = await paidBooking(request, departure.id, 1);
  await logIn(page, vendor.user.email, vendor.password);
  await page.goto(`/vendor/trips/${trip.id}`);
  await page.getByRole("button", { name: /Cancel departure/ }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("3 travellers on 2 bookings will be refunded $360 in full.");
  await dialog.getByRole("button", { name: "Cancel departure" }).click();
  await expect(page.getByRole("table", { name: /Departures of/ })).toContainText(/cancelled/i);
  for (const b of [first, second]) {
    const body = await (
      await request.get(`/api/v1/bookings/${b.booking.id}`, { headers: bearer(b.traveller.token) })
    ).json();
    expect(body.booking.status).toBe("cancelled");
    expect(body.payment).toMatchObject({ status: "refunded", refundedAmount: body.booking.totalAmount });
  }
  await page.goto("/vendor");
  await expect(page.getByRole("table", { name: "Latest bookings on your trips" })).toContainText("Cancelled");
});

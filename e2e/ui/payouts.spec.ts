import { expect, test } from "@playwright/test";
import { bearer, DEMO_PASSWORD, login } from "../support/api";
import { paidBooking, tripWithDeparture } from "../support/money";
import { logIn } from "../support/ui";

test("a vendor connects Stripe, an admin pays them out, and the vendor sees the payout", async ({
  browser,
  request,
}) => {
  // three actors (vendor, traveller, admin) and a Stripe onboarding round trip
  test.setTimeout(60_000);
  const { vendor, departure } = await tripWithDeparture(request, { days: 4, price: 30_000 });
  const { booking } = await paidBooking(request, departure.id, 1);
  const admin = await login(request, "admin@example.com");
  expect(
    (await request.post(`/api/v1/bookings/${booking.id}/complete`, { headers: bearer(admin.token) })).status(),
  ).toBe(200);

  const vendorPage = await (await browser.newContext()).newPage();
  await logIn(vendorPage, vendor.user.email, vendor.password);
  await vendorPage.goto("/vendor");
  await vendorPage
    .getByRole("navigation", { name: "Vendor" })
    .getByRole("link", { name: "Earnings & payouts" })
    .click();
  await expect(vendorPage.getByText("Not connected")).toBeVisible();
  await expect(vendorPage.getByText("Available", { exact: true }).locator("..")).toContainText("$240");
  await expect(vendorPage.getByText("No payouts yet.")).toBeVisible();

  // Stripe's hosted onboarding (the local stand-in's page) and back
  await vendorPage.getByRole("button", { name: "Connect with Stripe" }).click();
  await expect(vendorPage.getByRole("heading", { name: "Set up payouts" })).toBeVisible();
  await vendorPage.getByRole("button", { name: "Complete onboarding" }).click();
  await expect(vendorPage).toHaveURL(/\/vendor\/earnings\?connect=return/);
  await expect(vendorPage.getByText("Payouts enabled")).toBeVisible();

  const adminPage = await (await browser.newContext()).newPage();
  await logIn(adminPage, "admin@example.com", DEMO_PASSWORD);
  await adminPage.goto("/admin/payouts");
  await adminPage.getByLabel("Search vendors").fill(vendor.user.email);
  await adminPage.getByRole("button", { name: "Search" }).click();
  const row = adminPage.getByRole("row").filter({ hasText: vendor.user.email });
  await expect(row).toContainText("$240");
  await row.getByRole("button", { name: /Pay out now/ }).click();
  await expect(adminPage.getByText("Paid $240").first()).toBeVisible();
  await expect(
    adminPage
      .getByRole("table", { name: /latest payouts/ })
      .getByRole("row")
      .filter({ hasText: "$240" })
      .first(),
  ).toContainText("Paid");

  const payouts = vendorPage.getByRole("table", { name: /Your payouts/ });
  // the vendor's page is another session: reload until it shows the payout the admin just made
  await expect(async () => {
    await vendorPage.reload();
    await expect(payouts).toContainText("$240", { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(payouts).toContainText("Paid");
  await expect(payouts).toContainText(/tr_/);
  await expect(vendorPage.getByText("Paid out", { exact: true }).locator("..")).toContainText("$240");
});

import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, registerUser } from "../support/api";
import { paidBooking, tripWithDeparture } from "../support/money";
import { logIn } from "../support/ui";

test("an admin finds a booking by the traveller's email, refunds part of it and sees the overview change", async ({
  page,
  request,
}) => {
  // a currency no other test uses, so the overview's figures are this booking's
  const { departure } = await tripWithDeparture(request, { days: 25, price: 20_000, currency: "sek" });
  const { traveller, booking } = await paidBooking(request, departure.id, 1);
  await logIn(page, "admin@example.com", DEMO_PASSWORD);

  await page.goto("/admin?currency=sek");
  await expect(page.locator("p").filter({ hasText: /^GMV$/ }).locator("..")).toContainText("200");

  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Bookings" }).click();
  await page.getByLabel("Search").fill(traveller.user.email);
  await page.getByRole("button", { name: "Search" }).click();
  const row = page.getByRole("row").filter({ hasText: traveller.user.email });
  await expect(row).toHaveCount(1);
  await row.getByRole("link", { name: booking.id }).click();
  await page.getByLabel(/Amount to refund/).fill("25.50");
  await page.getByRole("button", { name: "Refund", exact: true }).click();
  await expect(page.getByText(/Refunded SEK\s?25\.50/)).toBeVisible();

  await page.goto("/admin?currency=sek");
  await expect(
    page
      .locator("p")
      .filter({ hasText: /^Refunds$/ })
      .locator(".."),
  ).toContainText("25.50");
  await expect(
    page
      .locator("p")
      .filter({ hasText: /^Platform revenue$/ })
      .locator(".."),
  ).toContainText("34.90");
});

test("an admin demotes a vendor behind a confirmation and reads the audit entry", async ({ page, request }) => {
  const vendor = await registerUser(request, { role: "vendor", name: "Demotable Vendor" });
  await logIn(page, "admin@example.com", DEMO_PASSWORD);
  await page.goto(`/admin/users?q=${encodeURIComponent(vendor.user.email)}`);
  await page.getByRole("link", { name: "Demotable Vendor" }).click();
  await page.getByRole("button", { name: "Make traveller" }).click();
  const dialog = page.getByRole("dialog", { name: "Make Demotable Vendor a traveller?" });
  await dialog.getByRole("button", { name: "Make traveller" }).click();
  await expect(page.getByText("Demotable Vendor is now a traveller.").first()).toBeVisible();
  await expect(page.getByText("traveller", { exact: true }).first()).toBeVisible();

  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("Entity id").fill(vendor.user.id);
  await page.getByRole("button", { name: "Filter" }).click();
  const entry = page.getByRole("row").filter({ hasText: "user.role_changed" });
  await expect(entry).toContainText("Ada Admin");
  await expect(entry).toContainText('"to":"traveller"');
});

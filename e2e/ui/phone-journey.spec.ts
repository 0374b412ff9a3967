import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { registerUser } from "../support/api";
import { logIn } from "../support/ui";

// The whole traveller journey on a 390 px phone: search through the filter sheet, book from the sticky bar, pay,
// get the booking code, download the receipt and the calendar file, cancel. Every page on the way must fit the screen.
test("on a 390 px phone a traveller searches with the filter sheet, books, pays, downloads, cancels", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const fits = async () =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth), page.url()).toBeLessThanOrEqual(390);
  const { user, password } = await registerUser(request);
  await logIn(page, user.email, password);

  await page.goto("/trips");
  await page.getByLabel("Search", { exact: true }).fill("kyoto temples");
  await page.getByRole("button", { name: "Filters" }).click();
  const sheet = page.getByRole("dialog", { name: "Filters" });
  await sheet.getByLabel("Travellers").fill("2");
  await sheet.getByLabel("Sort by").selectOption("price_asc");
  await sheet.getByRole("button", { name: "Show trips" }).click();
  await expect(page).toHaveURL(/\/trips\?.*seats=2/);
  await expect(page.getByRole("button", { name: "Filters (2)" })).toBeVisible();
  await fits();

  await page.getByRole("link", { name: "Kyoto Temples at Dawn" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Kyoto Temples at Dawn" })).toBeVisible();
  await fits();
  await page.getByRole("link", { name: "Choose a departure" }).click();
  await expect(page.getByRole("group", { name: "Choose a departure" })).toBeInViewport();
  await page.getByRole("button", { name: "One seat more" }).click();
  await page.getByRole("button", { name: "Book and pay" }).click();
  await expect(page).toHaveURL(/\/checkout\/[^/]+$/);
  await fits();
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByLabel("Expiry (MM/YY)").fill("12/34");
  await page.getByLabel("CVC").fill("123");
  await page.getByRole("button", { name: "Pay now" }).click();
  await expect(page.getByRole("heading", { name: "Booking confirmed" })).toBeVisible({ timeout: 20_000 });

  // My bookings through the phone menu
  await page.getByRole("button", { name: "Menu", exact: true }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My bookings" }).click();
  await expect(page.getByRole("heading", { name: "My bookings" })).toBeVisible();
  await fits();
  const item = page.getByRole("listitem").filter({ hasText: "Kyoto Temples at Dawn" });
  const code = (await item
    .getByText(/TRV-[2-9A-HJKMNP-Z]{6}/)
    .first()
    .textContent())!.match(/TRV-[2-9A-Z]{6}/)![0];
  await item.getByRole("link", { name: "Kyoto Temples at Dawn" }).click();
  await expect(page.getByText(code).first()).toBeVisible();
  await fits();

  const [pdf] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download receipt (PDF)" }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe(`travellr-${code}.pdf`);
  expect((await readFile((await pdf.path())!)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const [ics] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Add to calendar" }).click(),
  ]);
  expect(await readFile((await ics.path())!, "utf8")).toContain("DTSTART;TZID=Asia/Tokyo:");

  await page.getByRole("button", { name: "Cancel booking" }).click();
  const dialog = page.getByRole("dialog", { name: "Cancel this booking?" });
  await dialog.getByRole("button", { name: /^Cancel (and refund|booking)/ }).click();
  await expect(page.getByText("Cancelled", { exact: true })).toBeVisible();
  await fits();
});

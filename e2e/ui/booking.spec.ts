import { expect, type Page, test } from "@playwright/test";
import { logIn } from "../support/ui";
import { registerUser } from "../support/api";

async function payWith(page: Page, card: string) {
  await page.getByLabel("Card number").fill(card);
  await page.getByLabel("Expiry (MM/YY)").fill("12/34");
  await page.getByLabel("CVC").fill("123");
  await page.getByRole("button", { name: "Pay now" }).click();
}

async function bookTwoSeats(page: Page, search: string, title: string) {
  await page.goto("/trips");
  await page.getByLabel("Search", { exact: true }).fill(search);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("button", { name: "One seat more" }).click();
  await expect(page.getByLabel("Seats")).toHaveValue("2");
  await page.getByRole("button", { name: "Book and pay" }).click();
  await expect(page).toHaveURL(/\/checkout\/[^/]+$/);
  await expect(page.getByText(/\d+:\d\d left to pay/)).toBeVisible();
}

test("search → trip → book 2 seats → pay with 4242 → confirmed in My bookings", async ({ page, request }) => {
  const { user, password } = await registerUser(request);
  await logIn(page, user.email, password);
  await bookTwoSeats(page, "kyoto temples", "Kyoto Temples at Dawn");
  await expect(page.getByRole("complementary", { name: "Order summary" })).toContainText("2 × $1,360");
  await payWith(page, "4242 4242 4242 4242");
  await expect(page.getByRole("heading", { name: "Booking confirmed" })).toBeVisible({ timeout: 20_000 });
  await page.getByRole("link", { name: "My bookings" }).last().click();
  const item = page.getByRole("listitem").filter({ hasText: "Kyoto Temples at Dawn" });
  await expect(item).toContainText("Confirmed");
  await expect(item).toContainText("2 seats");
  await item.getByRole("link", { name: "Kyoto Temples at Dawn" }).click();
  await expect(page.getByRole("table", { name: /Charges and refunds/ })).toContainText("$2,720");
  await expect(page.getByText(/Payment: Paid/)).toBeVisible();
});

test("a declined card shows why, and a retry with another card succeeds", async ({ page, request }) => {
  const { user, password } = await registerUser(request);
  await logIn(page, user.email, password);
  await bookTwoSeats(page, "lisbon fado", "Lisbon Food & Fado Evenings");
  await payWith(page, "4000 0000 0000 0002");
  await expect(page.getByRole("alert").filter({ hasText: "Your card was declined." })).toBeVisible();
  await expect(page).toHaveURL(/\/checkout\/[^/]+$/);
  await payWith(page, "4242 4242 4242 4242");
  await expect(page.getByRole("heading", { name: "Booking confirmed" })).toBeVisible({ timeout: 20_000 });
});

test("a vendor creates a trip and a departure that then appears in search", async ({ page, request }) => {
  const { user, password } = await registerUser(request, { role: "vendor" });
  const title = `Azores Whale Watching ${Date.now().toString(36)}`;
  await logIn(page, user.email, password);
  await page.goto("/vendor");
  await page.getByRole("link", { name: "New trip" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Description").fill("Whales and dolphins off São Miguel with a marine biologist on board.");
  await page.getByLabel("City").fill("Ponta Delgada");
  await page.getByLabel("Country").fill("Portugal");
  await page.getByLabel("Price per seat (USD)").fill("abc");
  await page.getByLabel("Status").selectOption("published");
  await page.getByRole("button", { name: "Create trip" }).click();
  await expect(page.getByText("Enter the price per seat")).toBeVisible();
  await page.getByLabel("Price per seat (USD)").fill("189");
  await page.getByRole("button", { name: "Create trip" }).click();
  await expect(page.getByText("Trip created.")).toBeVisible();

  await page.getByLabel("Time zone of the departure").fill("Atlantic/Azores");
  await page.getByLabel("Date").fill("2030-07-14");
  await page.getByLabel(/Start time/).fill("09:30");
  await page.getByLabel("Seats").fill("10");
  await page.getByRole("button", { name: "Add departure" }).click();
  await expect(page.getByText("Departure added.")).toBeVisible();
  await expect(page.getByRole("table", { name: /Departures of/ })).toContainText("Jul 14, 2030, 9:30 AM");

  await expect(page.getByText("published", { exact: true })).toBeVisible();
  await page.goto(`/trips?q=${encodeURIComponent("whale watching azores")}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});

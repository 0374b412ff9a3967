// The vendor's departure tools: a failed departure form keeps what was typed and focuses the field to fix, the time
// zone starts from the trip's departures or city, the cancel dialog says who is refunded and how much, and the
// bookings page lists each departure's passengers with a CSV download.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { bearer, registerUser } from "../support/api";
import { paidBooking, tripWithDeparture } from "../support/money";
import { logIn } from "../support/ui";

test("a vendor's failed departure form keeps its values and focuses the invalid field", async ({ page, request }) => {
  const { vendor, trip } = await tripWithDeparture(request, { days: 20 });
  await logIn(page, vendor.user.email, vendor.password);
  await page.goto(`/vendor/trips/${trip.id}`);
  const form = page.getByRole("form", { name: "Add a departure" });
  // the trip's existing departure is in Lisbon: a new one starts there too
  await expect(form.getByLabel("Time zone of the departure")).toHaveValue("Europe/Lisbon");

  await form.getByLabel("Date").fill("2031-05-02");
  await form.getByLabel(/Start time/).fill("07:15");
  await form.getByLabel("Time zone of the departure").fill("Asia/Tokyo");
  await form.getByLabel("Seats").fill("0");
  await form.getByLabel(/Special price \(USD/).fill("99.50");
  await form.getByRole("button", { name: "Add departure" }).click();

  await expect(form.getByText("Capacity is at least 1 seat")).toBeVisible();
  await expect(form.getByLabel("Seats")).toBeFocused();
  await expect(form.getByLabel("Seats")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Date")).toHaveValue("2031-05-02");
  await expect(form.getByLabel(/Start time/)).toHaveValue("07:15");
  await expect(form.getByLabel("Time zone of the departure")).toHaveValue("Asia/Tokyo");
  await expect(form.getByLabel("Seats")).toHaveValue("0");
  await expect(form.getByLabel(/Special price \(USD/)).toHaveValue("99.50");

  await form.getByLabel("Seats").fill("8");
  await form.getByRole("button", { name: "Add departure" }).click();
  await expect(page.getByText("Departure added.")).toBeVisible();
  const departures = page.getByRole("table", { name: /Departures of/ });
  await expect(departures).toContainText("May 2, 2031, 7:15 AM");
  await expect(departures).toContainText("$99.50");
  // no "cents" anywhere a vendor reads
  await expect(page.locator("main")).not.toContainText(/cents/i);
});

test("a new trip in a known city starts its departures in the city's time zone", async ({ page, request }) => {
  const vendor = await registerUser(request, { role: "vendor" });
  const res = await request.post("/api/v1/trips", {
    headers: bearer(vendor.token),
    data: {
      title: `Kyoto temples ${Date.now().toString(36)}`,
      description: "Temples and gardens of Kyoto at dawn.",
      city: "Kyoto",
      country: "Japan",
      pricePerSeat: 20_000,
      durationDays: 2,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { trip } = await res.json();
  await logIn(page, vendor.user.email, vendor.password);
  await page.goto(`/vendor/trips/${trip.id}`);
  await expect(page.getByLabel("Time zone of the departure")).toHaveValue("Asia/Tokyo");
});

test("the cancel dialog names the travellers, the bookings and the refund", async ({ page, request }) => {
  const { vendor, trip, departure } = await tripWithDeparture(request, { days: 10, price: 15_050 });
  await paidBooking(request, departure.id, 2);
  await paidBooking(request, departure.id, 1);
  await logIn(page, vendor.user.email, vendor.password);
  await page.goto(`/vendor/trips/${trip.id}`);
  await page.getByRole("button", { name: /Cancel departure/ }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("3 travellers on 2 bookings will be refunded $451.50 in full.");
  await dialog.getByRole("button", { name: "Keep it" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("table", { name: /Departures of/ })).not.toContainText(/cancelled/i);
});

test("the bookings page lists a departure's passengers and downloads them as CSV", async ({ page, request }) => {
  const { vendor, trip, departure } = await tripWithDeparture(request, { days: 15 });
  const { traveller, booking } = await paidBooking(request, departure.id, 2);
  await page.setViewportSize({ width: 360, height: 800 });
  await logIn(page, vendor.user.email, vendor.password);
  await page.goto("/vendor");
  await page.getByRole("link", { name: "Bookings", exact: true }).click();
  await expect(page).toHaveURL("/vendor/bookings");
  await expect(page.getByRole("heading", { level: 1, name: "Bookings" })).toBeVisible();
  const table = page.getByRole("table", { name: new RegExp(`Passengers of ${trip.title}`) });
  await expect(table).toContainText(booking.code);
  await expect(table).toContainText(traveller.user.email);
  // the table scrolls inside its card: the page itself does not get wider than the phone
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: new RegExp(`Download CSV of the passengers of ${trip.title}`) }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^passengers-\\d{4}-\\d{2}-\\d{2}-${departure.id}\\.csv$`));
  const lines = (await readFile((await download.path())!, "utf8")).split("\r\n");
  expect(lines[0]).toBe("booking_code,name,email,phone,seats,status,notes");
  expect(lines[1]).toBe(`${booking.code},E2E User,${traveller.user.email},,2,confirmed,`);
});

import { readFile } from "node:fs/promises";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { logIn } from "../support/ui";
import { bearer, registerUser } from "../support/api";
import { tripWithDeparture } from "../support/money";

// My bookings: the Upcoming / Past / Cancelled tabs, the pending booking's "Complete payment", booking codes, and the
// receipt and calendar downloads of a booking's page.

const STRIPE = `http://127.0.0.1:${process.env.STRIPE_LOCAL_PORT ?? 12112}`;

async function book(request: APIRequestContext, token: string, departureId: string, seats = 1) {
  const res = await request.post("/api/v1/bookings", { headers: bearer(token), data: { departureId, seats } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as {
    booking: { id: string; code: string };
    payment: { stripePaymentIntentId: string };
  };
}

test("tabs sort a traveller's bookings; pending offers Complete payment; receipt and calendar download", async ({
  page,
  request,
}) => {
  const traveller = await registerUser(request);
  const { departure, trip } = await tripWithDeparture(request, { days: 9, price: 14_000 });
  const confirmed = await book(request, traveller.token, departure.id, 2);
  const paid = await fetch(`${STRIPE}/v1/payment_intents/${confirmed.payment.stripePaymentIntentId}/confirm`, {
    method: "POST",
    headers: { authorization: "Bearer sk_test_e2e", "content-type": "application/x-www-form-urlencoded" },
    body: "payment_method=pm_card_visa",
  });
  expect(paid.status).toBe(200);
  await expect(async () => {
    const res = await request.get(`/api/v1/bookings/${confirmed.booking.id}`, { headers: bearer(traveller.token) });
    expect((await res.json()).booking.status).toBe("confirmed");
  }).toPass({ timeout: 20_000 });
  const pending = await book(request, traveller.token, departure.id);
  const cancelled = await book(request, traveller.token, departure.id);
  const cancel = await request.post(`/api/v1/bookings/${cancelled.booking.id}/cancel`, {
    headers: bearer(traveller.token),
  });
  expect(cancel.status(), await cancel.text()).toBe(200);

  await logIn(page, traveller.user.email, traveller.password);
  await page.goto("/bookings");
  const tabs = page.getByRole("navigation", { name: "Bookings by status" });
  await expect(tabs.getByRole("link", { name: "Upcoming 2 bookings" })).toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link", { name: "Past 0 bookings" })).not.toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link", { name: "Cancelled 1 booking" })).toBeVisible();

  // Upcoming: the confirmed and the pending booking, never the cancelled one (same departure, still ahead)
  const upcoming = page.getByRole("region", { name: "Upcoming bookings" });
  await expect(upcoming.getByRole("listitem")).toHaveCount(2);
  await expect(upcoming).toContainText(confirmed.booking.code);
  await expect(upcoming).not.toContainText(cancelled.booking.code);
  const pendingItem = upcoming.getByRole("listitem").filter({ hasText: pending.booking.code });
  await expect(pendingItem).toContainText("Awaiting payment");
  await expect(pendingItem.getByText(/\d+:\d\d left to pay/)).toBeVisible();
  await expect(pendingItem.getByRole("link", { name: /^Complete payment/ })).toHaveAttribute(
    "href",
    `/checkout/${pending.booking.id}`,
  );
  const confirmedItem = upcoming.getByRole("listitem").filter({ hasText: confirmed.booking.code });
  await expect(confirmedItem).toContainText("Confirmed");
  await expect(confirmedItem.getByRole("link", { name: /Complete payment/ })).toHaveCount(0);

  await tabs.getByRole("link", { name: /^Cancelled/ }).click();
  await expect(page).toHaveURL(/\/bookings\?tab=cancelled$/);
  await expect(tabs.getByRole("link", { name: /^Cancelled/ })).toHaveAttribute("aria-current", "page");
  const cancelledList = page.getByRole("region", { name: "Cancelled bookings" });
  await expect(cancelledList.getByRole("listitem")).toHaveCount(1);
  await expect(cancelledList.getByRole("listitem")).toContainText(cancelled.booking.code);
  await expect(cancelledList.getByRole("listitem")).toContainText("Cancelled");

  await page.goto("/bookings?tab=past");
  await expect(page.getByRole("region", { name: "Past bookings" })).toContainText("No past trips yet.");

  // the confirmed booking's page: its code, the calendar event and the receipt as a PDF and as a printable page
  await page.goto(`/bookings/${confirmed.booking.id}`);
  await expect(page.getByText(confirmed.booking.code)).toBeVisible();
  const [pdf] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download receipt (PDF)" }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe(`travellr-${confirmed.booking.code}.pdf`);
  expect((await readFile((await pdf.path())!)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const [ics] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Add to calendar" }).click(),
  ]);
  expect(ics.suggestedFilename()).toBe(`travellr-${confirmed.booking.code}.ics`);
  const event = await readFile((await ics.path())!, "utf8");
  expect(event).toContain(`UID:${confirmed.booking.id}@travellr`);
  expect(event).toContain(`SUMMARY:${trip.title}`);

  await page.getByRole("link", { name: "Print receipt" }).click();
  await expect(page).toHaveURL(`/bookings/${confirmed.booking.id}/receipt`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Receipt ${confirmed.booking.code}`);
  const amounts = page.getByRole("table", { name: `Amounts of booking ${confirmed.booking.code}` });
  await expect(amounts).toContainText("2 × $140");
  await expect(amounts.getByRole("row", { name: /Net paid/ })).toContainText("$280");
  await expect(page.getByRole("button", { name: "Print receipt" })).toBeVisible();
});

test("a traveller with no bookings sees an empty state on every tab", async ({ page, request }) => {
  const traveller = await registerUser(request);
  await logIn(page, traveller.user.email, traveller.password);
  await page.goto("/bookings");
  await expect(page.getByRole("region", { name: "Upcoming bookings" })).toContainText("No upcoming trips.");
  await expect(page.getByRole("link", { name: "Find a trip" })).toBeVisible();
  await page.getByRole("link", { name: /^Cancelled/ }).click();
  await expect(page.getByRole("region", { name: "Cancelled bookings" })).toContainText("No cancelled bookings.");
});

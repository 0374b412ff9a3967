import { type APIRequestContext, expect, test } from "@playwright/test";
import { bearer, registerUser } from "../support/api";
import { countIntl } from "../support/intl";
import { tripWithDeparture } from "../support/money";
import { logIn } from "../support/ui";

const DESCRIPTION =
  "Sail between the barrier islands of the Ria Formosa at sunrise with a local skipper.\n\n" +
  "Swim in hidden coves, taste oysters on a working farm and learn to read the tides. ".repeat(3);

/** A vendor's trip of 3 days with one departure 30 days from now at 12:00 UTC (13:00 in Lisbon in summer). */
async function vendorTrip(request: APIRequestContext, status: "published" | "draft", content: object = {}) {
  const vendor = await registerUser(request, { role: "vendor" });
  const created = await request.post("/api/v1/trips", {
    headers: bearer(vendor.token),
    data: {
      title: `Ria Formosa Sailing ${Date.now().toString(36)}`,
      description: DESCRIPTION,
      city: "Faro",
      country: "Portugal",
      pricePerSeat: 12_000,
      durationDays: 3,
      images: ["/images/trips/lisbon-2.svg"], // a file in public/: the page loads it
      status,
      ...content,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { trip } = await created.json();
  const startsAt = new Date(Date.now() + 30 * 86_400_000);
  startsAt.setUTCHours(12, 0, 0, 0);
  const dep = await request.post(`/api/v1/trips/${trip.id}/departures`, {
    headers: bearer(vendor.token),
    data: { startsAt: startsAt.toISOString(), timeZone: "Europe/Lisbon", capacity: 8 },
  });
  expect(dep.status(), await dep.text()).toBe(201);
  return { vendor, trip, startsAt };
}

test("an unknown trip answers HTTP 404 with the not-found page", async ({ page, request }) => {
  expect((await request.get("/trips/no-such-trip")).status()).toBe(404);
  const response = await page.goto("/trips/no-such-trip");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
});

test("a draft trip is 404 for visitors and travellers; its vendor previews it", async ({ page, browser, request }) => {
  const { vendor, trip } = await vendorTrip(request, "draft");
  expect((await request.get(`/trips/${trip.id}`)).status()).toBe(404);

  const traveller = await registerUser(request);
  await logIn(page, traveller.user.email, traveller.password);
  expect((await page.goto(`/trips/${trip.id}`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();

  const vendorPage = await (await browser.newContext()).newPage();
  await logIn(vendorPage, vendor.user.email, vendor.password);
  expect((await vendorPage.goto(`/trips/${trip.id}`))?.status()).toBe(200);
  await expect(vendorPage.getByRole("heading", { level: 1, name: trip.title })).toBeVisible();
  // the preview is kept out of search engines
  await expect(vendorPage.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await vendorPage.context().close();
});

test("the trip page has a real description, Open Graph tags and each departure's start and end dates", async ({
  page,
  request,
}) => {
  const { trip, startsAt } = await vendorTrip(request, "published");
  const response = await page.goto(`/trips/${trip.id}`);
  expect(response?.status()).toBe(200);

  const description = await page.locator('meta[name="description"]').getAttribute("content");
  expect(description).toMatch(
    /^Sail between the barrier islands of the Ria Formosa at sunrise with a local skipper\. Swim/,
  );
  expect(description!.length).toBeLessThanOrEqual(155);
  expect(description!.endsWith("…")).toBe(true);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", trip.title);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", description!);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "website");
  // crawlers need an absolute URL
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    "content",
    /^https?:\/\/[^/]+\/images\/trips\/lisbon-2\.svg$/,
  );
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");

  // a 3-day trip: from the start day to the third day, in Lisbon
  const lastDay = new Date(startsAt.getTime() + 2 * 86_400_000);
  const range = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "Europe/Lisbon" }).formatRange(
    startsAt,
    lastDay,
  );
  const departure = page.getByRole("group", { name: "Choose a departure" }).locator("label").first();
  await expect(departure).toContainText(range);
});

test("a sold-out departure cannot be booked: the button becomes Join the waitlist", async ({ page, request }) => {
  const { trip, departure } = await tripWithDeparture(request, { days: 12, capacity: 1 });
  // the only seat is held by someone else
  const holder = await registerUser(request);
  const held = await request.post("/api/v1/bookings", {
    headers: bearer(holder.token),
    data: { departureId: departure.id, seats: 1 },
  });
  expect(held.status(), await held.text()).toBe(201);

  await page.goto(`/trips/${trip.id}`);
  const form = page.getByRole("form", { name: "Book this trip" });
  await expect(form.getByRole("radio")).toBeChecked();
  await expect(form).toContainText("Sold out");
  await expect(page.getByRole("button", { name: "Book and pay" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Log in to join the waitlist" })).toBeVisible();

  const traveller = await registerUser(request);
  await logIn(page, traveller.user.email, traveller.password);
  await page.goto(`/trips/${trip.id}`);
  await expect(page.getByRole("button", { name: "Book and pay" })).toHaveCount(0);
  await page.getByRole("button", { name: /^Join the waitlist for / }).click();
  await expect(page.getByRole("button", { name: /^Leave the waitlist for / })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "You’re on the waitlist." })).toBeVisible();
  const mine = await (await request.get("/api/v1/waitlist", { headers: bearer(traveller.token) })).json();
  expect(mine.data).toEqual([expect.objectContaining({ departureId: departure.id, seats: 1 })]);
});

test("a departure shows the viewer's own time when their time zone differs from the departure's", async ({
  browser,
  request,
}) => {
  const { trip, startsAt } = await vendorTrip(request, "published");
  const departureIn = async (timezoneId: string) => {
    const context = await browser.newContext({ timezoneId });
    const page = await context.newPage();
    await page.goto(`/trips/${trip.id}`);
    const label = page.getByRole("group", { name: "Choose a departure" }).locator("label").first();
    await expect(label).toBeVisible();
    return { context, label };
  };
  const tokyo = await departureIn("Asia/Tokyo");
  const expected = new Intl.DateTimeFormat("en-US", {
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
    timeZone: "Asia/Tokyo",
  }).format(startsAt);
  await expect(tokyo.label).toContainText(`Your time: ${expected}`);
  const lisbon = await departureIn("Europe/Lisbon");
  // the line would appear once the browser has been idle twice after hydration (components/trips/viewer-time.tsx):
  // wait for the page to be interactive and for three idle periods before saying it is not there
  const lisbonPage = lisbon.label.page();
  await lisbonPage.waitForLoadState("networkidle");
  await lisbonPage.evaluate(
    () =>
      new Promise<void>((done) =>
        requestIdleCallback(() => requestIdleCallback(() => requestIdleCallback(() => done()))),
      ),
  );
  await expect(lisbon.label).not.toContainText("Your time");
  for (const c of [tokyo.context, lisbon.context]) await c.close();
});

test("on a phone the viewer's time is worked out when the departures come near, not while the page starts", async ({
  browser,
  request,
}) => {
  // a trip page as long as the demo's: on a phone its departures come after the itinerary and the inclusions
  const { trip } = await vendorTrip(request, "published", {
    itinerary: [1, 2, 3].map((day) => ({ day, title: `Day ${day} on the water`, description: DESCRIPTION })),
    included: ["Skipper", "Breakfast on board", "Oyster tasting", "Snorkelling gear", "Towels", "Harbour transfers"],
    notIncluded: ["Lunch", "Tips"],
    meetingPoint: "Faro marina, pontoon C",
  });
  const context = await browser.newContext({ timezoneId: "Asia/Tokyo", viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const dateFormats = await countIntl(page, "DateTimeFormat");
  await page.goto(`/trips/${trip.id}`);
  const departures = page.getByRole("group", { name: "Choose a departure" });
  const label = departures.locator("label").first();
  await page.waitForLoadState("networkidle");
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestIdleCallback(() => requestIdleCallback(() => requestIdleCallback(() => done()))),
      ),
  );
  // the departures are screens below the first one: nothing built, no line yet
  expect(await departures.evaluate((el) => el.getBoundingClientRect().top > 2 * window.innerHeight)).toBe(true);
  expect(await dateFormats()).toBe(0);
  await expect(label).not.toContainText("Your time");

  await departures.scrollIntoViewIfNeeded();
  await expect(label).toContainText("Your time:");
  expect(await dateFormats()).toBeGreaterThan(0);
  await context.close();
});

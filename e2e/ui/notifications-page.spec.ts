import { type APIRequestContext, expect, test } from "@playwright/test";
import { bearer, registerUser } from "../support/api";
import { tripWithDeparture } from "../support/money";
import { logIn } from "../support/ui";

/**
 * A traveller with `holds` + 1 unread notifications: the welcome, and one "Seats held" per pending booking (each
 * written in the background by the local Inngest runner).
 */
async function travellerWithNotifications(request: APIRequestContext, holds: number) {
  const { departure } = await tripWithDeparture(request, { days: 25, capacity: holds });
  const traveller = await registerUser(request);
  const unread = async () =>
    (await (await request.get("/api/v1/notifications", { headers: bearer(traveller.token) })).json()).unreadCount;
  // the welcome first, so it is the oldest
  await expect(async () => expect(await unread()).toBe(1)).toPass({ timeout: 20_000 });
  for (let i = 0; i < holds; i++) {
    const res = await request.post("/api/v1/bookings", {
      headers: bearer(traveller.token),
      data: { departureId: departure.id, seats: 1 },
    });
    expect(res.status(), await res.text()).toBe(201);
  }
  await expect(async () => expect(await unread()).toBe(holds + 1)).toPass({ timeout: 30_000 });
  return traveller;
}

test("on a 390 px phone the bell's list stays on screen and scrolls inside; Mark all read clears the badge", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const traveller = await travellerWithNotifications(request, 12);
  await logIn(page, traveller.user.email, traveller.password);

  await page.getByRole("button", { name: "Notifications, 13 unread" }).click();
  const menu = page.getByRole("menu");
  await expect(menu).toBeVisible();
  const box = (await menu.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(box.y + box.height).toBeLessThanOrEqual(844);

  const list = menu.getByRole("group", { name: "Latest notifications" });
  const items = list.getByRole("menuitem");
  await expect(items).toHaveCount(13);
  const size = await list.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
  expect(size.scroll).toBeGreaterThan(size.client);
  // the oldest (the welcome) is reached by scrolling the list, and is a link to its target
  await items.last().scrollIntoViewIfNeeded();
  await expect(items.last()).toBeInViewport();
  await expect(items.last()).toHaveAttribute("href", "/trips");
  // relative time, the exact moment machine-readable and on hover
  const time = items.first().locator("time");
  await expect(time).toHaveText(/^(just now|\d+ minutes? ago)$/);
  await expect(time).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  await expect(time).toHaveAttribute("title", /\d{4}, \d{1,2}:\d{2}/);

  await menu.getByRole("menuitem", { name: "Mark all read" }).click();
  // the menu stays open (the rest of the page is hidden from assistive tech meanwhile): its items turn read, and
  // once it closes the bell's name has no unread count
  await expect(items.first()).not.toContainText("unread");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Notifications", exact: true })).toBeVisible();
  // the server marked them: still read after a reload. The bell shows the change before the server action returns,
  // so wait for the server first — a reload at once could cancel the action's request
  await expect
    .poll(async () => {
      const feed = await (await request.get("/api/v1/notifications", { headers: bearer(traveller.token) })).json();
      return feed.unreadCount;
    })
    .toBe(0);
  await page.reload();
  await expect(page.getByRole("button", { name: "Notifications", exact: true })).toBeVisible();
  const feed = await (await request.get("/api/v1/notifications", { headers: bearer(traveller.token) })).json();
  expect(feed.unreadCount).toBe(0);
});

test("/notifications lists them with the unread ones marked, and marks all read", async ({ page, request }) => {
  const traveller = await travellerWithNotifications(request, 2);
  await logIn(page, traveller.user.email, traveller.password);
  await page.getByRole("button", { name: "Notifications, 3 unread" }).click();
  await page.getByRole("menuitem", { name: "See all notifications" }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(page.getByText("3 unread notifications")).toBeVisible();

  const list = page.getByRole("list", { name: "Notifications", exact: true });
  await expect(list.getByRole("listitem")).toHaveCount(3);
  const holds = list.getByRole("link", { name: /^Seats held: Money Test Trip .*, unread$/ });
  await expect(holds).toHaveCount(2);
  await expect(list.getByRole("link", { name: /^Welcome to Travellr, E2E User!.*, unread$/ })).toHaveAttribute(
    "href",
    "/trips",
  );

  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(page.getByText("All read", { exact: true })).toBeVisible();
  await expect(list.getByRole("link", { name: /unread$/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Mark all read" })).toHaveCount(0);
  // the bell follows without waiting for its next poll
  await expect(page.getByRole("button", { name: "Notifications", exact: true })).toBeVisible({ timeout: 5_000 });

  // a page past the last links to the last one
  await page.goto("/notifications?page=99");
  await expect(page.getByText("Page 99 of")).toHaveCount(0);
  await page.getByRole("link", { name: "Go to page 1" }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(list.getByRole("listitem")).toHaveCount(3);
});

test("/notifications asks a signed-out visitor to log in, with a real redirect", async ({ page, request }) => {
  const res = await request.get("/notifications", { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  expect(res.headers().location).toContain("/login?callbackUrl=%2Fnotifications");
  await page.goto("/notifications");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fnotifications$/);
});

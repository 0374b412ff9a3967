// The combobox (components/ui/combobox.tsx) where people use it: the search page's destination field, inline and in
// the phone's filter sheet, and the vendor's departure time zone. Keyboard first: type, arrow, Enter, Escape.
import { expect, test } from "@playwright/test";
import { tripWithDeparture } from "../support/money";
import { logIn } from "../support/ui";

test("the destination combobox suggests, picks by keyboard and filters the search", async ({ page }) => {
  await page.goto("/trips");
  const destination = page.getByRole("combobox", { name: "Destination" });
  await expect(page.getByLabel("Destination")).toHaveAttribute("name", "destination");
  await expect(destination).toHaveAttribute("aria-autocomplete", "list");
  await expect(destination).toHaveAttribute("aria-expanded", "false");

  await destination.pressSequentially("lis");
  await expect(destination).toHaveAttribute("aria-expanded", "true");
  const list = page.getByRole("listbox", { name: "Suggested places" });
  await expect(destination).toHaveAttribute("aria-controls", (await list.getAttribute("id"))!);
  const lisbon = list.getByRole("option", { name: /^Lisbon, Portugal · \d+ trips?$/ });
  await expect(lisbon).toBeVisible();
  // every suggestion holds "lis" somewhere, and the count is announced politely
  const options = list.getByRole("option");
  for (const name of await options.allTextContents()) expect(name.toLowerCase()).toContain("lis");
  const count = await options.count();
  await expect(page.getByRole("status").filter({ hasText: /destinations?$/ })).toHaveText(
    `${count} destination${count === 1 ? "" : "s"}`,
  );

  // focus stays in the field; the option under the arrow is its active descendant
  await destination.press("ArrowDown");
  await expect(destination).toBeFocused();
  await expect(lisbon).toHaveAttribute("aria-selected", "true");
  await expect(destination).toHaveAttribute("aria-activedescendant", (await lisbon.getAttribute("id"))!);
  await destination.press("Enter");
  await expect(destination).toHaveValue("Lisbon");
  await expect(destination).toHaveAttribute("aria-expanded", "false");
  // Enter on an option picks it and does not submit yet
  await expect(page).toHaveURL(/\/trips$/);

  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/trips\?destination=Lisbon$/);
  await expect(page.getByRole("heading", { level: 1, name: "Trips in Lisbon" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Remove filter: Destination Lisbon" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Destination" })).toHaveValue("Lisbon");
  const cards = page.getByRole("article");
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) await expect(card).toContainText("Lisbon, Portugal");
});

test("the destination combobox ignores case and accents, says when nothing matches, and Escape closes then clears", async ({
  page,
}) => {
  await page.goto("/trips");
  const destination = page.getByRole("combobox", { name: "Destination" });
  await destination.pressSequentially("CHALTEN");
  await expect(page.getByRole("option", { name: /^El Chaltén, Argentina/ })).toBeVisible();

  await destination.fill("");
  await destination.pressSequentially("zzzq");
  await expect(page.getByText("No matches", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("listbox", { name: "Suggested places" }).getByRole("option")).toHaveCount(0);

  await destination.press("Escape");
  await expect(destination).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByText("No matches", { exact: true })).toHaveCount(0);
  await expect(destination).toHaveValue("zzzq");
  await destination.press("Escape");
  await expect(destination).toHaveValue("");

  // free text still works: a place typed but not picked is searched for as it is, and Tab keeps it
  await destination.pressSequentially("Lisbon");
  await destination.press("Tab");
  await expect(destination).toHaveAttribute("aria-expanded", "false");
  await expect(destination).toHaveValue("Lisbon");
  await destination.focus();
  await destination.press("Enter");
  await expect(page).toHaveURL(/\/trips\?destination=Lisbon$/);
});

test("on a 360 px phone the filter sheet's destination list fits the screen and Escape keeps the sheet open", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/trips");
  await page.getByRole("button", { name: "Filters" }).click();
  const sheet = page.getByRole("dialog", { name: "Filters" });
  const destination = sheet.getByRole("combobox", { name: "Destination" });
  await destination.pressSequentially("a");
  const list = sheet.getByRole("listbox", { name: "Suggested places" });
  await expect(list.getByRole("option").first()).toBeVisible();
  // the popup (the list's scrolling box) stays on the screen
  const box = await list.evaluate((el) => el.parentElement!.getBoundingClientRect().toJSON());
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(360);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // the first Escape is the list's, not the dialog's
  await destination.press("Escape");
  await expect(list).toBeHidden();
  await expect(sheet).toBeVisible();

  await destination.fill("");
  await destination.pressSequentially("lis");
  await destination.press("ArrowDown");
  await destination.press("Enter");
  await expect(destination).toHaveValue("Lisbon");
  await sheet.getByRole("button", { name: "Show trips" }).click();
  await expect(page).toHaveURL(/\/trips\?destination=Lisbon$/);
  await expect(page.getByRole("button", { name: "Filters (1)" })).toBeVisible();
});

test("a vendor picks the departure's time zone by keyboard from a long, scrolling list", async ({ page, request }) => {
  const { vendor, trip } = await tripWithDeparture(request, { days: 30 });
  await logIn(page, vendor.user.email, vendor.password);
  await page.goto(`/vendor/trips/${trip.id}`);
  const form = page.getByRole("form", { name: "Add a departure" });
  const zone = form.getByRole("combobox", { name: "Time zone of the departure" });
  await expect(zone).toHaveValue("Europe/Lisbon");

  // opening a field that holds a zone lists every zone, the current one active and in view
  await zone.focus();
  await zone.press("ArrowDown");
  await expect(zone).toHaveAttribute("aria-activedescendant", /-option-\d+$/);
  const list = form.getByRole("listbox", { name: "Time zones" });
  const active = form.locator(`[id="${await zone.getAttribute("aria-activedescendant")}"]`);
  await expect(active).toHaveAccessibleName(/^Europe\/Lisbon, UTC\+0[01]:00$/);
  await expect(active).toBeInViewport();
  expect(await list.getByRole("option").count()).toBeGreaterThan(300);
  const popup = await list.evaluate((el) => ({
    scrolls: el.scrollHeight > el.clientHeight,
    height: el.getBoundingClientRect().height,
  }));
  expect(popup.scrolls).toBe(true);
  expect(popup.height).toBeLessThanOrEqual(300);
  await zone.press("Escape");
  await expect(zone).toHaveAttribute("aria-expanded", "false");
  await expect(zone).toHaveValue("Europe/Lisbon");

  // an offset finds zones too
  await zone.fill("");
  await zone.pressSequentially("utc+5:30");
  await expect(list.getByRole("option", { name: /^Asia\/Kolkata, UTC\+05:30$/ })).toBeVisible();

  await zone.fill("");
  await zone.pressSequentially("tokyo");
  await expect(list.getByRole("option", { name: /^Asia\/Tokyo, UTC\+09:00$/ })).toBeVisible();
  await zone.press("ArrowDown");
  await zone.press("Enter");
  await expect(zone).toHaveValue("Asia/Tokyo");
  await expect(zone).toHaveAttribute("aria-expanded", "false");

  await form.getByLabel("Date").fill("2031-06-03");
  await form.getByLabel(/Start time/).fill("06:45");
  await form.getByLabel("Seats").fill("6");
  await form.getByRole("button", { name: "Add departure" }).click();
  await expect(page.getByText("Departure added.")).toBeVisible();
  await expect(page.getByRole("table", { name: /Departures of/ })).toContainText("Jun 3, 2031, 6:45 AM GMT+9");
});

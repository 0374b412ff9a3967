import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../support/api";

// Every page type, signed out and per role, checked by axe-core against WCAG 2.2 AA. Pages with an id in the path
// take the first one the listing page links to, so the check follows the demo data instead of hard-coding ids.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function signIn(page: Page, email: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("button", { name: /Account menu/ })).toBeVisible();
}

/** The href of the first link whose path matches `pattern`, looking through the listing pages in order. */
async function firstLink(page: Page, listings: string | string[], pattern: RegExp): Promise<string> {
  for (const listing of [listings].flat()) {
    await page.goto(listing);
    const hrefs = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    const href = hrefs.find((h) => pattern.test(h));
    if (href) return href;
  }
  throw new Error(`no link matching ${pattern} on ${[listings].flat().join(", ")}`);
}

async function violations(page: Page, path: string) {
  const res = await page.goto(path);
  expect(res?.status(), path).toBeLessThan(500);
  await page.waitForLoadState("networkidle");
  // the API reference renders Swagger UI once its script and the OpenAPI document are in: wait, so it is checked too
  if (await page.locator(".api-reference").count()) await page.locator(".api-reference .opblock").first().waitFor();
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map(
    (v) => `${path}: ${v.id} (${v.impact}) ×${v.nodes.length} — ${v.nodes[0]?.target.join(" ")} — ${v.help}`,
  );
}

async function check(page: Page, paths: string[]) {
  const found: string[] = [];
  for (const path of paths) found.push(...(await violations(page, path)));
  expect(found, found.join("\n")).toEqual([]);
}

test.describe("accessibility (axe-core, WCAG 2.2 AA)", () => {
  test.describe.configure({ timeout: 120_000 });

  test("signed out", async ({ page }) => {
    const trip = await firstLink(page, "/trips", /^\/trips\/[a-z0-9]+$/);
    await check(page, [
      "/",
      "/trips",
      "/trips?q=lisbon&min=abc",
      trip,
      "/login",
      "/register",
      "/forgot-password",
      "/docs/api",
      "/no-such-page",
    ]);
  });

  test("traveller", async ({ page }) => {
    await signIn(page, "traveller@example.com");
    const booking = await firstLink(
      page,
      ["/bookings", "/bookings?tab=past", "/bookings?tab=cancelled"],
      /^\/bookings\/[a-z0-9]+$/,
    );
    await check(page, [
      "/bookings",
      "/bookings?tab=past",
      "/bookings?tab=cancelled",
      booking,
      `${booking}/receipt`,
      "/account",
      "/notifications",
    ]);
  });

  test("vendor", async ({ page }) => {
    await signIn(page, "vendor@example.com");
    const trip = await firstLink(page, "/vendor", /^\/vendor\/trips\/[a-z0-9]+$/);
    await check(page, ["/vendor", "/vendor/trips/new", trip, "/vendor/earnings"]);
  });

  test("admin", async ({ page }) => {
    await signIn(page, "admin@example.com");
    const user = await firstLink(page, "/admin/users", /^\/admin\/users\/[a-z0-9]+$/);
    await check(page, [
      "/admin",
      "/admin/users",
      user,
      "/admin/bookings",
      "/admin/reviews",
      "/admin/reviews?visibility=hidden",
      "/admin/payouts",
      "/admin/audit",
      "/admin/webhooks",
    ]);
  });

  test("API reference: Swagger UI with operations open from the keyboard, Try it out and the schemas", async ({
    page,
  }) => {
    await page.goto("/docs/api");
    // admin bookings has enum parameters (<select>s), login a JSON request body (<textarea>)
    const list = page.locator("#operations-admin-getAdminBookings");
    const login = page.locator("#operations-auth-postAuthLogin");
    const header = list.locator(".opblock-summary-control");
    await expect(header).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Servers" })).toBeVisible();

    // each operation's header is one button (its path is no longer a link nested inside), reached with Tab
    await page.getByPlaceholder("Filter by tag or path").focus();
    for (let i = 0; i < 20 && !(await header.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(header).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(header).toHaveAttribute("aria-expanded", "true");
    await expect(page).toHaveURL(/#\/admin\/getAdminBookings$/); // deep linking still works

    await list.getByRole("button", { name: "Try it out" }).click();
    await expect(list.getByRole("combobox", { name: "status" })).toBeEnabled();
    await login.locator(".opblock-summary-control").click();
    await login.getByRole("button", { name: "Try it out" }).click();
    await expect(login.getByRole("textbox", { name: "Request body" })).toBeEditable();
    await login.getByRole("tab", { name: "Schema" }).first().click(); // the body's untitled schema
    await expect(login.locator(".json-schema-2020-12-accordion").first()).toHaveAccessibleName("Schema");
    await page.getByRole("button", { name: "Schemas", exact: true }).click();
    await expect(page.locator("section.models.is-open")).toBeVisible();

    // from the top, where the sticky site header (translucent) sits over the page, not over a dark code block
    await page.evaluate(() => window.scrollTo(0, 0));
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(
      result.violations.map((v) => `${v.id} ×${v.nodes.length} — ${v.nodes[0]?.target.join(" ")} — ${v.help}`),
    ).toEqual([]);
  });

  test("API reference at 360 px: the quick start's commands and an open operation fit, and scroll by keyboard", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto("/docs/api");
    const bookings = page.locator("#operations-bookings-postBookings");
    await bookings.locator(".opblock-summary-control").click();
    await bookings.getByRole("button", { name: "Try it out" }).click();
    await expect(bookings.getByRole("textbox", { name: "Request body" })).toBeEditable();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.evaluate(() => window.scrollTo(0, 0));
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(result.violations.map((v) => `${v.id} ×${v.nodes.length} — ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
  });

  test("phone width (390 px): header menu and filter sheet open from the keyboard and give focus back", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/trips");
    // both sheets' code loads on first use (lib/ui/lazy-overlay.ts): opened by keyboard, they must still say they
    // are open, trap focus and hand it back to their button
    for (const [name, title] of [
      ["Menu", "Travellr"],
      ["Filters", "Filters"],
    ] as const) {
      // while a modal is open Radix hides the rest of the page from assistive technology, the button included
      const button = page.getByRole("button", { name, exact: true, includeHidden: true });
      await expect(button).toHaveAttribute("aria-haspopup", "dialog");
      await expect(button).toHaveAttribute("aria-expanded", "false");
      await button.focus();
      await page.keyboard.press("Enter");
      const sheet = page.getByRole("dialog", { name: title });
      await expect(sheet).toBeVisible();
      await expect(button).toHaveAttribute("aria-expanded", "true");
      await expect(sheet.locator(":focus")).toHaveCount(1);
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(result.violations.map((v) => `${name}: ${v.id}: ${v.help}`)).toEqual([]);
      await page.keyboard.press("Escape");
      await expect(sheet).toBeHidden();
      await expect(button).toBeFocused();
      await expect(button).toHaveAttribute("aria-expanded", "false");
    }
  });
});

import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";

// Swagger UI's authorization popup on /docs/api, made a modal dialog by components/docs/swagger-auth-dialog.ts and
// modal-dialog.ts, and its tag toggles named after their tag (swagger-a11y-plugin.ts). Keyboard only, as a keyboard
// or screen-reader user meets them.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const DIALOG_NAME = /available authorizations/i;

async function openReference(page: Page) {
  await page.goto("/docs/api");
  await page.locator(".api-reference .opblock").first().waitFor();
  // the page's own Authorize button (the dialog has a submit button named "Authorize" too)
  const authorize = page.locator(".api-reference .auth-wrapper > button.btn.authorize");
  await expect(authorize).toHaveAccessibleName(/^Authorize/);
  return authorize;
}

const focusInside = (dialog: Locator) => dialog.evaluate((el) => el.contains(document.activeElement));
/** A label for the focused element, to tell the stops of a Tab cycle apart. */
const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return "";
    const text = el.getAttribute("aria-label") ?? el.id ?? "";
    return `${el.tagName}.${el.className}#${text}|${el.textContent?.trim() ?? ""}`;
  });
const inertCount = (page: Page) => page.locator("[inert]").count();

test("Authorize opens a named modal dialog that keeps the focus, closes on Escape and gives the focus back", async ({
  page,
}) => {
  const authorize = await openReference(page);
  const inertBefore = await inertCount(page);

  await authorize.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: DIALOG_NAME });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute("aria-modal", "true");
  await expect.poll(() => focusInside(dialog)).toBe(true);

  // the page behind is out of reach: its Authorize button and the site header sit inside an inert subtree
  const isInert = (el: Element) => el.closest("[inert]") !== null;
  expect(await authorize.evaluate(isInert)).toBe(true);
  expect(await page.getByRole("banner").evaluate(isInert)).toBe(true);
  expect(await dialog.evaluate(isInert)).toBe(false);

  // Tab goes round the dialog's controls: every stop inside, and the second round repeats the first
  const stops = await dialog.locator("button:visible, input:visible, a[href]:visible, textarea:visible").count();
  expect(stops).toBeGreaterThanOrEqual(3); // close icon, the token field, Authorize, Close
  const seen: string[] = [];
  for (let i = 0; i < stops * 2; i++) {
    await page.keyboard.press("Tab");
    expect(await focusInside(dialog), `Tab ${i + 1} left the dialog`).toBe(true);
    seen.push(await focusedLabel(page));
  }
  expect(new Set(seen).size).toBe(stops);
  expect(seen.slice(stops)).toEqual(seen.slice(0, stops));
  // and backwards
  for (let i = 0; i < stops + 1; i++) {
    await page.keyboard.press("Shift+Tab");
    expect(await focusInside(dialog), `Shift+Tab ${i + 1} left the dialog`).toBe(true);
  }

  // axe with the dialog open: the dialog itself, and nothing behind it that still counts
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(
    result.violations.map((v) => `${v.id} ×${v.nodes.length} — ${v.nodes[0]?.target.join(" ")} — ${v.help}`),
  ).toEqual([]);

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(authorize).toBeFocused();
  expect(await inertCount(page)).toBe(inertBefore);
});

test("an operation's lock opens the same dialog; its Close button gives the focus back to that lock", async ({
  page,
}) => {
  await openReference(page);
  const lock = page.locator("#operations-bookings-postBookings .authorization__btn");
  await lock.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: DIALOG_NAME });
  await expect(dialog).toBeVisible();
  await expect.poll(() => focusInside(dialog)).toBe(true);

  // the text button at the bottom ("Close"), not the header's icon button (also named Close)
  await dialog.locator(".auth-btn-wrapper .btn-done").focus();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(lock).toBeFocused();
});

test("a tag's toggle is named after its tag and tells whether it is expanded", async ({ page }) => {
  await openReference(page);
  const section = page.locator("#operations-tag-bookings");
  const toggle = section.locator("button.expand-operation");
  // docExpansion "list": tags start open
  await expect(toggle).toHaveAccessibleName("Collapse bookings");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("button", { name: "Collapse bookings", exact: true })).toHaveCount(1);
  // operations inside the tag keep their own names: no operation's arrow is named after the tag
  await expect(page.locator(".opblock").getByRole("img", { name: /bookings/ })).toHaveCount(0);

  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(toggle).toHaveAccessibleName("Expand bookings");
  await expect(page.locator("#operations-bookings-postBookings")).toBeHidden();
});

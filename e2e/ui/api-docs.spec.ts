import { expect, test } from "@playwright/test";

test("the API reference renders the OpenAPI document offline, with the quick-start, linked from the footer", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // everything the reference needs is bundled with the app: no CDN, no web fonts
  page.on("request", (r) => {
    if (!r.url().startsWith("http://localhost")) errors.push(`external request ${r.url()}`);
  });
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: /API/ }).click();
  await expect(page).toHaveURL(/\/docs\/api$/);
  await expect(page.getByRole("heading", { name: "API reference", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Quick start" })).toBeVisible();
  const operation = page.locator(".opblock-summary-path", { hasText: /^\/api\/v1\/bookings$/ }).first();
  await expect(operation).toBeVisible();
  await operation.click();
  await expect(page.getByRole("button", { name: "Try it out" }).first()).toBeVisible();
  expect(errors).toEqual([]);
});

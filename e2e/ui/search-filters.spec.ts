import { expect, test } from "@playwright/test";

test("blank fields never reach the URL: the search answers with the clean one", async ({ page, request }) => {
  await page.goto("/trips");
  await page.getByLabel("Search", { exact: true }).fill("lisbon");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/trips\?q=lisbon$/);
  await expect(page.getByText(/\d+ trips? matching “lisbon”/)).toBeVisible();

  // an HTTP redirect, so it works without JavaScript too
  const res = await request.get("/trips?q=lisbon&from=&to=&seats=&sort=&min=&max=&page=1", { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  expect(res.headers().location).toMatch(/\/trips\?q=lisbon$/);
  const empty = await request.get("/trips?q=&min=", { maxRedirects: 0 });
  expect(empty.headers().location).toMatch(/\/trips$/);
});

test("a filter value that cannot be used is named and explained; the other filters still apply", async ({ page }) => {
  await page.goto("/trips?destination=Lisbon&min=abc");
  const alert = page.getByRole("alert").filter({ hasText: "could not be used" });
  await expect(alert).toContainText("Min price: “abc” is not an amount in dollars, e.g. 25 or 25.50.");
  const min = page.getByLabel("Min price ($)");
  await expect(min).toHaveAttribute("aria-invalid", "true");
  await expect(min).toHaveAccessibleDescription(/“abc” is not an amount in dollars/);
  await expect(page.getByRole("heading", { level: 1, name: "Trips in Lisbon" })).toBeVisible();
  await alert.getByRole("link", { name: "Remove this filter" }).click();
  await expect(page).toHaveURL(/\/trips\?destination=Lisbon$/);
  await expect(page.getByRole("alert").filter({ hasText: "could not be used" })).toHaveCount(0);

  await page.goto("/trips?from=2027-02-30");
  await expect(page.getByRole("alert").filter({ hasText: "could not be used" })).toContainText(
    "From: “2027-02-30” is not a real date",
  );
  await expect(page.getByLabel("From", { exact: true })).toHaveAttribute("aria-invalid", "true");
});

test("a page past the last shows a link to the last page, not “Page 99 of 6”", async ({ page }) => {
  await page.goto("/trips?page=99");
  await expect(page.getByText(/Page 99 of/)).toHaveCount(0);
  const nav = page.getByRole("navigation", { name: "Pagination" });
  await expect(nav).toContainText("There is no page 99");
  const link = nav.getByRole("link", { name: /^Go to page \d+$/ });
  const last = Number((await link.textContent())!.replace(/\D/g, ""));
  await link.click();
  if (last > 1) {
    await expect(page).toHaveURL(new RegExp(`/trips\\?page=${last}$`));
    await expect(page.getByText(`Page ${last} of ${last}`)).toBeVisible();
  } else {
    await expect(page).toHaveURL(/\/trips$/);
  }
  // the last page has trips on it
  await expect(page.getByRole("article").first()).toBeVisible();
});

test("each filter shows as a chip that removes it", async ({ page }) => {
  await page.goto("/trips?destination=Lisbon&seats=2");
  const chips = page.getByRole("list", { name: "Active filters" });
  await expect(chips.getByRole("link")).toHaveCount(2);
  await page.getByRole("link", { name: "Remove filter: Destination Lisbon" }).click();
  await expect(page).toHaveURL(/\/trips\?seats=2$/);
  await expect(page.getByRole("heading", { level: 1, name: "Explore trips" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Remove filter: Destination/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Remove filter: Travellers 2" }).click();
  await expect(page).toHaveURL(/\/trips$/);
  await expect(page.getByRole("list", { name: "Active filters" })).toHaveCount(0);
});

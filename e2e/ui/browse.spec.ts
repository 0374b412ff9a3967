import { expect, test } from "@playwright/test";

test("home → search → trip page shows departures in the trip's time zone", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Departing soon" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search trips" }).or(page.getByLabel("Search trips")).first().fill("kyoto");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/trips\?q=kyoto/);
  await expect(page.getByText(/4 trips matching “kyoto”/)).toBeVisible();
  await page.getByRole("link", { name: "Kyoto Temples at Dawn" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kyoto Temples at Dawn" })).toBeVisible();
  await expect(page.getByText("Cancellation policy: Moderate")).toBeVisible();
  const departures = page.getByRole("radio");
  expect(await departures.count()).toBeGreaterThanOrEqual(3);
  const first = page.getByRole("group", { name: "Choose a departure" }).locator("label").first();
  await expect(first).toContainText("GMT+9");
  await expect(first).toContainText(/\d+ left/);
});

test("an empty search says so and offers a way back", async ({ page }) => {
  await page.goto("/trips?q=zzzz-no-such-trip");
  await expect(page.getByText("No trips match your search.")).toBeVisible();
  await page.getByRole("link", { name: "Show all trips" }).click();
  await expect(page.getByText(/\d+ trips$/)).toBeVisible();
});

test("signed-out visitors are sent to log in from private areas; travellers cannot open vendor or admin pages", async ({
  page,
}) => {
  for (const path of ["/bookings", "/vendor", "/admin"]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/login\\?callbackUrl=${encodeURIComponent(path)}`));
  }
  await page.getByLabel("Email").fill("traveller@example.com");
  await page.getByLabel("Password").fill("travellr-demo");
  await page.getByRole("button", { name: "Log in" }).click();
  // the login came from /admin, which a traveller may not open
  await expect(page).toHaveURL(/\/\?denied=1$/);
  await expect(
    page.getByRole("alert").filter({ hasText: "Your account does not have access to that page." }),
  ).toBeVisible();
  await page.goto("/vendor");
  await expect(page).toHaveURL(/\/\?denied=1$/);
  await page.goto("/bookings");
  await expect(page.getByRole("heading", { name: "My bookings" })).toBeVisible();
});

test("vendor and admin dashboards show their data", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("admin@example.com");
  await page.getByLabel("Password").fill("travellr-demo");
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  await page.getByLabel("Search users").fill("example.com");
  await page.getByLabel("Role").selectOption("vendor");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("table")).toContainText("Eleni Papadaki");
  await expect(page.getByRole("table")).not.toContainText("traveller@example.com");
  await page.getByLabel("Role").selectOption("");
  await page.getByLabel("Search users").fill("traveller@example");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);

  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Log out" }).click();
  await page.goto("/login?callbackUrl=/vendor");
  await page.getByLabel("Email").fill("vendor@example.com");
  await page.getByLabel("Password").fill("travellr-demo");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { name: "Vendor dashboard" })).toBeVisible();
  // the seeded reviews come with completed bookings, so the dashboard also has its "Latest bookings" table
  await expect(page.getByRole("table", { name: "Your trips", exact: true })).toContainText(
    "Northern Lights Hunt & Golden Circle",
  );
});

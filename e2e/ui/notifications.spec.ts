import { expect, test } from "@playwright/test";
import { uniqueEmail } from "../support/api";

test("registering shows the welcome notification in the bell and the welcome email at /dev/mail", async ({ page }) => {
  const email = uniqueEmail("bell");
  await page.goto("/register");
  await page.getByLabel("Full name").fill("Bella Bell");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("bell-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Welcome to Travellr, Bella Bell!" })).toBeVisible();

  // the welcome function runs in the background (outbox → local Inngest runner → serve()); the bell polls for it
  const bell = page.getByRole("button", { name: "Notifications, 1 unread" });
  await expect(bell).toBeVisible({ timeout: 20_000 });
  await bell.click();
  const item = page.getByRole("menuitem", { name: /Welcome to Travellr, Bella Bell!/ });
  await expect(item).toBeVisible();
  await item.click();
  await expect(page).toHaveURL(/\/trips$/);
  await expect(page.getByRole("button", { name: "Notifications", exact: true })).toBeVisible();

  await page.goto("/dev/mail");
  const row = page.getByRole("link", { name: new RegExp(`Welcome to Travellr, Bella Bell!.*to ${email}`) });
  await expect(row).toBeVisible();
  await row.click();
  await expect(page.getByRole("heading", { name: "Welcome to Travellr, Bella Bell!" })).toBeVisible();
  await expect(page.frameLocator("iframe").getByRole("link", { name: "Explore trips" })).toBeVisible();
});

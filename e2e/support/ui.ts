import { expect, type Page } from "@playwright/test";

/** Logs in through the login page and waits for the signed-in header. */
export async function logIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("button", { name: /Account menu/ })).toBeVisible();
}

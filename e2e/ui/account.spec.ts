import { expect, test } from "@playwright/test";
import { uniqueEmail } from "../support/api";

test("register → log out → log in → edit account → log out", async ({ page }) => {
  const email = uniqueEmail("ui");
  const password = "ui-password-1";

  await page.goto("/");
  await page.getByRole("link", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { name: "Create your Travellr account" })).toBeVisible();

  // a too-short password is reported next to its field, and what was typed is kept
  await page.getByLabel("Full name").fill("Uma Interface");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Password must be at least 8 characters")).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  // the focus lands on the field to fix, not on the submit button (or nowhere: the form re-mounts with its values)
  await expect(page.getByLabel("Password")).toBeFocused();
  await expect(page.getByLabel("Email")).toHaveValue(email);

  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Welcome to Travellr, Uma Interface!" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My bookings" })).toBeVisible();

  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Log out" }).click();
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();

  // a protected page sends a signed-out visitor to log in and back
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Log in" }).click();
  const refused = page.getByRole("alert").filter({ hasText: "Email or password is incorrect." });
  await expect(refused).toBeVisible();
  // no field is to blame: the focus goes to the alert itself, so a screen reader reads it and Tab continues from there
  await expect(refused).toBeFocused();
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/account$/);

  await page.getByLabel("Phone").fill("not a phone");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Enter a valid phone number")).toBeVisible();
  await page.getByLabel("Full name").fill("Uma Renamed");
  await page.getByLabel("Phone").fill("+49 30 1234567");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your details were saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Full name")).toHaveValue("Uma Renamed");
  await expect(page.getByLabel("Phone")).toHaveValue("+49 30 1234567");
  await expect(page.getByRole("button", { name: "Account menu for Uma Renamed" })).toBeVisible();

  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Log out" }).click();
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login/);
});

test("the header changes with the role", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("vendor@example.com");
  await page.getByLabel("Password").fill("travellr-demo");
  await page.getByRole("button", { name: "Log in" }).click();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Vendor dashboard" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Admin" })).toHaveCount(0);
});

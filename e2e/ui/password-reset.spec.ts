import { expect, type Page, test } from "@playwright/test";
import { registerUser, uniqueEmail } from "../support/api";
import { logIn } from "../support/ui";

/** Opens the newest reset email in the signed-in user's /dev/mail inbox and returns the link's token. */
async function resetTokenFromMail(inbox: Page) {
  await inbox.goto("/dev/mail");
  await inbox
    .getByRole("link", { name: /Reset your Travellr password/ })
    .first()
    .click();
  await expect(inbox.getByRole("heading", { name: "Reset your Travellr password" })).toBeVisible();
  const text = (await inbox.locator("details pre").textContent()) ?? "";
  const token = /\/reset-password\?token=([\w-]+)/.exec(text)?.[1];
  expect(token, text).toBeTruthy();
  return token!;
}

test("forgot password end to end through the mail outbox: one-time link, every session ended, new password works", async ({
  browser,
  request,
}) => {
  test.setTimeout(60_000);
  const { user, password } = await registerUser(request, { name: "Rosa Reset" });
  // a session from before the reset, in another browser; it also reads the inbox (/dev/mail is the user's own mail)
  const otherBrowser = await browser.newContext();
  const inbox = await otherBrowser.newPage();
  await logIn(inbox, user.email, password);

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();

  // an email without an account gets the same answer
  await page.getByLabel("Email").fill(uniqueEmail("nobody"));
  await page.getByRole("button", { name: "Send reset link" }).click();
  const sent = page.getByRole("status").filter({ hasText: "If an account exists for that email" });
  await expect(sent).toBeVisible();
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(sent).toBeVisible();

  const token = await resetTokenFromMail(inbox);
  await page.goto(`/reset-password?token=${token}`);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  const newPassword = page.getByLabel("New password", { exact: true });
  const repeat = page.getByLabel("Repeat the new password", { exact: true });

  // the toggle shows what was typed and says so to screen readers
  await newPassword.fill("rosa-new-password");
  await expect(newPassword).toHaveAttribute("type", "password");
  const show = page.getByRole("button", { name: "Show new password" });
  await expect(show).toHaveAttribute("aria-pressed", "false");
  await show.click();
  await expect(newPassword).toHaveAttribute("type", "text");
  await expect(show).toHaveAttribute("aria-pressed", "true");

  // a mismatch is reported next to the repeat field
  await repeat.fill("rosa-typo-password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The passwords do not match")).toBeVisible();
  await expect(repeat).toHaveAttribute("aria-invalid", "true");

  await newPassword.fill("rosa-new-password");
  await repeat.fill("rosa-new-password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/login\?reset=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Password changed" })).toBeVisible();

  // the session from before the reset has ended
  await inbox.goto("/account");
  await expect(inbox).toHaveURL(/\/login\?callbackUrl=%2Faccount/);
  await otherBrowser.close();

  // the link works once
  await page.goto(`/reset-password?token=${token}`);
  await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Request a new link" })).toHaveAttribute("href", "/forgot-password");

  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect." })).toBeVisible();
  await logIn(page, user.email, "rosa-new-password");
  await context.close();
});

test("log-in and sign-up return to the page the visitor came from, and only to this site", async ({
  page,
  request,
}) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount/);

  // the login page's password field has one label match and a keyboard-reachable "Show password" toggle
  await expect(page.getByLabel("Password")).toHaveCount(1);
  await page.getByLabel("Password").fill("secret-words");
  await page.getByLabel("Password").press("Tab");
  const toggle = page.getByRole("button", { name: "Show password" });
  await expect(toggle).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Password")).toHaveAttribute("type", "text");
  await expect(page.getByLabel("Password")).toHaveValue("secret-words");

  // signing up from here keeps the way back
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/register\?callbackUrl=%2Faccount$/);
  await page.getByLabel("Full name").fill("Nora Next");
  await page.getByLabel("Email").fill(uniqueEmail("next"));
  await page.getByLabel("Password").fill("nora-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/account$/);

  // a link to another site is not followed after logging in
  const { user, password } = await registerUser(request);
  const other = await page.context().browser()!.newContext();
  const visitor = await other.newPage();
  await visitor.goto("/login?callbackUrl=https%3A%2F%2Fevil.example%2F");
  await visitor.getByLabel("Email").fill(user.email);
  await visitor.getByLabel("Password").fill(password);
  await visitor.getByRole("button", { name: "Log in" }).click();
  await expect(visitor.getByRole("button", { name: /Account menu/ })).toBeVisible();
  expect(new URL(visitor.url()).pathname).toBe("/");
  await other.close();
});

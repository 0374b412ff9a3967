import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, registerUser } from "../support/api";
import { logIn } from "../support/ui";

// /dev/* exists only in local mode (npm run dev / test / preview) and even there needs a signed-in user: the mail
// viewer is each user's own inbox, the runs page is for admins.
test("the local mail viewer is an inbox: own mail only, other people's mail is 404, runs are for admins", async ({
  browser,
  request,
}) => {
  // two background welcome emails to wait for and three sessions
  test.setTimeout(60_000);
  const alice = await registerUser(request, { name: "Alice Inbox" });
  const bob = await registerUser(request, { name: "Bob Inbox" });

  const anonymous = await browser.newPage();
  await anonymous.goto("/dev/mail");
  await expect(anonymous).toHaveURL(/\/login\?callbackUrl=%2Fdev%2Fmail/);
  await anonymous.close();

  const page = await browser.newPage();
  await logIn(page, alice.user.email, alice.password);
  await page.goto("/dev/mail");
  await expect(page.getByText(`Emails Travellr sent to ${alice.user.email}`)).toBeVisible();
  // the welcome email is written by a background function; reload until it is there
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("link", { name: new RegExp(`to ${alice.user.email}`) })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole("link", { name: new RegExp(`to ${bob.user.email}`) })).toHaveCount(0);

  const runs = await page.goto("/dev/runs");
  expect(runs?.status()).toBe(404);

  // Bob's welcome email, found by the admin, is a 404 for Alice
  const admin = await browser.newPage();
  await logIn(admin, "admin@example.com", DEMO_PASSWORD);
  await admin.goto("/dev/mail");
  const bobsMail = admin.getByRole("link", { name: new RegExp(`to ${bob.user.email}`) });
  await expect(async () => {
    await admin.reload();
    await expect(bobsMail).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  const href = await bobsMail.getAttribute("href");
  await admin.goto("/dev/runs?status=completed");
  await expect(admin.getByText("travellr-welcome-user").first()).toBeVisible();
  await admin.close();

  expect(href).toMatch(/^\/dev\/mail\/.+/);
  const foreign = await page.goto(href!);
  expect(foreign?.status()).toBe(404);
  await page.close();
});

import { expect, test } from "@playwright/test";
import { registerUser } from "../support/api";
import { logIn } from "../support/ui";

test("logging out in one browser ends the session in every other browser; page visits renew the 7-day session", async ({
  browser,
  request,
}) => {
  const user = await registerUser(request, { name: "Sam Sessions" });
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const laptopPage = await laptop.newPage();
  const phonePage = await phone.newPage();
  await logIn(laptopPage, user.user.email, user.password);
  await logIn(phonePage, user.user.email, user.password);

  // sliding renewal: a later page visit re-issues the cookie with a later expiry
  const expiry = async () => (await phone.cookies()).find((c) => c.name === "authjs.session-token")!.expires;
  const before = await expiry();
  expect((before * 1000 - Date.now()) / 86_400_000).toBeGreaterThan(6.9);
  await phonePage.waitForTimeout(1_500);
  await phonePage.goto("/account");
  await expect.poll(expiry).toBeGreaterThan(before);

  await laptopPage.getByRole("button", { name: /Account menu/ }).click();
  await laptopPage.getByRole("menuitem", { name: "Log out" }).click();
  await expect(laptopPage.getByRole("link", { name: "Log in" }).first()).toBeVisible();

  await phonePage.goto("/account");
  await expect(phonePage).toHaveURL(/\/login\?callbackUrl=%2Faccount/);
  await laptop.close();
  await phone.close();
});

import { type APIRequestContext, expect, request as playwrightRequest } from "@playwright/test";

/** Signs in through Auth.js' credentials callback like the login page does; the context then holds the session cookie. */
export async function browserSession(baseURL: string, email: string, password: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
  const res = await context.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, redirect: "false" },
    maxRedirects: 0,
  });
  expect(res.status(), await res.text()).toBeLessThan(400);
  return context;
}

/**
 * The token of the newest password-reset email in the signed-in user's inbox at /dev/mail (local mode shows each user
 * the mail sent to them). The email is written in the request that asked for it, so it is there at once.
 */
export async function resetTokenFromInbox(session: APIRequestContext): Promise<string> {
  const list = await (await session.get("/dev/mail")).text();
  const href = /href="(\/dev\/mail\/[^"]+)"(?:(?!<\/a>)[\s\S])*?Reset your Travellr password/.exec(list)?.[1];
  expect(href, "a password-reset email in the inbox").toBeTruthy();
  const message = await (await session.get(href!)).text();
  const token = /\/reset-password\?token=([\w-]+)/.exec(message)?.[1];
  expect(token, "the reset link in the email").toBeTruthy();
  return token!;
}

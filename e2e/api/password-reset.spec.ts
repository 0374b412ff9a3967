import { bearer, expectError, registerUser, uniqueEmail } from "../support/api";
import { browserSession, resetTokenFromInbox } from "../support/inbox";
import { expect, test } from "../support/test";

// Each request carries its own fake client IP (X-Forwarded-For), so the per-IP limit of password-reset requests
// never touches the loopback address the rest of the suite shares.
const fakeIp = () => `10.${[0, 0, 0].map(() => 1 + Math.floor(Math.random() * 250)).join(".")}`;
const from = () => ({ "X-Forwarded-For": fakeIp() });

test.describe("password reset API", () => {
  test("202 with the same body whether or not the account exists; a malformed email is 422", async ({ request }) => {
    const { user } = await registerUser(request);
    const known = await request.post("/api/v1/auth/password-reset", { headers: from(), data: { email: user.email } });
    const unknown = await request.post("/api/v1/auth/password-reset", {
      headers: from(),
      data: { email: uniqueEmail("nobody") },
    });
    expect(known.status()).toBe(202);
    expect(unknown.status()).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());
    await expectError(
      await request.post("/api/v1/auth/password-reset", { headers: from(), data: { email: "nope" } }),
      422,
      "validation_failed",
    );
  });

  test("the emailed token sets a new password once and ends every token and session from before", async ({
    request,
    baseURL,
  }) => {
    const { user, password, token: oldToken } = await registerUser(request);
    const session = await browserSession(baseURL!, user.email, password);
    expect((await session.get(`/api/v1/users/${user.id}`)).status()).toBe(200);

    const asked = await request.post("/api/v1/auth/password-reset", { headers: from(), data: { email: user.email } });
    expect(asked.status()).toBe(202);
    const token = await resetTokenFromInbox(session);

    await expectError(
      await request.post("/api/v1/auth/password-reset/confirm", { data: { token, password: "short" } }),
      422,
      "validation_failed",
    );
    const done = await request.post("/api/v1/auth/password-reset/confirm", {
      data: { token, password: "brand-new-password" },
    });
    expect(done.status(), await done.text()).toBe(204);
    await expectError(
      await request.post("/api/v1/auth/password-reset/confirm", { data: { token, password: "another-password" } }),
      400,
      "invalid_token",
    );

    // the bearer token and the browser session from before the reset are both refused now
    await expectError(await request.get(`/api/v1/users/${user.id}`, { headers: bearer(oldToken) }), 401);
    await expectError(await session.get(`/api/v1/users/${user.id}`), 401);
    await session.dispose();

    await expectError(
      await request.post("/api/v1/auth/login", { data: { email: user.email, password } }),
      401,
      "invalid_credentials",
    );
    const login = await request.post("/api/v1/auth/login", {
      data: { email: user.email, password: "brand-new-password" },
    });
    expect(login.status()).toBe(200);
    expect(
      (await request.get(`/api/v1/users/${user.id}`, { headers: bearer((await login.json()).token) })).status(),
    ).toBe(200);
  });

  test("a made-up token is 400 invalid_token", async ({ request }) => {
    await expectError(
      await request.post("/api/v1/auth/password-reset/confirm", {
        data: { token: "made-up-token", password: "brand-new-password" },
      }),
      400,
      "invalid_token",
    );
  });

  test("5 requests an hour per email, from any IP, then 429 with Retry-After", async ({ request }) => {
    const email = uniqueEmail("flood");
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await request.post("/api/v1/auth/password-reset", { headers: from(), data: { email } })).status());
    expect(statuses).toEqual([202, 202, 202, 202, 202]);
    const refused = await request.post("/api/v1/auth/password-reset", { headers: from(), data: { email } });
    await expectError(refused, 429, "rate_limited");
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  });
});

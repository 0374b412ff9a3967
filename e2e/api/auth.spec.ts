import { expect, test } from "../support/test";
import { bearer, expectError, login, registerUser, uniqueEmail } from "../support/api";

test.describe("auth API", () => {
  test("register returns the user, a token and its expiry", async ({ request }) => {
    const email = uniqueEmail();
    const res = await request.post("/api/v1/auth/register", {
      data: { email: email.toUpperCase(), password: "longenough", name: "Nia Traveller", phone: "+1 555 123 4567" },
    });
    expect(res.status()).toBe(201);
    const body = await res.json();
    expect(body.user).toMatchObject({
      email,
      name: "Nia Traveller",
      phone: "+1 555 123 4567",
      role: "traveller",
      active: true,
    });
    expect(Object.keys(body.user).sort()).toEqual(["active", "createdAt", "email", "id", "name", "phone", "role"]);
    expect(body.token).toEqual(expect.any(String));
    const ttl = new Date(body.expiresAt).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(58 * 60 * 1000);
    expect(ttl).toBeLessThanOrEqual(60 * 60 * 1000);
  });

  test("register as vendor; admin is not a self-service role", async ({ request }) => {
    const vendor = await registerUser(request, { role: "vendor" });
    expect(vendor.user.role).toBe("vendor");
    await expectError(
      await request.post("/api/v1/auth/register", {
        data: { email: uniqueEmail(), password: "longenough", name: "X", role: "admin" },
      }),
      422,
      "validation_failed",
    );
  });

  test("a taken email is 409 in any letter case", async ({ request }) => {
    const { user } = await registerUser(request);
    const res = await request.post("/api/v1/auth/register", {
      data: { email: user.email.toUpperCase(), password: "longenough", name: "Dup" },
    });
    await expectError(res, 409, "email_taken");
  });

  test("login works with any letter case; bad credentials get one message", async ({ request }) => {
    const { user, password } = await registerUser(request);
    const ok = await login(request, user.email.toUpperCase(), password);
    expect(ok.user.id).toBe(user.id);
    const wrong = await expectError(
      await request.post("/api/v1/auth/login", { data: { email: user.email, password: "nope-nope" } }),
      401,
      "invalid_credentials",
    );
    const unknown = await expectError(
      await request.post("/api/v1/auth/login", { data: { email: uniqueEmail(), password: "nope-nope" } }),
      401,
      "invalid_credentials",
    );
    expect(wrong.error.message).toBe(unknown.error.message);
  });

  test("logout revokes the token at once; other tokens keep working", async ({ request }) => {
    const { user, token, password } = await registerUser(request);
    const second = await login(request, user.email, password);
    expect((await request.get(`/api/v1/users/${user.id}`, { headers: bearer(token) })).status()).toBe(200);
    expect((await request.post("/api/v1/auth/logout", { headers: bearer(token) })).status()).toBe(204);
    await expectError(
      await request.get(`/api/v1/users/${user.id}`, { headers: bearer(token) }),
      401,
      "unauthenticated",
    );
    await expectError(await request.post("/api/v1/auth/logout", { headers: bearer(token) }), 401);
    expect((await request.get(`/api/v1/users/${user.id}`, { headers: bearer(second.token) })).status()).toBe(200);
  });

  test("deactivating an account kills its tokens and logins", async ({ request }) => {
    const { user, token, password } = await registerUser(request);
    const other = await login(request, user.email, password);
    expect((await request.delete(`/api/v1/users/${user.id}`, { headers: bearer(token) })).status()).toBe(204);
    await expectError(await request.get(`/api/v1/users/${user.id}`, { headers: bearer(other.token) }), 401);
    await expectError(
      await request.post("/api/v1/auth/login", { data: { email: user.email, password } }),
      401,
      "invalid_credentials",
    );
  });

  const badCredentials: [string, Record<string, string>][] = [
    ["no header", {}],
    ["garbage token", bearer("not-a-token")],
    ["wrong scheme", { Authorization: "Basic dXNlcjpwYXNz" }],
    ["empty bearer", { Authorization: "Bearer " }],
  ];
  for (const [name, headers] of badCredentials) {
    test(`${name} → 401`, async ({ request }) => {
      await expectError(await request.get("/api/v1/users/anything", { headers }), 401, "unauthenticated");
    });
  }
});

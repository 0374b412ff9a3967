// POST /api/v1/auth/password-reset and /confirm through the real route handlers: one answer for every email, the
// per-email and per-IP limits, and a reset that revokes the bearer tokens issued before it.
import { describe, expect, test, vi } from "vitest";
import { POST as confirmRoute } from "@/app/api/v1/auth/password-reset/confirm/route";
import { POST as requestRoute } from "@/app/api/v1/auth/password-reset/route";
import { GET as getUserRoute } from "@/app/api/v1/users/[id]/route";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { registerUser } from "@/lib/users/register-user";
import { RegisterInput } from "@/lib/users/schemas";
import { uniqueEmail } from "./support/factories";

// next-auth cannot load under vitest; these routes are public or called with bearer tokens
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => null }));
vi.spyOn(logger, "warn").mockImplementation(() => undefined);

const fakeIp = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join(".")}`;
const route = { params: Promise.resolve({}) };
const post = (body: unknown, ip = fakeIp()) =>
  new Request("http://localhost/api/v1/auth/password-reset", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: JSON.stringify(body),
  });
const requestReset = (email: string, ip?: string) => requestRoute(post({ email }, ip), route);
const confirm = (body: unknown) => confirmRoute(post(body), route);

async function tokenFromInbox(email: string) {
  const mail = await db.emailOutbox.findFirstOrThrow({ where: { to: email, template: "password_reset" } });
  return /token=([\w-]+)/.exec(mail.text)![1];
}

describe("POST /api/v1/auth/password-reset", () => {
  test("202 with the same body whether the account exists or not; only the account gets an email", async () => {
    const user = await registerUser(
      RegisterInput.parse({ email: uniqueEmail("api-reset"), password: "old-password", name: "Api" }),
    );
    const unknown = uniqueEmail("nobody");
    const known = await requestReset(user.email.toUpperCase());
    const missing = await requestReset(unknown);
    expect([known.status, missing.status]).toEqual([202, 202]);
    expect(await known.json()).toEqual(await missing.json());
    expect(await db.emailOutbox.count({ where: { to: user.email, template: "password_reset" } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { to: unknown } })).toBe(0);
  });

  test("an invalid email is a 422 naming the field", async () => {
    const res = await requestReset("not-an-email");
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; details: { fieldErrors: Record<string, string[]> } } };
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.details.fieldErrors.email).toBeDefined();
  });

  test("5 requests an hour per email, known or not, from any IP; then 429 with Retry-After", async () => {
    const email = uniqueEmail("flood");
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await requestReset(email)).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    const refused = await requestReset(email);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
    // another email is unaffected
    expect((await requestReset(uniqueEmail("other"))).status).toBe(202);
  });

  test("20 requests an hour per IP, whatever the emails", async () => {
    const ip = fakeIp();
    const statuses = [];
    for (let i = 0; i < 21; i++) statuses.push((await requestReset(uniqueEmail("spray"), ip)).status);
    expect(statuses.slice(0, 20).every((s) => s === 202)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});

describe("POST /api/v1/auth/password-reset/confirm", () => {
  test("204, the token is spent, and bearer tokens issued before the reset are refused", async () => {
    const user = await registerUser(
      RegisterInput.parse({ email: uniqueEmail("api-reset"), password: "old-password", name: "Api" }),
    );
    const { token: bearer } = await issueApiToken(user.id);
    const readSelf = () =>
      getUserRoute(
        new Request(`http://localhost/api/v1/users/${user.id}`, { headers: { authorization: `Bearer ${bearer}` } }),
        {
          params: Promise.resolve({ id: user.id }),
        },
      );
    expect((await readSelf()).status).toBe(200);

    await requestReset(user.email);
    const token = await tokenFromInbox(user.email);
    expect((await confirm({ token, password: "short" })).status).toBe(422);
    expect((await confirm({ token, password: "new-password" })).status).toBe(204);

    const reused = await confirm({ token, password: "another-password" });
    expect(reused.status).toBe(400);
    expect(((await reused.json()) as { error: { code: string } }).error.code).toBe("invalid_token");
    const stale = await readSelf();
    expect(stale.status).toBe(401);
  });

  test("an unknown token is 400 invalid_token; a missing one is 422", async () => {
    const res = await confirm({ token: "made-up", password: "new-password" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_token");
    expect((await confirm({ password: "new-password" })).status).toBe(422);
  });
});

// Forgot / reset password against the real database: what a request writes (and does not write for an unknown or
// deactivated email), single use, the one-hour expiry, and that a reset ends every session and bearer token.
import { createHash } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, test } from "vitest";
import { issueApiToken, verifyApiToken } from "@/lib/auth/api-tokens";
import { loadTokenActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sendPasswordReset } from "@/lib/inngest/functions/send-password-reset";
import { guardPasswordLogin } from "@/lib/rate-limit/limits";
import { isResetTokenUsable } from "@/lib/users/check-reset-token";
import { deactivateUser } from "@/lib/users/deactivate-user";
import { registerUser } from "@/lib/users/register-user";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { resetPassword } from "@/lib/users/reset-password";
import { RegisterInput } from "@/lib/users/schemas";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { uniqueEmail } from "./support/factories";

const HOUR = 60 * 60 * 1000;
const fakeIp = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join(".")}`;
const register = (email = uniqueEmail("reset")) =>
  registerUser(RegisterInput.parse({ email, password: "old-password", name: "Rita Reset" }));

async function errorCode(p: Promise<unknown>) {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

/** Asks for a reset and returns the token read from the queued email, as the user would from their inbox. */
async function requestToken(email: string, now?: Date) {
  await requestPasswordReset({ email, ip: fakeIp(), now });
  const mail = await db.emailOutbox.findFirstOrThrow({
    where: { to: email, template: "password_reset" },
    orderBy: { createdAt: "desc" },
  });
  const token = /\/reset-password\?token=([\w-]+)/.exec(mail.text)?.[1];
  expect(token).toBeTruthy();
  return { token: token!, mail };
}

describe("requesting a reset", () => {
  test("queues one email with a link whose token is stored only as its SHA-256, valid for one hour", async () => {
    const user = await register();
    const now = new Date();
    const { token, mail } = await requestToken(user.email, now);
    expect(mail).toMatchObject({ userId: user.id, subject: "Reset your Travellr password", status: "queued" });
    expect(mail.html).toContain(`/reset-password?token=${token}`);
    expect(token.length).toBeGreaterThanOrEqual(43); // 256 random bits

    const rows = await db.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0].expiresAt.getTime()).toBe(now.getTime() + HOUR);
    expect(rows[0].usedAt).toBeNull();

    // the event that delivers it carries ids only, never the token
    const event = await db.eventOutbox.findFirstOrThrow({
      where: { eventId: `user/password-reset.requested:${rows[0].id}` },
    });
    expect(event.data).toEqual({ userId: user.id, emailId: mail.id });
  });

  test("an unknown or deactivated email gets the same (empty) answer and no token, email or event", async () => {
    const unknown = uniqueEmail("nobody");
    const gone = await register();
    await deactivateUser({ id: gone.id, email: gone.email, name: gone.name, role: gone.role }, gone.id);
    for (const email of [unknown, gone.email]) {
      expect(await requestPasswordReset({ email, ip: fakeIp() })).toBeUndefined();
      expect(await db.emailOutbox.count({ where: { to: email } })).toBe(0);
    }
    expect(await db.passwordResetToken.count({ where: { userId: gone.id } })).toBe(0);
    const known = await register();
    expect(await requestPasswordReset({ email: known.email, ip: fakeIp() })).toBeUndefined();
  });

  test("the send-password-reset function delivers the queued email", async () => {
    const user = await register();
    const { mail } = await requestToken(user.email);
    const engine = new InngestTestEngine({ function: sendPasswordReset });
    await engine.execute({
      events: [{ name: "user/password-reset.requested", data: { userId: user.id, emailId: mail.id } }],
    });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: mail.id } })).toMatchObject({ status: "sent" });
  });
});

describe("resetting the password", () => {
  test("sets the new password; the token and every other open link of the user then stop working", async () => {
    const user = await register();
    const first = await requestToken(user.email);
    const second = await requestToken(user.email);
    expect(await isResetTokenUsable(second.token)).toBe(true);

    await resetPassword({ token: second.token, password: "new-password" });
    expect(await errorCode(verifyCredentials({ email: user.email, password: "old-password" }))).toBe(
      "invalid_credentials",
    );
    expect(await verifyCredentials({ email: user.email, password: "new-password" })).toMatchObject({ id: user.id });

    for (const { token } of [second, first]) {
      expect(await isResetTokenUsable(token)).toBe(false);
      expect(await errorCode(resetPassword({ token, password: "attacker-password" }))).toBe("invalid_token");
    }
    expect(await verifyCredentials({ email: user.email, password: "new-password" })).toMatchObject({ id: user.id });
    const audit = await db.auditLog.findMany({ where: { entityId: user.id, action: "user.password_reset" } });
    expect(audit).toHaveLength(1);
  });

  test("works until one hour after the request and not from then on", async () => {
    const user = await register();
    const requestedAt = new Date(Date.now() - 2 * HOUR);
    const { token } = await requestToken(user.email, requestedAt);
    const at = (ms: number) => new Date(requestedAt.getTime() + ms);
    expect(await isResetTokenUsable(token, at(HOUR - 1))).toBe(true);
    expect(await isResetTokenUsable(token, at(HOUR))).toBe(false);
    expect(await errorCode(resetPassword({ token, password: "new-password", now: at(HOUR) }))).toBe("invalid_token");
    // the refusal claimed nothing: a minute earlier it still works
    await resetPassword({ token, password: "new-password", now: at(HOUR - 60_000) });
    expect(await verifyCredentials({ email: user.email, password: "new-password" })).toMatchObject({ id: user.id });
  });

  test("an unknown token is refused", async () => {
    expect(await errorCode(resetPassword({ token: "not-a-real-token", password: "new-password" }))).toBe(
      "invalid_token",
    );
  });

  test("two concurrent uses of one link: exactly one goes through", async () => {
    const user = await register();
    const { token } = await requestToken(user.email);
    const results = await Promise.all([
      errorCode(resetPassword({ token, password: "first-password" })),
      errorCode(resetPassword({ token, password: "second-password" })),
    ]);
    expect(results.sort()).toEqual(["invalid_token", "ok"]);
  });

  test("ends every browser session and every bearer token issued before the reset", async () => {
    const user = await register();
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const old = await verifyApiToken((await issueApiToken(user.id)).token);
    expect(await loadTokenActor(old)).not.toBeNull();

    const { token } = await requestToken(user.email);
    await resetPassword({ token, password: "new-password" });

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.tokenVersion).toBe(before.tokenVersion + 1);
    expect(await loadTokenActor(old)).toBeNull();
    // a token issued after the reset works
    const fresh = await verifyApiToken((await issueApiToken(user.id)).token);
    expect(await loadTokenActor(fresh)).toMatchObject({ id: user.id });
  });

  test("a deactivated account cannot be reopened with a link sent before the deactivation", async () => {
    const user = await register();
    const { token } = await requestToken(user.email);
    await deactivateUser({ id: user.id, email: user.email, name: user.name, role: user.role }, user.id);
    expect(await isResetTokenUsable(token)).toBe(false);
    expect(await errorCode(resetPassword({ token, password: "new-password" }))).toBe("invalid_token");
  });

  test("lifts a login lockout, so the new password works at once", async () => {
    const user = await register();
    const login = (password: string) =>
      errorCode(
        guardPasswordLogin({ email: user.email, ip: fakeIp() }, () =>
          verifyCredentials({ email: user.email, password }),
        ),
      );
    for (let i = 0; i < 5; i++) expect(await login("wrong-guess")).toBe("invalid_credentials");
    expect(await login("old-password")).toBe("rate_limited");
    const { token } = await requestToken(user.email);
    await resetPassword({ token, password: "new-password" });
    expect(await login("new-password")).toBe("ok");
  });
});

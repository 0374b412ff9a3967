// Use cases against the real (embedded) PostgreSQL.
import { describe, expect, test } from "vitest";
import { issueApiToken, revokeApiToken, verifyApiToken } from "@/lib/auth/api-tokens";
import { loadActiveActor, loadTokenActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deactivateUser } from "@/lib/users/deactivate-user";
import { getUser } from "@/lib/users/get-user";
import { registerUser } from "@/lib/users/register-user";
import { RegisterInput } from "@/lib/users/schemas";
import { updateUser } from "@/lib/users/update-user";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { uniqueEmail } from "./support/factories";

const register = (overrides: Partial<RegisterInput> = {}) =>
  registerUser(
    RegisterInput.parse({ email: uniqueEmail(), password: "correct-horse", name: "Test User", ...overrides }),
  );
const actorOf = (u: { id: string; email: string; name: string; role: "traveller" | "vendor" | "admin" }) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
});

async function errorCode(p: Promise<unknown>) {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

describe("registration and login", () => {
  test("stores a bcrypt hash, never the password, and logs in", async () => {
    const email = uniqueEmail();
    const user = await register({ email });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(row.passwordHash).toMatch(/^\$2[aby]\$10\$/);
    expect("passwordHash" in user).toBe(false);
    const loggedIn = await verifyCredentials({ email, password: "correct-horse" });
    expect(loggedIn.id).toBe(user.id);
  });

  test("a vendor gets a vendor profile", async () => {
    const user = await register({ role: "vendor", name: "Op Erator" });
    const profile = await db.vendorProfile.findUnique({ where: { userId: user.id } });
    expect(profile?.displayName).toBe("Op Erator");
    expect(profile?.payoutSchedule).toBe("weekly");
  });

  test("an email is taken in any letter case", async () => {
    const email = uniqueEmail();
    await register({ email });
    expect(await errorCode(register({ email: email.toUpperCase() }))).toBe("email_taken");
  });

  test("ten concurrent registrations of one email: exactly one succeeds", async () => {
    const email = uniqueEmail("race");
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => register({ email: i % 2 ? email.toUpperCase() : email })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect((r.reason as AppError).code).toBe("email_taken");
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  test("wrong password, unknown email and deactivated user get the same error", async () => {
    const email = uniqueEmail();
    const user = await register({ email });
    expect(await errorCode(verifyCredentials({ email, password: "wrong-password" }))).toBe("invalid_credentials");
    expect(await errorCode(verifyCredentials({ email: uniqueEmail(), password: "correct-horse" }))).toBe(
      "invalid_credentials",
    );
    await deactivateUser(actorOf(user), user.id);
    expect(await errorCode(verifyCredentials({ email, password: "correct-horse" }))).toBe("invalid_credentials");
  });

  test("the database refuses an upper-case email even if code forgot to normalise it", async () => {
    await expect(db.user.create({ data: { email: "Mixed@Case.dev", passwordHash: "x", name: "x" } })).rejects.toThrow();
  });
});

describe("API tokens", () => {
  test("a token verifies until it is revoked", async () => {
    const user = await register();
    const { token, expiresAt } = await issueApiToken(user.id);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(59 * 60 * 1000);
    const verified = await verifyApiToken(token);
    expect(verified.userId).toBe(user.id);
    // what every API request runs after the signature: revocation, user and token version in one query
    expect(await loadTokenActor(verified)).toMatchObject({ id: user.id, email: user.email, role: "traveller" });
    await revokeApiToken(verified);
    expect(await errorCode(verifyApiToken(token))).toBe("unauthenticated");
    expect(await loadTokenActor(verified)).toBeNull();
  });

  test("an expired or tampered token is rejected", async () => {
    const user = await register();
    const { token } = await issueApiToken(user.id, new Date(Date.now() - 2 * 60 * 60 * 1000));
    expect(await errorCode(verifyApiToken(token))).toBe("unauthenticated");
    const fresh = (await issueApiToken(user.id)).token;
    const [h, p, s] = fresh.split(".");
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(p, "base64url").toString()), sub: "someone-else" }),
    ).toString("base64url");
    expect(await errorCode(verifyApiToken(`${h}.${forged}.${s}`))).toBe("unauthenticated");
  });

  test("a deactivated user no longer resolves to an actor", async () => {
    const user = await register();
    const token = await verifyApiToken((await issueApiToken(user.id)).token);
    expect(await loadActiveActor(user.id)).not.toBeNull();
    expect(await loadTokenActor(token)).not.toBeNull();
    await deactivateUser(actorOf(user), user.id);
    expect(await loadActiveActor(user.id)).toBeNull();
    expect(await loadTokenActor(token)).toBeNull();
  });
});

describe("profile access", () => {
  test("self and admin may read and edit; others get not_found", async () => {
    const a = await register();
    const b = await register();
    const admin = await register();
    await db.user.update({ where: { id: admin.id }, data: { role: "admin" } });
    const adminActor = { ...actorOf(admin), role: "admin" as const };

    expect((await getUser(actorOf(a), a.id)).id).toBe(a.id);
    expect(await errorCode(getUser(actorOf(a), b.id))).toBe("not_found");
    expect(await errorCode(updateUser(actorOf(a), b.id, { name: "Hacked" }))).toBe("not_found");
    expect(await errorCode(deactivateUser(actorOf(a), b.id))).toBe("not_found");
    expect((await updateUser(adminActor, b.id, { name: "Renamed", phone: "+1 555 000 1111" })).name).toBe("Renamed");
    expect(await errorCode(getUser(adminActor, "does-not-exist"))).toBe("not_found");

    const audit = await db.auditLog.findMany({ where: { entityId: b.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["user.registered", "user.updated"]);
    expect(audit[1].actorId).toBe(admin.id);
  });
});

import { expect, test } from "@playwright/test";
import { bearer, expectError, registerUser } from "../support/api";

// Every wrong request is a 4xx in the `{error: {code, message, details?}}` shape: never a 500, never a stack trace.
const JSON_HEADERS = { "content-type": "application/json" };

test.describe("bad input", () => {
  const endpoints = ["/api/v1/auth/register", "/api/v1/auth/login"];

  for (const path of endpoints) {
    test(`${path}: malformed, empty, wrong type, unknown fields, huge`, async ({ request }) => {
      await expectError(await request.post(path, { headers: JSON_HEADERS, data: Buffer.from('{"email": "a@b.c",') }), 400, "malformed_json");
      await expectError(await request.post(path, { headers: JSON_HEADERS, data: Buffer.alloc(0) }), 400);
      await expectError(await request.post(path, { headers: { "content-type": "text/plain" }, data: Buffer.from("hello") }), 415, "unsupported_media_type");
      const missing = await expectError(await request.post(path, { data: {} }), 422, "validation_failed");
      expect(missing.error.details.fieldErrors.email).toBeTruthy();
      await expectError(await request.post(path, { data: { email: 12, password: ["x"], name: { a: 1 } } }), 422, "validation_failed");
      await expectError(await request.post(path, { data: [1, 2, 3] }), 422);
      await expectError(await request.post(path, { headers: JSON_HEADERS, data: Buffer.from('"just a string"') }), 422);
      await expectError(await request.post(path, { headers: JSON_HEADERS, data: Buffer.from("null") }), 422);
      await expectError(await request.post(path, { data: { email: "a@b.dev", password: "longenough", name: "A", isAdmin: true } }), 422);
      await expectError(await request.post(path, { data: { email: "a@b.dev", password: "x".repeat(2_000_000), name: "A" } }), 413, "payload_too_large");
      await expectError(await request.post(path, { headers: JSON_HEADERS, data: Buffer.from([0, 1, 2]) }), 400);
    });
  }

  test("register: field errors name the field", async ({ request }) => {
    const body = await expectError(await request.post("/api/v1/auth/register", { data: { email: "nope", password: "short", name: "" } }), 422);
    expect(Object.keys(body.error.details.fieldErrors).sort()).toEqual(["email", "name", "password"]);
  });

  test("users/:id PUT rejects bad bodies; odd ids are 404", async ({ request }) => {
    const { user, token } = await registerUser(request);
    const url = `/api/v1/users/${user.id}`;
    await expectError(await request.put(url, { headers: { ...bearer(token), ...JSON_HEADERS }, data: Buffer.from("{bad") }), 400);
    await expectError(await request.put(url, { headers: bearer(token), data: { name: 42 } }), 422);
    await expectError(await request.put(url, { headers: bearer(token), data: { name: "x".repeat(500) } }), 422);
    await expectError(await request.put(url, { headers: bearer(token), data: { phone: "call me maybe" } }), 422);
    for (const id of ["%00", "' OR 1=1 --", "x".repeat(300), "../../etc/passwd"]) {
      const res = await request.get(`/api/v1/users/${encodeURIComponent(id)}`, { headers: bearer(token) });
      expect(res.status(), id).toBeGreaterThanOrEqual(400);
      expect(res.status(), id).toBeLessThan(500);
    }
  });

  test("unknown endpoints and methods are JSON 4xx", async ({ request }) => {
    await expectError(await request.get("/api/v1/nothing-here"), 404, "not_found");
    const res = await request.patch("/api/v1/auth/login", { data: {} });
    expect(res.status()).toBeGreaterThanOrEqual(400);
    expect(res.status()).toBeLessThan(500);
  });
});

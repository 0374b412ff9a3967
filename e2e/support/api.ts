import { randomUUID } from "node:crypto";
import { type APIRequestContext, type APIResponse, expect } from "@playwright/test";

export const DEMO_PASSWORD = "travellr-demo";
export const uniqueEmail = (prefix = "e2e") => `${prefix}-${randomUUID().slice(0, 8)}@e2e.travellr.dev`;

export interface Session {
  token: string;
  user: { id: string; email: string; name: string; role: string };
}

export async function registerUser(
  request: APIRequestContext,
  overrides: Record<string, unknown> = {},
): Promise<Session & { password: string }> {
  const password = "e2e-password";
  const res = await request.post("/api/v1/auth/register", {
    data: { email: uniqueEmail(), password, name: "E2E User", ...overrides },
  });
  expect(res.status(), await res.text()).toBe(201);
  return { ...(await res.json()), password };
}

export async function login(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await request.post("/api/v1/auth/login", { data: { email, password } });
  expect(res.status(), await res.text()).toBe(200);
  return res.json();
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Asserts the error shape `{error: {code (snake_case), message, details?}}`, no stack trace, and returns the body. */
export async function expectError(res: APIResponse, status: number, code?: string) {
  expect(res.status(), await res.text()).toBe(status);
  expect(res.headers()["content-type"]).toContain("application/json");
  const body = await res.json();
  expect(typeof body.error?.code).toBe("string");
  expect(body.error.code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  expect(typeof body.error.message).toBe("string");
  expect(JSON.stringify(body)).not.toMatch(/\bat .+\.(js|ts):\d+/);
  if (code) expect(body.error.code).toBe(code);
  return body;
}

import { describe, expect, test } from "vitest";
import { RegisterInput, UpdateUserInput } from "./schemas";

describe("RegisterInput", () => {
  const valid = { email: "  Ana@Example.COM ", password: "12345678", name: " Ana " };

  test("normalises email to lower case and trims", () => {
    expect(RegisterInput.parse(valid)).toEqual({ email: "ana@example.com", password: "12345678", name: "Ana" });
  });

  test.each([
    [{ ...valid, password: "1234567" }, "password"],
    [{ ...valid, email: "not-an-email" }, "email"],
    [{ ...valid, name: "" }, "name"],
    [{ ...valid, role: "admin" }, "role"],
    [{ ...valid, phone: "call me" }, "phone"],
    [{ ...valid, email: 42 }, "email"],
  ])("rejects bad field %#", (input, field) => {
    const result = RegisterInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toContain(field);
  });

  test("rejects unknown fields", () => {
    expect(RegisterInput.safeParse({ ...valid, isAdmin: true }).success).toBe(false);
  });
});

describe("UpdateUserInput", () => {
  test("an empty phone clears it", () => {
    expect(UpdateUserInput.parse({ phone: "" })).toEqual({ phone: null });
  });
  test("cannot change email or role", () => {
    expect(UpdateUserInput.safeParse({ role: "admin" }).success).toBe(false);
    expect(UpdateUserInput.safeParse({ email: "x@y.z" }).success).toBe(false);
  });
});

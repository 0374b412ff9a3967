import { describe, expect, test } from "vitest";
import { PasswordResetConfirmInput, RegisterInput, ResetPasswordForm, UpdateUserInput } from "./schemas";

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

describe("password reset", () => {
  const form = { token: "t0k3n", password: "new-password", confirmPassword: "new-password" };

  test("the form needs the same password twice, and says so next to the repeat field", () => {
    expect(ResetPasswordForm.parse(form)).toEqual(form);
    const result = ResetPasswordForm.safeParse({ ...form, confirmPassword: "new-passw0rd" });
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["confirmPassword", "The passwords do not match"],
    ]);
  });

  test.each([
    [{ token: "", password: "new-password" }, "token"],
    [{ token: "x".repeat(257), password: "new-password" }, "token"],
    [{ token: "t0k3n", password: "short" }, "password"],
    [{ token: "t0k3n" }, "password"],
  ])("the API input rejects bad field %#", (input, field) => {
    expect(PasswordResetConfirmInput.safeParse(input).error?.issues.map((i) => i.path[0])).toContain(field);
  });
});

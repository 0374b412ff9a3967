import { describe, expect, test } from "vitest";
import { PERMISSIONS, can } from "./permissions";

describe("permission table", () => {
  test.each([
    ["traveller", "bookings:create", true],
    ["traveller", "trips:manage_own", false],
    ["traveller", "users:list", false],
    ["vendor", "bookings:create", true],
    ["vendor", "trips:manage_own", true],
    ["vendor", "trips:manage_any", false],
    ["vendor", "payments:refund", false],
    ["admin", "payments:refund", true],
    ["admin", "trips:manage_any", true],
    ["admin", "bookings:create", true],
    ["traveller", "bookings:update_own", true],
    ["traveller", "bookings:update_any", false],
    ["vendor", "bookings:update_any", false],
    ["admin", "bookings:update_any", true],
    ["traveller", "reviews:write", true],
    ["traveller", "reviews:reply", false],
    ["vendor", "reviews:reply", true],
    ["vendor", "reviews:moderate", false],
    ["admin", "reviews:moderate", true],
  ] as const)("%s → %s is %s", (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  test("admins hold every permission and vendors every traveller permission", () => {
    for (const [permission, roles] of Object.entries(PERMISSIONS)) {
      expect(roles, permission).toContain("admin");
      if ((roles as readonly string[]).includes("traveller")) expect(roles, permission).toContain("vendor");
    }
  });
});

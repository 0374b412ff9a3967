import { expect, test } from "vitest";
import { authHref, safeRedirectPath } from "./safe-redirect";

test.each([
  ["/account", "/account"],
  ["/trips?q=kyoto", "/trips?q=kyoto"],
  ["/trips/abc#departures", "/trips/abc#departures"],
  ["/%2F%2Fevil.example", "/%2F%2Fevil.example"], // an encoded slash stays a path on this site
  ["https://evil.example", "/"],
  ["http:/evil.example", "/"],
  ["//evil.example", "/"],
  ["///evil.example", "/"],
  ["/\\evil.example", "/"],
  ["/\\/evil.example", "/"],
  ["/\t/evil.example", "/"], // browsers drop tabs and newlines: this is //evil.example
  ["/\n/evil.example", "/"],
  ["javascript:alert(1)", "/"],
  ["account", "/"],
  ["", "/"],
  [null, "/"],
  [undefined, "/"],
])("safeRedirectPath(%j) → %s", (input, expected) => {
  expect(safeRedirectPath(input)).toBe(expected);
});

test("the fallback is used for anything refused", () => {
  expect(safeRedirectPath("//evil.example", "/account?welcome=1")).toBe("/account?welcome=1");
});

test.each([
  ["/login", "/trips/abc?seats=2", "/login?callbackUrl=%2Ftrips%2Fabc%3Fseats%3D2"],
  ["/register", "/vendor", "/register?callbackUrl=%2Fvendor"],
  ["/login", "/", "/login"],
  ["/login", null, "/login"],
  ["/login", "//evil.example", "/login"],
  ["/register", "/login?callbackUrl=%2Fvendor", "/register"],
  ["/login", "/reset-password?token=abc", "/login"],
] as const)("authHref(%s, %j) → %s", (page, returnTo, expected) => {
  expect(authHref(page, returnTo)).toBe(expected);
});

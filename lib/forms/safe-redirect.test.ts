import { expect, test } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

test.each([
  ["/account", "/account"],
  ["/trips?q=kyoto", "/trips?q=kyoto"],
  ["https://evil.example", "/"],
  ["//evil.example", "/"],
  ["/\\evil.example", "/"],
  [null, "/"],
])("safeRedirectPath(%s) → %s", (input, expected) => {
  expect(safeRedirectPath(input)).toBe(expected);
});

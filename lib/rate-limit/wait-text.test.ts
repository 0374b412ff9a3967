import { describe, expect, test } from "vitest";
import { waitText } from "./limiter";

// How long a 429 tells a person to wait: rounded up, never shorter than the real wait.
describe("waitText", () => {
  test.each([
    [1, "1 second"],
    [45, "45 seconds"],
    [90, "90 seconds"],
    [91, "2 minutes"],
    [3540, "59 minutes"],
    [3541, "60 minutes"],
    [5400, "90 minutes"],
    [5401, "2 hours"],
    [4 * 3600, "4 hours"],
  ])("%i s → %s", (seconds, text) => {
    expect(waitText(seconds)).toBe(text);
  });
});

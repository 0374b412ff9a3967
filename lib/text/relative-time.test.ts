import { describe, expect, test } from "vitest";
import { absoluteTime, relativeTime } from "./relative-time";

const now = new Date("2027-06-15T12:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("relativeTime", () => {
  test.each([
    [0, "just now"],
    [59, "just now"],
    [-30, "just now"],
    [60, "1 minute ago"],
    [119, "1 minute ago"],
    [45 * 60, "45 minutes ago"],
    [3600, "1 hour ago"],
    [119 * 60, "1 hour ago"],
    [23 * 3600 + 3599, "23 hours ago"],
    [86_400, "yesterday"],
    [2 * 86_400 + 3600, "2 days ago"],
    [6 * 86_400, "6 days ago"],
    [7 * 86_400, "last week"],
    [20 * 86_400, "2 weeks ago"],
    [45 * 86_400, "last month"],
    [200 * 86_400, "6 months ago"],
    [400 * 86_400, "last year"],
    [3 * 365 * 86_400, "3 years ago"],
    [-2 * 3600, "in 2 hours"],
  ])("%i seconds ago → %s", (seconds, expected) => {
    expect(relativeTime(ago(seconds), now)).toBe(expected);
  });
});

describe("absoluteTime", () => {
  test("names the date and the time of day in the given zone", () => {
    expect(absoluteTime(now, "UTC")).toBe("Jun 15, 2027, 12:00 PM");
    expect(absoluteTime(now, "Asia/Tokyo")).toBe("Jun 15, 2027, 9:00 PM");
  });
});

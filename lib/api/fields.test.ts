import { describe, expect, test } from "vitest";
import { z } from "zod";
import { ImageUrl, isSafeImageUrl, queryNumber, text } from "./fields";

describe("ImageUrl", () => {
  test.each([
    "/images/x.jpg",
    "/uploads/trips/a%20b.png?w=800",
    "https://images.example.com/x.jpg",
    "HTTPS://cdn.example.com/a.webp",
    "https://cdn.example.com:8443/a.jpg#top",
  ])("%s is accepted", (url) => {
    expect(ImageUrl.safeParse(url).success).toBe(true);
  });

  test.each([
    "//evil.example/x.jpg",
    "/\\evil.example/x.jpg",
    "/images/a b.jpg",
    "http://example.com/x.jpg",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:image/png;base64,AAAA",
    "https:/evil.example/x.jpg",
    "https:///x.jpg",
    "https://user:pw@example.com/x.jpg",
    "https://exa mple.com/x.jpg",
    "https://example.com\\@evil.example/",
    "images/x.jpg",
    "ftp://example.com/x.jpg",
    "",
    "/x\u0000.jpg",
    `https://example.com/${"x".repeat(500)}`,
  ])("%j is refused", (url) => {
    expect(isSafeImageUrl(url) && ImageUrl.safeParse(url).success).toBe(false);
  });
});

describe("queryNumber", () => {
  const Seats = queryNumber(z.number().int().min(1).max(500));
  test.each([
    ["1", 1],
    ["500", 500],
    ["0012", 12],
    [3, 3],
  ])("%j → %d", (input, expected) => {
    expect(Seats.parse(input)).toBe(expected);
  });
  test.each(["12abc", "1e2", "0x10", " 7", "7 ", "", "1.0", "-1", "+1", "0", "501", "Infinity", "NaN", null, true])(
    "%j is refused",
    (input) => {
      expect(Seats.safeParse(input).success).toBe(false);
    },
  );
});

test("text() refuses NUL anywhere, trimmed or not", () => {
  expect(text().trim().safeParse("a\u0000").success).toBe(false);
  expect(text().safeParse("\u0000").success).toBe(false);
  expect(text().trim().parse(" ok ")).toBe("ok");
});

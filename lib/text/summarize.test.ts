import { describe, expect, test } from "vitest";
import { summarize } from "./summarize";

describe("summarize", () => {
  test("short text is kept, with its whitespace collapsed", () => {
    expect(summarize("  Temples at dawn.\n\nTea with a monk.  ")).toBe("Temples at dawn. Tea with a monk.");
  });

  test("long text is cut at a word boundary within the limit, with an ellipsis", () => {
    const text =
      "Walk the quiet lanes of Higashiyama before the crowds arrive, then share breakfast with a monk. ".repeat(3);
    const out = summarize(text, 155);
    expect(out.length).toBeLessThanOrEqual(155);
    expect(out.endsWith("…")).toBe(true);
    expect(text.startsWith(out.slice(0, -1))).toBe(true);
    // the character after the cut is a space: no word was split
    expect(text[out.length - 1]).toBe(" ");
  });

  test("trailing punctuation before the cut is dropped", () => {
    expect(summarize("One two three, four five six seven", 16)).toBe("One two three…");
  });

  test("a single long word is cut rather than lost", () => {
    expect(summarize("x".repeat(300), 20)).toBe(`${"x".repeat(19)}…`);
  });
});

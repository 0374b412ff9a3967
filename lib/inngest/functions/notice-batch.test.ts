import { describe, expect, test } from "vitest";
import { forEachEvent } from "./notice-batch";

describe("forEachEvent", () => {
  test("handles every event of a batch in order and returns each result with its event id", async () => {
    const seen: string[] = [];
    const results = await forEachEvent([{ id: "a" }, { id: "b" }], async (e) => {
      seen.push(e.id);
      return e.id.toUpperCase();
    });
    expect(seen).toEqual(["a", "b"]);
    expect(results).toEqual([
      { eventId: "a", result: "A" },
      { eventId: "b", result: "B" },
    ]);
  });

  test("a failing event does not stop the others; the batch fails afterwards so it is retried", async () => {
    const seen: string[] = [];
    const run = forEachEvent([{ id: "a" }, { id: "b" }, { id: "c" }], async (e) => {
      seen.push(e.id);
      if (e.id === "b") throw new Error("booking b is gone");
    });
    await expect(run).rejects.toThrow("1 of 3 events failed; the first: booking b is gone");
    expect(seen).toEqual(["a", "b", "c"]);
  });
});

// The waitFor helper the integration tests use instead of fixed sleeps.
import { expect, test } from "vitest";
import { waitFor } from "./support/wait-for";

test("resolves with the condition's value as soon as it holds", async () => {
  let calls = 0;
  const started = Date.now();
  expect(await waitFor(() => (++calls >= 3 ? `after ${calls}` : false), { interval: 5 })).toBe("after 3");
  expect(Date.now() - started).toBeLessThan(1_000);
});

test("a condition that throws (an assertion) is retried until it passes; undefined counts as passed", async () => {
  let n = 0;
  await expect(
    waitFor(
      () => {
        expect(++n).toBe(4);
      },
      { interval: 1 },
    ),
  ).resolves.toBeUndefined();
  expect(n).toBe(4);
});

test("null counts as not yet (a row that is not there yet)", async () => {
  let row: { id: string } | null = null;
  setTimeout(() => (row = { id: "r1" }), 30);
  expect(await waitFor(async () => row, { interval: 5 })).toEqual({ id: "r1" });
});

test("after the timeout it fails with the last assertion error, or says what it waited for", async () => {
  await expect(
    waitFor(
      () => {
        expect(1).toBe(2);
      },
      { timeout: 50, interval: 10 },
    ),
  ).rejects.toThrow(/expected 1 to be 2/);
  await expect(waitFor(() => false, { timeout: 50, interval: 10, message: "the refund to fail" })).rejects.toThrow(
    "waitFor: the refund to fail was not met within 50 ms",
  );
});

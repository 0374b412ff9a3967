import { describe, expect, test, vi } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";
import { logger } from "../logger";
import { errorResponse } from "./errors";

describe("errorResponse", () => {
  test("keeps an AppError's status, code and headers", async () => {
    const res = errorResponse(new AppError("rate_limited", "Slow down", { headers: { "Retry-After": "7" } }));
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("7");
    expect(await res.json()).toEqual({ error: { code: "rate_limited", message: "Slow down" } });
  });

  test("a ZodError becomes 422 with field errors", async () => {
    const result = z.object({ seats: z.number() }).safeParse({ seats: "2" });
    const res = errorResponse(result.error);
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.details.fieldErrors.seats).toHaveLength(1);
  });

  test("an unknown error is a generic 500 without internals, and is logged", async () => {
    const spy = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const res = errorResponse(new Error("connection string postgres://secret@db leaked"));
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain("secret");
    expect(text).not.toContain("at ");
    expect(JSON.parse(text).error.code).toBe("internal_error");
    expect(spy).toHaveBeenCalledOnce();
  });
});

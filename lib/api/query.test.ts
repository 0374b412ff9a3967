import { describe, expect, test } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";
import { NUL_MESSAGE } from "../nul";
import { PageQuery } from "../pagination";
import { readQuery } from "./query";

const get = (qs: string) => new Request(`http://localhost/api/v1/x?${qs}`);

function outcome(qs: string, schema: z.ZodType = PageQuery) {
  try {
    return readQuery(get(qs), schema);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return {
      status: e.status,
      code: e.code,
      fieldErrors: (e.details as { fieldErrors: Record<string, string[]> }).fieldErrors,
    };
  }
}

describe("readQuery", () => {
  test.each([
    ["", { page: 1, limit: 20 }],
    ["page=2&limit=50", { page: 2, limit: 50 }],
    ["page=007", { page: 7, limit: 20 }],
  ])("?%s parses to %j", (qs, expected) => {
    expect(outcome(qs)).toEqual(expected);
  });

  // numbers in a query string are read strictly: only plain digits, never what Number() or z.coerce would accept
  test.each([
    "page=12abc",
    "page=1e3",
    "page=0x10",
    "page=%207",
    "page=",
    "page=1.5",
    "page=-1",
    "page=0",
    "limit=101",
    "page=99999999999999999999",
    "limit=Infinity",
  ])("?%s → 422 naming the parameter", (qs) => {
    const name = qs.split("=")[0];
    expect(outcome(qs)).toMatchObject({
      status: 422,
      code: "validation_failed",
      fieldErrors: { [name]: [expect.any(String)] },
    });
  });

  // a NUL is refused before the schema, even by one that would take any string
  test.each([
    ["q=a%00b", { q: [NUL_MESSAGE] }],
    ["q=ok&status=%00", { status: [NUL_MESSAGE] }],
  ])("?%s → 422 %j", (qs, fieldErrors) => {
    expect(outcome(qs, z.object({ q: z.string().optional(), status: z.string().optional() }))).toEqual({
      status: 422,
      code: "validation_failed",
      fieldErrors,
    });
  });

  test("a NUL in a parameter name → 422", () => {
    expect(outcome("a%00=1", z.object({}))).toMatchObject({ status: 422, code: "validation_failed" });
  });
});

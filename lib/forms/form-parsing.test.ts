import { expect, test } from "vitest";
import { z } from "zod";
import { NUL_MESSAGE } from "../nul";
import { formInt } from "./form-state";
import { parseSearchParams } from "./search-params";

// form fields arrive as strings; the shared schemas take JSON numbers, so the action converts them strictly first
test.each([
  ["3", 3],
  [" 12 ", 12],
  ["", undefined],
  [undefined, undefined],
  ["3abc", Number.NaN],
  ["1e3", Number.NaN],
  ["-2", Number.NaN],
  ["2.5", Number.NaN],
])("formInt(%j) = %s", (value, expected) => {
  expect(formInt(value)).toBe(expected);
});

test("a page's query with a NUL falls back to the defaults and says which parameter", () => {
  const Schema = z.object({ q: z.string().optional(), page: z.string().default("1") });
  const { query, error } = parseSearchParams({ q: "ky\u0000oto", page: "2" }, Schema);
  expect(query).toEqual({ page: "1" });
  expect(error && z.flattenError(error).fieldErrors).toEqual({ q: [NUL_MESSAGE] });
  expect(parseSearchParams({ q: "kyoto" }, Schema)).toMatchObject({ query: { q: "kyoto", page: "1" }, error: null });
});

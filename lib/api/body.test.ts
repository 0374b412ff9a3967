import { describe, expect, test } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";
import { NUL_MESSAGE } from "../nul";
import { readJson } from "./body";

const Schema = z.strictObject({ name: z.string() });
const req = (body: string, type = "application/json") =>
  new Request("http://localhost/x", { method: "POST", headers: { "content-type": type }, body });

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return "ok";
  } catch (e) {
    return e instanceof AppError ? `${e.status} ${e.code}` : `threw ${String(e)}`;
  }
}

describe("readJson", () => {
  test("returns the parsed body", async () => {
    await expect(readJson(req('{"name":"a"}'), Schema)).resolves.toEqual({ name: "a" });
  });

  test.each([
    ["malformed JSON", req('{"name":'), "400 malformed_json"],
    ["empty body", req(""), "400 bad_request"],
    ["wrong content type", req('{"name":"a"}', "text/plain"), "415 unsupported_media_type"],
    ["wrong type", req('{"name":5}'), "422 validation_failed"],
    ["unknown field", req('{"name":"a","x":1}'), "422 validation_failed"],
    ["an array", req("[1,2]"), "422 validation_failed"],
    ["too large", req(JSON.stringify({ name: "x".repeat(70_000) })), "413 payload_too_large"],
    ["a NUL in a value", req('{"name":"a\\u0000b"}'), "422 validation_failed"],
    ["a raw NUL byte (not JSON)", req('{"name":"a\u0000b"}'), "400 malformed_json"],
  ])("%s → %s", async (_name, request, expected) => {
    expect(await codeOf(readJson(request, Schema))).toBe(expected);
  });

  // checked before the schema, so even a schema that would accept any string (or strip unknown keys) cannot let one through
  const Loose = z.object({ name: z.string(), tags: z.array(z.string()).optional(), meta: z.record(z.string(), z.string()).optional() });
  test.each([
    ['{"name":"\\u0000"}', { name: [NUL_MESSAGE] }, []],
    ['{"name":"ok","tags":["a","b\\u0000"]}', { tags: [NUL_MESSAGE] }, []],
    ['{"name":"ok","meta":{"k":"\\u0000"}}', { meta: [NUL_MESSAGE] }, []],
    ['{"name":"ok","x\\u0000":1}', {}, [NUL_MESSAGE]],
  ])("NUL in %s → 422 naming the field", async (body, fieldErrors, formErrors) => {
    const error = await readJson(req(body), Loose).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 422, code: "validation_failed", details: { fieldErrors, formErrors } });
  });
});

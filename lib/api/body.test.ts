import { describe, expect, test } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";
import { NUL_MESSAGE } from "../nul";
import { readJson, readOptionalJson } from "./body";

const Schema = z.strictObject({ name: z.string() });
const req = (body: string, type = "application/json", headers: Record<string, string> = {}) =>
  new Request("http://localhost/x", { method: "POST", headers: { "content-type": type, ...headers }, body });

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
  const Loose = z.object({
    name: z.string(),
    tags: z.array(z.string()).optional(),
    meta: z.record(z.string(), z.string()).optional(),
  });
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

/** A request whose body arrives in chunks with no Content-Length, as with `Transfer-Encoding: chunked`. */
function chunked(parts: string[], type: string | null = "application/json") {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) controller.enqueue(encoder.encode(part));
      controller.close();
    },
  });
  // Node's fetch needs duplex: "half" for a stream body; the DOM RequestInit type does not know it yet
  const init: RequestInit & { duplex: "half" } = {
    method: "POST",
    headers: type ? { "content-type": type } : {},
    body,
    duplex: "half",
  };
  return new Request("http://localhost/x", init);
}

describe("readOptionalJson", () => {
  const Optional = z.strictObject({ seats: z.number().int().min(1).default(1), note: z.string().optional() });

  test.each([
    ["no body at all", new Request("http://localhost/x", { method: "POST" })],
    [
      "Content-Length: 0 and no content type",
      new Request("http://localhost/x", { method: "POST", headers: { "content-length": "0" } }),
    ],
    ["an empty chunked body", chunked([])],
    ["a chunked body of whitespace", chunked(["  ", "\n"], null)],
  ])("%s → the schema's defaults", async (_name, request) => {
    await expect(readOptionalJson(request, Optional)).resolves.toEqual({ seats: 1 });
  });

  test("a chunked body without Content-Length is read, not mistaken for no body", async () => {
    const request = chunked(['{"sea', 'ts":3,', '"note":"window"}']);
    expect(request.headers.get("content-length")).toBeNull();
    await expect(readOptionalJson(request, Optional)).resolves.toEqual({ seats: 3, note: "window" });
  });

  test.each([
    ["malformed JSON", () => chunked(['{"seats":']), "400 malformed_json"],
    ["a body the schema rejects", () => chunked(['{"seats":0}']), "422 validation_failed"],
    ["an unknown field", () => chunked(['{"x":1}']), "422 validation_failed"],
    [
      "a body that is not JSON",
      () => chunked(["seats=3"], "application/x-www-form-urlencoded"),
      "415 unsupported_media_type",
    ],
    ["a body without a content type", () => chunked(['{"seats":3}'], null), "415 unsupported_media_type"],
    ["a NUL in a value", () => chunked(['{"note":"a\\u0000b"}']), "422 validation_failed"],
    [
      "more than the limit, in chunks",
      () => chunked(Array.from({ length: 70 }, () => "x".repeat(1024))),
      "413 payload_too_large",
    ],
    [
      "a Content-Length above the limit",
      () => req("{}", "application/json", { "content-length": String(70 * 1024) }),
      "413 payload_too_large",
    ],
  ])("%s → %s", async (_name, request, expected) => {
    expect(await codeOf(readOptionalJson(request(), Optional))).toBe(expected);
  });
});

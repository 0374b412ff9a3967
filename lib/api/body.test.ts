import { describe, expect, test } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";
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
  ])("%s → %s", async (_name, request, expected) => {
    expect(await codeOf(readJson(request, Schema))).toBe(expected);
  });
});

import "server-only";
import type { z } from "zod";
import { AppError } from "../errors";
import { nulError, validationError } from "./errors";

const MAX_JSON_BYTES = 64 * 1024;

/**
 * Reads and validates a JSON body: 415 for a non-JSON content type, 413 above the size limit (counted while reading,
 * so a lying Content-Length cannot get past it), 400 for malformed JSON, 422 for a body the schema rejects or that
 * holds a NUL anywhere (checked here once, so no schema can let one through to PostgreSQL).
 */
export async function readJson<S extends z.ZodType>(
  req: Request,
  schema: S,
  maxBytes = MAX_JSON_BYTES,
): Promise<z.infer<S>> {
  assertJsonType(req);
  const text = await readText(req, maxBytes);
  if (text.trim() === "") throw new AppError("bad_request", "The request body is empty; send a JSON object");
  return parseJson(text, schema);
}

/**
 * For endpoints whose body is optional: no body at all validates `{}` (so the schema's defaults apply), and a body is
 * checked exactly like readJson's. Emptiness is judged from the bytes read, not from Content-Length, which a chunked
 * request does not send.
 */
export async function readOptionalJson<S extends z.ZodType>(
  req: Request,
  schema: S,
  maxBytes = MAX_JSON_BYTES,
): Promise<z.infer<S>> {
  const text = await readText(req, maxBytes);
  if (text.trim() === "") return validate({}, schema);
  assertJsonType(req);
  return parseJson(text, schema);
}

function assertJsonType(req: Request) {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the body as JSON with Content-Type: application/json");
  }
}

async function readText(req: Request, maxBytes: number) {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  return readLimited(req, maxBytes);
}

function parseJson<S extends z.ZodType>(text: string, schema: S): z.infer<S> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError("malformed_json", "The request body is not valid JSON");
  }
  const nul = nulError(data);
  if (nul) throw nul;
  return validate(data, schema);
}

function validate<S extends z.ZodType>(data: unknown, schema: S): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

function tooLarge(maxBytes: number) {
  return new AppError("payload_too_large", `The request body is larger than ${Math.round(maxBytes / 1024)} KiB`);
}

async function readLimited(req: Request, maxBytes: number): Promise<string> {
  const bytes = await readBodyBytes(req, maxBytes, () => tooLarge(maxBytes));
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
}

/**
 * The body's bytes, stopping (and cancelling the upload) as soon as they pass `limit` — a chunked body has no
 * Content-Length to check first. Shared by the JSON and multipart readers.
 */
export async function readBodyBytes(
  req: Request,
  limit: number,
  tooLargeError: () => AppError,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

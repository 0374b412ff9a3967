// POST /api/v1/uploads and GET /uploads/<key> through their real route handlers, with the test database for users and
// tokens and the disk storage in a temporary UPLOADS_DIR: who may upload, what is refused (by the bytes, not the
// name), the limits, and that the stored URL is served back and can be saved as a trip image.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test, vi } from "vitest";
import { POST as upload } from "@/app/api/v1/uploads/route";
import { PUT as updateTrip } from "@/app/api/v1/trips/[id]/route";
import { GET as serveUpload } from "@/app/uploads/[...key]/route";
import { createResponseValidator } from "@/e2e/support/openapi-validator";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { limitImageUploads } from "@/lib/rate-limit/limits";
import { MAX_IMAGE_BYTES } from "@/lib/uploads/rules";
import { makeDeparture, makeTravellers } from "./support/catalogue";

// next-auth cannot load under vitest; these requests authenticate with bearer tokens
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => null }));

// read when the storage is first chosen (lib/env.ts caches the environment on first use)
const uploadsDir = mkdtempSync(path.join(tmpdir(), "travellr-uploads-"));
process.env.UPLOADS_DIR = uploadsDir;
afterAll(() => rmSync(uploadsDir, { recursive: true, force: true }));

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const noParams = { params: Promise.resolve({}) };
const bearer = async (userId: string) => ({ authorization: `Bearer ${(await issueApiToken(userId)).token}` });
const storedFiles = () =>
  existsSync(path.join(uploadsDir, "trips")) ? readdirSync(path.join(uploadsDir, "trips")) : [];

function form(parts: [string, Blob, string][]) {
  const body = new FormData();
  for (const [field, blob, name] of parts) body.append(field, blob, name);
  return body;
}
const { check } = createResponseValidator(buildOpenApiDocument());
/** Every answer must also be what the OpenAPI document publishes for its status. */
async function published(res: Response) {
  const body = await res.clone().text();
  const contentType = res.headers.get("content-type") ?? "";
  expect(check({ method: "POST", path: "/api/v1/uploads", status: res.status, contentType, body })).toEqual([]);
  return res;
}
const post = async (headers: Record<string, string>, body: BodyInit) =>
  published(await upload(new Request("http://localhost/api/v1/uploads", { method: "POST", headers, body }), noParams));
const get = (key: string[]) =>
  serveUpload(new Request(`http://localhost/uploads/${key.join("/")}`), {
    params: Promise.resolve({ key }),
  });

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  return body.error.message;
}

describe("POST /api/v1/uploads", () => {
  test("a vendor's PNG is stored and served back with its type, a year of caching and nosniff", async () => {
    const { vendor } = await makeDeparture();
    const res = await post(await bearer(vendor.id), form([["file", new Blob([PNG]), "cliffs.png"]]));
    expect(res.status).toBe(201);
    const image = (await res.json()) as { url: string; key: string; contentType: string; size: number };
    expect(image).toEqual({
      url: `/uploads/${image.key}`,
      key: expect.stringMatching(/^trips\/[0-9a-f-]{36}\.png$/),
      contentType: "image/png",
      size: PNG.byteLength,
    });
    expect(existsSync(path.join(uploadsDir, image.key))).toBe(true);

    const served = await get(image.key.split("/"));
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
  });

  test("the type comes from the bytes: a JPEG sent as photo.png with Content-Type image/png is stored as .jpg", async () => {
    const { vendor } = await makeDeparture();
    const jpeg = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0])], { type: "image/png" });
    const res = await post(await bearer(vendor.id), form([["file", jpeg, "photo.png"]]));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ contentType: "image/jpeg", key: expect.stringMatching(/\.jpg$/) });
  });

  test("a text file named .png, an SVG and an empty file are 400 invalid_image, and nothing is stored", async () => {
    const { vendor } = await makeDeparture();
    const headers = await bearer(vendor.id);
    const before = storedFiles().length;
    const text = new Blob(["not an image at all"], { type: "image/png" });
    expect(await expectError(await post(headers, form([["file", text, "notes.png"]])), 400, "invalid_image")).toBe(
      "The file is not a JPEG, PNG, WebP, AVIF or GIF image",
    );
    const svg = new Blob(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], {
      type: "image/svg+xml",
    });
    await expectError(await post(headers, form([["file", svg, "logo.svg"]])), 400, "invalid_image");
    await expectError(await post(headers, form([["file", new Blob([]), "empty.png"]])), 400, "invalid_image");
    expect(storedFiles().length).toBe(before);
  });

  test("over 5 MB is 413, whether announced by Content-Length or only found while streaming", async () => {
    const { vendor } = await makeDeparture();
    const headers = await bearer(vendor.id);
    const big = form([["file", new Blob([PNG, new Uint8Array(MAX_IMAGE_BYTES)]), "huge.png"]]);
    expect(await expectError(await post(headers, big), 413, "payload_too_large")).toMatch(/larger than 5 MB/);

    // a chunked body has no Content-Length: the reader counts and stops
    const encoded = new Response(big);
    const streamed = new Request("http://localhost/api/v1/uploads", {
      method: "POST",
      headers: { ...headers, "content-type": encoded.headers.get("content-type")! },
      body: encoded.body,
      duplex: "half",
    } as RequestInit);
    await expectError(await published(await upload(streamed, noParams)), 413, "payload_too_large");
  });

  test("not multipart is 415; no file, a text field or two files are 400", async () => {
    const { vendor } = await makeDeparture();
    const headers = await bearer(vendor.id);
    await expectError(
      await post({ ...headers, "content-type": "application/json" }, JSON.stringify({ file: "x" })),
      415,
      "unsupported_media_type",
    );
    await expectError(await post(headers, form([["photo", new Blob([PNG]), "a.png"]])), 400, "bad_request");
    const textField = new FormData();
    textField.append("file", "iVBORw0KGgo=");
    await expectError(await post(headers, textField), 400, "bad_request");
    const two = form([
      ["file", new Blob([PNG]), "a.png"],
      ["file", new Blob([PNG]), "b.png"],
    ]);
    await expectError(await post(headers, two), 400, "bad_request");
  });

  test("travellers are 403 and anonymous callers 401", async () => {
    const [traveller] = await makeTravellers(1);
    const body = () => form([["file", new Blob([PNG]), "a.png"]]);
    await expectError(await post(await bearer(traveller.id), body()), 403, "forbidden");
    await expectError(await post({}, body()), 401, "unauthenticated");
  });

  test("after 100 uploads in an hour the next is 429 with Retry-After", async () => {
    const { vendor } = await makeDeparture();
    for (let i = 0; i < 100; i++) await limitImageUploads(vendor.id);
    const res = await post(await bearer(vendor.id), form([["file", new Blob([PNG]), "a.png"]]));
    expect(await expectError(res, 429, "rate_limited")).toMatch(/uploaded many images/);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("GET /uploads/<key>", () => {
  test.each([
    [["trips", "00000000-0000-0000-0000-000000000000.png"]],
    [["..", "..", "package.json"]],
    [[".meta", "x"]],
  ])("%j is 404", async (key) => {
    const res = await get(key);
    expect(res.status).toBe(404);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

test("an uploaded URL saved as a trip image is in the trip's DTO", async () => {
  const { vendor, trip } = await makeDeparture();
  const headers = await bearer(vendor.id);
  const { url } = (await (await post(headers, form([["file", new Blob([PNG]), "a.png"]]))).json()) as { url: string };
  const res = await updateTrip(
    new Request(`http://localhost/api/v1/trips/${trip.id}`, {
      method: "PUT",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ images: [url, "/images/trips/lisbon-1.svg"] }),
    }),
    { params: Promise.resolve({ id: trip.id }) },
  );
  expect(res.status).toBe(200);
  expect(((await res.json()) as { trip: { images: string[] } }).trip.images).toEqual([
    url,
    "/images/trips/lisbon-1.svg",
  ]);
});

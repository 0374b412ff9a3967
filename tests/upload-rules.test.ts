// What an image upload must be (lib/uploads/rules.ts), with no database: the type read from the first bytes, never
// from a name or a claimed Content-Type; the 5 MB limit; the browser's pre-check applying the same rules; the photo
// count the field allows matching the trip schema; and where storage.ts sends uploads for a given environment.
import { describe, expect, test } from "vitest";
import { movePhoto, type PhotoItem } from "@/components/vendor/use-image-uploads";
import { parseEnv } from "@/lib/env";
import { DiskStorage } from "@/lib/storage/disk-storage";
import { S3Storage } from "@/lib/storage/s3-storage";
import { storageFromEnv } from "@/lib/storage/storage";
import { servedAsIs } from "@/lib/trips/image-src";
import { CreateTripInput } from "@/lib/trips/schemas";
import { precheckImageFile } from "@/lib/uploads/check-file";
import { MAX_IMAGE_BYTES, MAX_TRIP_IMAGES, checkImageUpload, sniffImageType } from "@/lib/uploads/rules";

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));
const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
/** an ISO-BMFF ftyp box: size, "ftyp", major brand, minor version, compatible brands */
const ftyp = (major: string, ...compatible: string[]) =>
  bytes(u32(16 + 4 * compatible.length), "ftyp", major, [0, 0, 0, 0], compatible.join(""), "....mdat");

// a real 1×1 PNG
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

describe("sniffImageType reads the type from the bytes", () => {
  test.each([
    ["PNG", new Uint8Array(PNG), "image/png", "png"],
    ["JPEG (JFIF)", bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], "JFIF"), "image/jpeg", "jpg"],
    ["JPEG (Exif)", bytes([0xff, 0xd8, 0xff, 0xe1, 0, 0x10], "Exif"), "image/jpeg", "jpg"],
    ["GIF87a", bytes("GIF87a", [1, 0, 1, 0]), "image/gif", "gif"],
    ["GIF89a", bytes("GIF89a", [1, 0, 1, 0]), "image/gif", "gif"],
    ["WebP", bytes("RIFF", [36, 0, 0, 0], "WEBPVP8 "), "image/webp", "webp"],
    ["AVIF (major brand)", ftyp("avif", "mif1", "miaf"), "image/avif", "avif"],
    ["AVIF (compatible brand)", ftyp("mif1", "avif", "miaf"), "image/avif", "avif"],
    ["AVIF sequence", ftyp("avis", "msf1"), "image/avif", "avif"],
  ])("%s", (_label, input, contentType, ext) => {
    expect(sniffImageType(input)).toMatchObject({ contentType, ext });
  });

  test.each([
    ["SVG", bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ["SVG with an XML declaration", bytes('<?xml version="1.0"?><svg/>')],
    ["text", bytes("just some text in a file called photo.png")],
    ["HTML", bytes("<!doctype html><html><script>alert(1)</script>")],
    ["PDF", bytes("%PDF-1.7\n")],
    ["HEIC (no avif brand)", ftyp("heic", "mif1", "heic")],
    ["an MP4", ftyp("isom", "iso2", "mp41")],
    ["a RIFF that is not WebP (WAV)", bytes("RIFF", [36, 0, 0, 0], "WAVEfmt ")],
    ["a PNG signature cut short", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])],
    ["the text PNG", bytes("PNG image")],
    ["two JPEG bytes", bytes([0xff, 0xd8])],
    ["nothing", bytes()],
  ])("%s is not an accepted image", (_label, input) => {
    expect(sniffImageType(input)).toBeNull();
  });
});

describe("checkImageUpload", () => {
  test("exactly 5 MB passes; one byte more is 413 payload_too_large", () => {
    const atLimit = new Uint8Array(MAX_IMAGE_BYTES);
    atLimit.set(PNG);
    expect(checkImageUpload(atLimit).contentType).toBe("image/png");
    const over = new Uint8Array(MAX_IMAGE_BYTES + 1);
    over.set(PNG);
    expect(() => checkImageUpload(over)).toThrow(expect.objectContaining({ code: "payload_too_large", status: 413 }));
    expect(() => checkImageUpload(over)).toThrow(/larger than 5 MB/);
  });

  test("an empty file or one that is not an image is 400 invalid_image with a message that says what is accepted", () => {
    expect(() => checkImageUpload(new Uint8Array())).toThrow(
      expect.objectContaining({ code: "invalid_image", status: 400 }),
    );
    expect(() => checkImageUpload(bytes("<svg/>"))).toThrow(
      expect.objectContaining({
        code: "invalid_image",
        message: "The file is not a JPEG, PNG, WebP, AVIF or GIF image",
      }),
    );
  });
});

describe("the browser's pre-check applies the same rules to a File", () => {
  test.each([
    ["photo.png", [PNG], "image/png", null],
    // the name and the claimed type do not matter, the bytes do
    ["photo.jpg", [PNG], "image/jpeg", null],
    ["notes.png", ["hello, not an image"], "image/png", "“notes.png” is not a JPEG, PNG, WebP, AVIF or GIF image"],
    ["logo.svg", ["<svg/>"], "image/svg+xml", "“logo.svg” is not a JPEG, PNG, WebP, AVIF or GIF image"],
    ["empty.png", [], "image/png", "“empty.png” is empty"],
  ])("%s", async (name, parts, type, expected) => {
    expect(await precheckImageFile(new File(parts as BlobPart[], name, { type }))).toBe(expected);
  });

  test("over 5 MB is refused before it is read", async () => {
    const big = new File([PNG, new Uint8Array(MAX_IMAGE_BYTES)], "huge.png", { type: "image/png" });
    expect(await precheckImageFile(big)).toMatch(/“huge.png” is larger than 5 MB/);
  });
});

test(`the upload field's limit of ${MAX_TRIP_IMAGES} photos is the trip schema's`, () => {
  const trip = {
    title: "Cliffs",
    description: "A long enough description",
    city: "Faro",
    country: "Portugal",
    pricePerSeat: 20_000,
    durationDays: 2,
  };
  const urls = (n: number) => Array.from({ length: n }, (_, i) => `/uploads/trips/${i}.png`);
  expect(CreateTripInput.safeParse({ ...trip, images: urls(MAX_TRIP_IMAGES) }).success).toBe(true);
  expect(CreateTripInput.safeParse({ ...trip, images: urls(MAX_TRIP_IMAGES + 1) }).success).toBe(false);
});

describe("where uploads go", () => {
  const base = { DATABASE_URL: "postgresql://localhost/x", AUTH_SECRET: "x".repeat(32) };

  test("no S3 settings: this server's disk under .data/uploads, or UPLOADS_DIR", () => {
    const storage = storageFromEnv(parseEnv(base));
    expect(storage).toBeInstanceOf(DiskStorage);
    expect(storage.publicUrl("trips/a.png")).toBe("/uploads/trips/a.png");
    expect(parseEnv(base).UPLOADS_DIR).toBe(".data/uploads");
    expect(parseEnv({ ...base, UPLOADS_DIR: "/var/lib/travellr" }).UPLOADS_DIR).toBe("/var/lib/travellr");
    // variables left blank in .env count as unset
    const blank = parseEnv({ ...base, UPLOADS_DIR: "", S3_BUCKET: "", S3_REGION: " ", S3_PUBLIC_URL: "" });
    expect(storageFromEnv(blank)).toBeInstanceOf(DiskStorage);
    expect(blank.UPLOADS_DIR).toBe(".data/uploads");
  });

  test("S3_BUCKET + S3_REGION: the bucket, with its public URL when S3_PUBLIC_URL is set", () => {
    const s3 = { ...base, S3_BUCKET: "photos", S3_REGION: "auto", S3_ENDPOINT: "https://acc.r2.cloudflarestorage.com" };
    const storage = storageFromEnv(parseEnv({ ...s3, S3_PUBLIC_URL: "https://img.example.com" }));
    expect(storage).toBeInstanceOf(S3Storage);
    expect(storage.publicUrl("trips/a.png")).toBe("https://img.example.com/trips/a.png");
    // without a public URL the app serves the bucket's objects itself
    expect(storageFromEnv(parseEnv(s3)).publicUrl("trips/a.png")).toBe("/uploads/trips/a.png");
  });

  test.each([
    [{ S3_REGION: "us-east-1" }, "S3_BUCKET: is required when S3_REGION is set"],
    [{ S3_PUBLIC_URL: "https://img.example.com" }, "S3_BUCKET: is required when S3_PUBLIC_URL is set"],
    [{ S3_BUCKET: "photos" }, "S3_REGION: is required when S3_BUCKET is set"],
    [{ S3_BUCKET: "p", S3_REGION: "auto", S3_ACCESS_KEY_ID: "k" }, "S3_SECRET_ACCESS_KEY: is required when"],
    [{ S3_BUCKET: "p", S3_REGION: "auto", S3_SECRET_ACCESS_KEY: "s" }, "S3_ACCESS_KEY_ID: is required when"],
    [{ S3_BUCKET: "p", S3_REGION: "auto", S3_PUBLIC_URL: "http://img.example.com" }, "S3_PUBLIC_URL: must be an https"],
    [{ S3_BUCKET: "p", S3_REGION: "auto", S3_ENDPOINT: "not a url" }, "S3_ENDPOINT"],
  ])("%j is refused at start-up, naming the variable", (vars, message) => {
    expect(() => parseEnv({ ...base, ...vars })).toThrow(message);
  });
});

test.each([
  ["/uploads/trips/a.png", false],
  ["/images/trips/kyoto.jpg", false],
  ["/images/trips/lisbon-1.svg", true],
  ["/images/x.SVG?v=2", true],
  ["https://img.example.com/trips/a.png", true],
])("next/image: %s served as is → %s", (src, asIs) => {
  expect(servedAsIs(src)).toBe(asIs);
});

test("moving a photo skips the uploads in flight and stops at either end", () => {
  const list: PhotoItem[] = [
    { id: "a", name: "a", url: "/a" },
    { id: "up", name: "uploading.png" },
    { id: "b", name: "b", url: "/b" },
  ];
  const order = (l: PhotoItem[] | undefined) => l?.map((i) => i.id).join(",");
  expect(order(movePhoto(list, "b", -1)?.list)).toBe("b,up,a");
  expect(movePhoto(list, "b", -1)).toMatchObject({ position: 1, total: 2 });
  expect(order(movePhoto(list, "a", 1)?.list)).toBe("b,up,a");
  expect(movePhoto(list, "a", -1)).toBeNull();
  expect(movePhoto(list, "b", 1)).toBeNull();
  expect(movePhoto(list, "up", 1)).toBeNull();
});

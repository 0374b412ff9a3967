// Both object storages against the real thing: DiskStorage on a temporary directory, S3Storage through the official
// @aws-sdk/client-s3 over real HTTP against s3rver (an S3-compatible server in Node, started on a free port). The
// same contract runs against each; then what is particular to each (files on disk, S3 object metadata).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DiskStorage } from "@/lib/storage/disk-storage";
import { isSafeKey } from "@/lib/storage/keys";
import type { ListedObject, ObjectStorage } from "@/lib/storage/object-storage";
import { S3Storage } from "@/lib/storage/s3-storage";
import { S3RVER_CREDENTIALS, startS3rver } from "./support/s3rver";

const BUCKET = "travellr-test";
const CREDENTIALS = S3RVER_CREDENTIALS;
const scratch = mkdtempSync(path.join(tmpdir(), "travellr-storage-"));
const diskRoot = path.join(scratch, "uploads");
let s3rver: S3rver;
let endpoint: string;
const made: S3Storage[] = [];

beforeAll(async () => {
  ({ server: s3rver, endpoint } = await startS3rver(path.join(scratch, "s3rver"), BUCKET));
});

afterAll(async () => {
  for (const s of made) s.destroy();
  await s3rver?.close();
  rmSync(scratch, { recursive: true, force: true });
});

// two keys a ListObjectsV2 page, so every listing test also crosses pages
function s3(publicUrl?: string) {
  const storage = new S3Storage({
    bucket: BUCKET,
    region: "us-east-1",
    endpoint,
    ...CREDENTIALS,
    publicUrl,
    listPageSize: 2,
  });
  made.push(storage);
  return storage;
}

async function collect(listing: AsyncIterable<ListedObject>) {
  const all: ListedObject[] = [];
  for await (const object of listing) all.push(object);
  return all;
}
const keysOf = (objects: ListedObject[]) => objects.map((o) => o.key).sort();
const folder = () => `l${crypto.randomUUID().slice(0, 8)}`;

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const TRAVERSALS = [
  "../escape.png",
  "trips/../../escape.png",
  "/etc/passwd",
  "trips//x.png",
  "trips/./x.png",
  "..",
  ".meta/trips/x.png.json",
  "trips\\..\\x.png",
  "%2e%2e/x.png",
  "trips/x.png\u0000",
  "",
];

describe.each([
  ["disk", () => new DiskStorage(diskRoot) as ObjectStorage],
  ["S3 (s3rver)", () => s3() as ObjectStorage],
])("%s storage", (_name, make) => {
  test("put → get gives back the bytes and the content type; delete makes it missing", async () => {
    const storage = make();
    const key = `trips/${crypto.randomUUID()}.png`;
    expect(await storage.get(key)).toBeNull();
    await storage.put(key, png, "image/png");
    const got = await storage.get(key);
    expect(got?.contentType).toBe("image/png");
    expect(Array.from(got!.bytes)).toEqual(Array.from(png));

    await storage.put(key, new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), "image/jpeg");
    expect((await storage.get(key))?.contentType).toBe("image/jpeg");

    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  test("a larger object (5 MB) round-trips intact", async () => {
    const storage = make();
    const key = `trips/${crypto.randomUUID()}.jpg`;
    const big = new Uint8Array(5 * 1024 * 1024).map((_, i) => (i * 31) % 251);
    await storage.put(key, big, "image/jpeg");
    const got = await storage.get(key);
    expect(got!.bytes.byteLength).toBe(big.byteLength);
    expect(Buffer.from(got!.bytes).equals(Buffer.from(big))).toBe(true);
    await storage.delete(key);
  });

  test("publicUrl without a public base is the app's /uploads path", () => {
    expect(make().publicUrl("trips/a.png")).toBe("/uploads/trips/a.png");
  });

  test.each(TRAVERSALS)("key %j is refused by every operation", async (key) => {
    const storage = make();
    expect(isSafeKey(key)).toBe(false);
    await expect(storage.put(key, png, "image/png")).rejects.toMatchObject({ code: "bad_request" });
    await expect(storage.get(key)).rejects.toMatchObject({ code: "bad_request" });
    await expect(storage.delete(key)).rejects.toMatchObject({ code: "bad_request" });
    expect(() => storage.publicUrl(key)).toThrow();
  });

  test("list yields every key under a prefix with when it was written, and nothing else", async () => {
    const storage = make();
    const dir = folder();
    const inside = [`${dir}/a.png`, `${dir}/b.jpg`, `${dir}/c.gif`, `${dir}/sub/d.webp`, `${dir}/sub/e.png`];
    const before = Date.now();
    // (not `${dir}.png`: s3rver walks its folders in an order that is not key order there, and loses it across pages)
    for (const key of [...inside, `${dir}z.png`, `${dir}x/f.png`, `other/${dir}/g.png`]) {
      await storage.put(key, png, "image/png");
    }
    const listed = await collect(storage.list(`${dir}/`));
    expect(keysOf(listed)).toEqual(inside);
    for (const { lastModified } of listed) {
      expect(lastModified).toBeInstanceOf(Date);
      // S3 keeps whole seconds
      expect(lastModified.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
      expect(lastModified.getTime()).toBeLessThanOrEqual(Date.now());
    }
    expect(keysOf(await collect(storage.list(`${dir}/sub/`)))).toEqual([`${dir}/sub/d.webp`, `${dir}/sub/e.png`]);
    expect(keysOf(await collect(storage.list(`${dir}/b`)))).toEqual([`${dir}/b.jpg`]);
    expect(keysOf(await collect(storage.list(dir)))).toEqual([...inside, `${dir}z.png`, `${dir}x/f.png`].sort());
    expect(await collect(storage.list(`${folder()}/`))).toEqual([]);
    await storage.delete(`${dir}/b.jpg`);
    expect(keysOf(await collect(storage.list(`${dir}/`)))).not.toContain(`${dir}/b.jpg`);
  });

  test("deleting each object as it is listed still lists every one once", async () => {
    const storage = make();
    const dir = folder();
    const keys = Array.from({ length: 7 }, (_, i) => `${dir}/${i}.png`);
    for (const key of keys) await storage.put(key, png, "image/png");
    const seen: string[] = [];
    for await (const { key } of storage.list(`${dir}/`)) {
      seen.push(key);
      await storage.delete(key);
    }
    expect(seen.sort()).toEqual(keys);
    expect(await collect(storage.list(`${dir}/`))).toEqual([]);
  });

  test.each(["../", "/", ".meta/", "trips//", "trips/../", "%2e%2e/"])("prefix %j is refused", async (prefix) => {
    await expect(collect(make().list(prefix))).rejects.toMatchObject({ code: "bad_request" });
  });
});

describe("disk storage specifics", () => {
  test("files land under the root, the type beside them, and nothing escapes or is left half-written", async () => {
    const storage = new DiskStorage(diskRoot);
    const key = `trips/${crypto.randomUUID()}.png`;
    await storage.put(key, png, "image/png");
    expect(existsSync(path.join(diskRoot, key))).toBe(true);
    expect(existsSync(path.join(diskRoot, ".meta", `${key}.json`))).toBe(true);
    expect(readdirSync(path.join(diskRoot, ".tmp"))).toEqual([]);
    await expect(storage.put("../escape.png", png, "image/png")).rejects.toThrow();
    expect(existsSync(path.join(scratch, "escape.png"))).toBe(false);
    // a second instance (another process, a restart) reads the same file with its type
    expect((await new DiskStorage(diskRoot).get(key))?.contentType).toBe("image/png");
  });

  test("a directory is not an object, and a file without its metadata is opaque bytes", async () => {
    const storage = new DiskStorage(diskRoot);
    const key = `trips/${crypto.randomUUID()}.png`;
    await storage.put(key, png, "image/png");
    expect(await storage.get("trips")).toBeNull();
    rmSync(path.join(diskRoot, ".meta", `${key}.json`));
    expect((await storage.get(key))?.contentType).toBe("application/octet-stream");
  });

  test("list takes a file's modification time, and skips the metadata, temporary and foreign files", async () => {
    const root = mkdtempSync(path.join(scratch, "list-"));
    const storage = new DiskStorage(root);
    await storage.put("trips/a.png", png, "image/png");
    const old = new Date("2001-02-03T04:05:06Z");
    utimesSync(path.join(root, "trips/a.png"), old, old);
    writeFileSync(path.join(root, ".tmp", "half-written"), "x");
    writeFileSync(path.join(root, "trips", "has space.png"), "x");
    writeFileSync(path.join(root, "trips", ".hidden.png"), "x");
    mkdirSync(path.join(root, "trips", "empty"));
    expect(await collect(storage.list(""))).toEqual([{ key: "trips/a.png", lastModified: old }]);
    expect(await collect(new DiskStorage(path.join(scratch, "never-written")).list("trips/"))).toEqual([]);
  });
});

describe("S3 storage specifics", () => {
  test("objects are stored with their content type and a year-long immutable Cache-Control", async () => {
    const storage = s3();
    const key = `trips/${crypto.randomUUID()}.webp`;
    await storage.put(key, png, "image/webp");
    const client = new S3Client({ region: "us-east-1", endpoint, forcePathStyle: true, credentials: CREDENTIALS });
    const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
    client.destroy();
    expect(head.ContentType).toBe("image/webp");
    expect(head.CacheControl).toBe("public, max-age=31536000, immutable");
    expect(head.ContentLength).toBe(png.byteLength);
  });

  test("publicUrl uses S3_PUBLIC_URL when given (a trailing slash or not)", () => {
    expect(s3("https://cdn.example.com/").publicUrl("trips/a.png")).toBe("https://cdn.example.com/trips/a.png");
    expect(s3("https://pub-1.r2.dev/photos").publicUrl("trips/a.png")).toBe("https://pub-1.r2.dev/photos/trips/a.png");
  });

  test("a bucket that does not exist is an error, not a missing object", async () => {
    const storage = new S3Storage({ bucket: "no-such-bucket", region: "us-east-1", endpoint, ...CREDENTIALS });
    made.push(storage);
    await expect(storage.put("trips/a.png", png, "image/png")).rejects.toThrow();
    await expect(storage.get("trips/a.png")).rejects.toThrow();
  });
});

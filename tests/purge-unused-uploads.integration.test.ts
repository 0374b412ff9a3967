// Deleting trip photos no trip uses, against the real database: a DiskStorage on a temporary directory (ages set with
// the files' modification times) and an S3Storage on s3rver (aged by running with a later `now`). Each storage belongs
// to this file alone, so the counts are exact whatever other test files do to the trips table meanwhile.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type S3rver from "s3rver";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { DiskStorage } from "@/lib/storage/disk-storage";
import type { ObjectStorage } from "@/lib/storage/object-storage";
import { S3Storage } from "@/lib/storage/s3-storage";
import { purgeUnusedUploads, UNUSED_UPLOAD_RETENTION_MS as KEEP_MS } from "@/lib/uploads/purge-unused-uploads";
import { uploadTripImage } from "@/lib/uploads/upload-trip-image";
import { makeDeparture } from "./support/catalogue";
import { S3RVER_CREDENTIALS, startS3rver } from "./support/s3rver";

const PNG = new Uint8Array(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64",
  ),
);
const HOUR = 60 * 60_000;
// whole seconds, so modification times set from it read back exactly
const NOW = new Date(Math.floor(Date.now() / 1000) * 1000);
const scratch = mkdtempSync(path.join(tmpdir(), "travellr-purge-uploads-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

let dirs = 0;
function disk() {
  const root = path.join(scratch, `disk-${++dirs}`);
  const storage = new DiskStorage(root);
  /** Stores an object under `key`, last written `age` ms before NOW. */
  const put = async (key: string, age: number) => {
    await storage.put(key, PNG, "image/png");
    const when = new Date(NOW.getTime() - age);
    utimesSync(path.join(root, key), when, when);
    return key;
  };
  return { storage, put };
}

/** A trip (of a new vendor) whose images are `urls`. */
async function tripWith(urls: string[]) {
  const { trip } = await makeDeparture();
  return db.trip.update({ where: { id: trip.id }, data: { images: urls } });
}

const present = async (storage: ObjectStorage, keys: string[]) => {
  const found = await Promise.all(keys.map(async (key) => ((await storage.get(key)) ? key : null)));
  return found.filter((key) => key !== null);
};

describe("on disk", () => {
  test("an old photo no trip uses is deleted; used, young and non-trip objects stay", async () => {
    const { storage, put } = disk();
    const unused = await put(`trips/${randomUUID()}.png`, KEEP_MS + 1000);
    const removed = await put(`trips/${randomUUID()}.png`, 30 * 24 * HOUR); // once on a trip, since taken off it
    const used = await put(`trips/${randomUUID()}.png`, 30 * 24 * HOUR);
    const usedElsewhere = await put(`trips/${randomUUID()}.png`, 30 * 24 * HOUR);
    const young = await put(`trips/${randomUUID()}.png`, KEEP_MS - 1000);
    const boundary = await put(`trips/${randomUUID()}.png`, KEEP_MS);
    const other = await put(`avatars/${randomUUID()}.png`, 30 * 24 * HOUR);
    const trip = await tripWith([storage.publicUrl(removed), storage.publicUrl(used)]);
    await db.trip.update({ where: { id: trip.id }, data: { images: [storage.publicUrl(used)] } });
    // saved while the photos were served from a CDN (an earlier S3_PUBLIC_URL): still in use
    await tripWith([`https://cdn.example.com/photos/${usedElsewhere}`]);

    const info = vi.spyOn(logger, "info");
    expect(await purgeUnusedUploads({ now: NOW, storage })).toEqual({ scanned: 6, deleted: 2 });
    expect(info).toHaveBeenCalledWith({ event: "unused_uploads_purged", scanned: 6, deleted: 2 }, expect.any(String));
    expect(await present(storage, [unused, removed, used, usedElsewhere, young, boundary, other])).toEqual([
      used,
      usedElsewhere,
      young,
      boundary,
      other,
    ]);
    // a day later the young ones are old too; the used ones stay as long as their trip uses them
    const tomorrow = new Date(NOW.getTime() + KEEP_MS);
    expect(await purgeUnusedUploads({ now: tomorrow, storage })).toEqual({ scanned: 4, deleted: 2 });
    expect(await present(storage, [used, usedElsewhere, young, boundary, other])).toEqual([used, usedElsewhere, other]);
  });

  test("references are checked in batches of 500 keys, one query each, never one per key", async () => {
    const { storage, put } = disk();
    const old = 2 * KEEP_MS;
    for (let i = 0; i < 501; i++) await put(`trips/${String(i).padStart(4, "0")}-${randomUUID()}.png`, old);
    // listed last, so checked in the second batch
    const used = await put(`trips/9999-${randomUUID()}.png`, old);
    await tripWith([storage.publicUrl(used)]);

    await db.$queryRaw`SELECT 1`; // the client exists now: spy on the one the db proxy hands out
    const client = (globalThis as unknown as { travellrDb: Pick<typeof db, "$queryRaw"> }).travellrDb;
    const queries = vi.spyOn(client, "$queryRaw");
    expect(await purgeUnusedUploads({ now: NOW, storage })).toEqual({ scanned: 502, deleted: 501 });
    expect(queries).toHaveBeenCalledTimes(2);
    expect(await present(storage, [used])).toEqual([used]);
  });

  test("maxDeletes bounds a call; the next call goes on", async () => {
    const { storage, put } = disk();
    const keys = await Promise.all(Array.from({ length: 5 }, () => put(`trips/${randomUUID()}.png`, 2 * KEEP_MS)));
    expect((await purgeUnusedUploads({ now: NOW, storage, maxDeletes: 2 })).deleted).toBe(2);
    expect(await present(storage, keys)).toHaveLength(3);
    expect(await purgeUnusedUploads({ now: NOW, storage, maxDeletes: 2 })).toEqual({ scanned: 3, deleted: 2 });
    expect(await purgeUnusedUploads({ now: NOW, storage, maxDeletes: 2 })).toEqual({ scanned: 1, deleted: 1 });
    expect(await present(storage, keys)).toEqual([]);
  });
});

describe("on S3 (s3rver)", () => {
  let s3rver: S3rver;
  let storage: S3Storage;

  beforeAll(async () => {
    let endpoint: string;
    ({ server: s3rver, endpoint } = await startS3rver(path.join(scratch, "s3rver"), "purge-test"));
    storage = new S3Storage({
      bucket: "purge-test",
      region: "us-east-1",
      endpoint,
      ...S3RVER_CREDENTIALS,
      publicUrl: "https://photos.example.com",
      listPageSize: 2,
    });
  });
  afterAll(async () => {
    storage?.destroy();
    await s3rver?.close();
  });

  test("uploads through the real use case: kept while young, then deleted unless a trip uses them", async () => {
    const uploaded = await Promise.all(Array.from({ length: 3 }, () => uploadTripImage({ bytes: PNG, storage })));
    const [used, ...unused] = uploaded;
    await tripWith([used.url]);
    await storage.put("avatars/a.png", PNG, "image/png");

    expect(await purgeUnusedUploads({ storage })).toEqual({ scanned: 3, deleted: 0 });
    const dayAndAMinuteLater = new Date(Date.now() + KEEP_MS + 60_000);
    expect(await purgeUnusedUploads({ storage, now: dayAndAMinuteLater })).toEqual({ scanned: 3, deleted: 2 });
    expect(await present(storage, uploaded.map((u) => u.key).concat("avatars/a.png"))).toEqual([
      used.key,
      "avatars/a.png",
    ]);
    expect(unused.every((u) => u.key.startsWith("trips/"))).toBe(true);
  });
});

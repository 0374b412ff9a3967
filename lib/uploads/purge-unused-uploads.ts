import "server-only";
import { db } from "../db";
import { logger } from "../logger";
import type { ObjectStorage } from "../storage/object-storage";
import { objectStorage } from "../storage/storage";

// A photo is uploaded (POST /api/v1/uploads) before its trip is saved, so storage fills with photos no trip uses: forms
// abandoned, photos removed from a trip, trips deleted. This deletes them once they are old enough that no open form
// can still be about to save them: a vendor may keep the trip form open for hours.
export const UNUSED_UPLOAD_RETENTION_MS = 24 * 60 * 60 * 1000;
/** Where uploadTripImage puts trip photos; nothing outside it is ever deleted here. */
export const TRIP_UPLOADS_PREFIX = "trips/";
// keys checked against the trips in one query
const CHECK_BATCH_SIZE = 500;
// deletes in flight at once (one request each on S3)
const DELETE_CONCURRENCY = 8;

export interface PurgeUnusedUploadsOptions {
  now?: Date;
  storage?: ObjectStorage;
  /** stop after deleting this many (a job step bounds its duration); the rest waits for the next call */
  maxDeletes?: number;
}

export interface PurgeUnusedUploadsCounts {
  /** objects listed under trips/, young ones included */
  scanned: number;
  deleted: number;
}

// A photo is in use when a trip image URL ends in its file name (the <uuid>.<ext> of its key), not only when the URL
// equals today's publicUrl(key): a URL saved under an earlier S3_PUBLIC_URL (a CDN added, disk moved to a bucket) still
// protects its photo. File names are random UUIDs, so this can only ever keep too much, never delete a used photo.
const fileName = (key: string) => key.slice(key.lastIndexOf("/") + 1);

/** The file names among `names` that some trip's images use: one query for the whole batch. */
async function namesInUse(names: string[]): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT DISTINCT substring(img from '([^/?#]+)(?:[?#].*)?$') AS name
    FROM trips, unnest(images) AS img
    WHERE substring(img from '([^/?#]+)(?:[?#].*)?$') = ANY(${names}::text[])`;
  return new Set(rows.map((row) => row.name));
}

/** Deletes the keys of `keys` no trip uses, at most `limit`; answers how many it deleted. */
async function deleteUnused(storage: ObjectStorage, keys: string[], limit: number): Promise<number> {
  const used = await namesInUse(keys.map(fileName));
  const unused = keys.filter((key) => !used.has(fileName(key))).slice(0, limit);
  // Race: a trip saved with one of these URLs after the query above and before the delete below would show a broken
  // image. Only photos uploaded more than 24 h ago get here, so it takes a trip form kept open for a day and saved in
  // the milliseconds between the two: practically impossible, so no lock on trips or "claimed" mark on uploads.
  for (let i = 0; i < unused.length; i += DELETE_CONCURRENCY) {
    await Promise.all(unused.slice(i, i + DELETE_CONCURRENCY).map((key) => storage.delete(key)));
  }
  return unused.length;
}

/** Deletes the trip photos older than 24 h that no trip uses, and logs the counts. */
export async function purgeUnusedUploads(options: PurgeUnusedUploadsOptions = {}): Promise<PurgeUnusedUploadsCounts> {
  const { now = new Date(), storage = objectStorage(), maxDeletes = Number.POSITIVE_INFINITY } = options;
  const before = now.getTime() - UNUSED_UPLOAD_RETENTION_MS;
  const counts: PurgeUnusedUploadsCounts = { scanned: 0, deleted: 0 };
  let batch: string[] = [];
  const check = async () => {
    counts.deleted += await deleteUnused(storage, batch, maxDeletes - counts.deleted);
    batch = [];
  };
  for await (const { key, lastModified } of storage.list(TRIP_UPLOADS_PREFIX)) {
    counts.scanned++;
    if (lastModified.getTime() >= before) continue;
    batch.push(key);
    if (batch.length === CHECK_BATCH_SIZE) await check();
    if (counts.deleted >= maxDeletes) break;
  }
  if (batch.length > 0 && counts.deleted < maxDeletes) await check();
  logger.info({ event: "unused_uploads_purged", ...counts }, "housekeeping deleted unused trip photos");
  return counts;
}

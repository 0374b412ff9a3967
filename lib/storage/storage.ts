import "server-only";
import { env, type Env } from "../env";
import { DiskStorage } from "./disk-storage";
import type { ObjectStorage } from "./object-storage";
import { S3Storage } from "./s3-storage";

// The one place that chooses where uploads go: an S3-compatible bucket as soon as S3_BUCKET is set (the env schema
// makes sure its region comes with it), otherwise this server's disk under UPLOADS_DIR (default .data/uploads). Disk
// is fine for one instance; several instances behind a load balancer must share a bucket.

type StorageEnv = Pick<
  Env,
  | "UPLOADS_DIR"
  | "S3_BUCKET"
  | "S3_REGION"
  | "S3_ENDPOINT"
  | "S3_ACCESS_KEY_ID"
  | "S3_SECRET_ACCESS_KEY"
  | "S3_PUBLIC_URL"
>;

export function storageFromEnv(e: StorageEnv): ObjectStorage {
  if (e.S3_BUCKET && e.S3_REGION)
    return new S3Storage({
      bucket: e.S3_BUCKET,
      region: e.S3_REGION,
      endpoint: e.S3_ENDPOINT,
      accessKeyId: e.S3_ACCESS_KEY_ID,
      secretAccessKey: e.S3_SECRET_ACCESS_KEY,
      publicUrl: e.S3_PUBLIC_URL,
    });
  return new DiskStorage(e.UPLOADS_DIR);
}

// on globalThis: route handlers and pages are bundled separately and should share one S3 connection pool
const shared = globalThis as unknown as { travellrObjectStorage?: ObjectStorage };

export function objectStorage(): ObjectStorage {
  shared.travellrObjectStorage ??= storageFromEnv(env());
  return shared.travellrObjectStorage;
}

import {
  DeleteObjectCommand,
  GetObjectCommand,
  paginateListObjectsV2,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { assertSafeKey, assertSafePrefix, isSafeKey } from "./keys";
import { CACHE_FOREVER, type ListedObject, type ObjectStorage, type StoredObject } from "./object-storage";

// Any S3-compatible bucket (AWS S3, Cloudflare R2, MinIO, Backblaze B2, …) through the official SDK. Objects are
// written with a year-long immutable Cache-Control: a key is never reused, a changed photo gets a new key.

export interface S3StorageConfig {
  bucket: string;
  region: string;
  /** for services other than AWS, e.g. https://<account>.r2.cloudflarestorage.com or http://127.0.0.1:9000 */
  endpoint?: string;
  /** both or neither: without them the SDK's default chain applies (an IAM role, AWS_* variables, …) */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** base URL the bucket is publicly readable at (a CDN or the bucket's public domain); without it, /uploads/<key> */
  publicUrl?: string;
  /** keys per ListObjectsV2 page: 1,000 (the most S3 returns) unless a test wants several pages from a few keys */
  listPageSize?: number;
}

export class S3Storage implements ObjectStorage {
  private readonly client: S3Client;
  private readonly publicBase: string;

  constructor(private readonly config: S3StorageConfig) {
    const credentials =
      config.accessKeyId && config.secretAccessKey
        ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
        : undefined;
    this.client = new S3Client({
      region: config.region,
      credentials,
      ...(config.endpoint
        ? {
            endpoint: config.endpoint,
            // MinIO and most self-hosted services only answer path-style URLs (R2 accepts both)
            forcePathStyle: true,
            // the SDK's default CRC32 checksum headers are newer than several S3-compatible services
            requestChecksumCalculation: "WHEN_REQUIRED" as const,
            responseChecksumValidation: "WHEN_REQUIRED" as const,
          }
        : {}),
    });
    this.publicBase = (config.publicUrl ?? "/uploads").replace(/\/+$/, "");
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    assertSafeKey(key);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.config.bucket,
        Key: key,
        Body: bytes,
        ContentType: contentType,
        ContentLength: bytes.byteLength,
        CacheControl: CACHE_FOREVER,
      }),
    );
  }

  async get(key: string): Promise<StoredObject | null> {
    assertSafeKey(key);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: key }));
      if (!object.Body) return null;
      return {
        bytes: await object.Body.transformToByteArray(),
        contentType: object.ContentType ?? "application/octet-stream",
      };
    } catch (error) {
      // only a missing key is "no object": a missing bucket (also a 404) is a misconfiguration that must be seen
      if (error instanceof S3ServiceException && error.name === "NoSuchKey") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertSafeKey(key);
    // S3 answers 204 whether or not the key existed
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: key }));
  }

  publicUrl(key: string): string {
    assertSafeKey(key);
    return `${this.publicBase}/${key}`;
  }

  async *list(prefix: string): AsyncIterable<ListedObject> {
    assertSafePrefix(prefix);
    // ListObjectsV2 pages of up to 1,000 keys, each going on in key order from where the one before ended, so
    // deleting listed keys in between does not make the listing skip or repeat any
    const pages = paginateListObjectsV2(
      { client: this.client, pageSize: this.config.listPageSize ?? 1000 },
      { Bucket: this.config.bucket, Prefix: prefix || undefined },
    );
    for await (const page of pages) {
      for (const object of page.Contents ?? []) {
        // a key put in the bucket by other means that this class would refuse (see keys.ts) is not listed, as on disk
        if (object.Key && object.LastModified && isSafeKey(object.Key))
          yield { key: object.Key, lastModified: object.LastModified };
      }
    }
  }

  /** Closes the SDK's connection pool (tests; a server keeps it for its lifetime). */
  destroy(): void {
    this.client.destroy();
  }
}

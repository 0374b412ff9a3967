import "server-only";
import { randomUUID } from "node:crypto";
import type { ObjectStorage } from "../storage/object-storage";
import { objectStorage } from "../storage/storage";
import { checkImageUpload } from "./rules";
import type { UploadedImage } from "./schemas";

export interface UploadTripImageOptions {
  bytes: Uint8Array;
  storage?: ObjectStorage;
}

/**
 * Stores a trip photo under a fresh key (trips/<uuid>.<ext>, the extension from the sniffed type) and answers the URL
 * the trip form saves. The image belongs to no trip until a trip is saved with its URL.
 */
export async function uploadTripImage({
  bytes,
  storage = objectStorage(),
}: UploadTripImageOptions): Promise<UploadedImage> {
  const type = checkImageUpload(bytes);
  const key = `trips/${randomUUID()}.${type.ext}`;
  await storage.put(key, bytes, type.contentType);
  return { url: storage.publicUrl(key), key, contentType: type.contentType, size: bytes.byteLength };
}

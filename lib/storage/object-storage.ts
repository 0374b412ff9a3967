// Where uploaded files live. Two implementations behind one small interface: this server's disk (disk-storage.ts)
// and any S3-compatible bucket (s3-storage.ts); storage.ts picks one from the environment.

export interface StoredObject {
  bytes: Uint8Array;
  contentType: string;
}

/** One entry of `list`: a key and when its object was last written. */
export interface ListedObject {
  key: string;
  lastModified: Date;
}

export interface ObjectStorage {
  /** Stores the bytes under `key` (replacing what was there). Keys are relative paths, see keys.ts. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The object, or null when there is none under `key`. */
  get(key: string): Promise<StoredObject | null>;
  /** Removes the object; removing one that does not exist is not an error. */
  delete(key: string): Promise<void>;
  /** The URL browsers load the object from: a site path (/uploads/…) or the bucket's public https URL. */
  publicUrl(key: string): string;
  /**
   * Every object whose key starts with `prefix` ("trips/"; "" for all), in no promised order, read page by page as the
   * caller iterates. Deleting an object already listed does not disturb the listing.
   */
  list(prefix: string): AsyncIterable<ListedObject>;
}

/** Keys are never reused (a changed photo gets a new key), so a copy may be kept for a year. */
export const CACHE_FOREVER = "public, max-age=31536000, immutable";

import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { AppError } from "../errors";
import { assertSafeKey, assertSafePrefix, isSafeKey } from "./keys";
import type { ListedObject, ObjectStorage, StoredObject } from "./object-storage";

// Files on this server's disk: right for one instance (every instance needs the same files, so several instances
// want S3). The bytes live at <root>/<key>; the content type beside them at <root>/.meta/<key>.json, a tree no key can
// reach (key segments never start with a dot). Writes go to <root>/.tmp first and are renamed into place, so a reader
// never sees half a file.

const FALLBACK_TYPE = "application/octet-stream";

const missing = (error: unknown) =>
  ["ENOENT", "ENOTDIR", "EISDIR"].includes((error as NodeJS.ErrnoException).code ?? "");

export class DiskStorage implements ObjectStorage {
  private readonly root: string;

  /** `root` may be relative (to the working directory); `publicBase` is the site path that serves the files. */
  constructor(
    root: string,
    private readonly publicBase = "/uploads",
  ) {
    this.root = path.resolve(root);
  }

  /** The file of a key, checked twice: the key's shape, then that the resolved path is inside the root. */
  private fileOf(key: string, tree = ""): string {
    assertSafeKey(key);
    const base = tree ? path.join(this.root, tree) : this.root;
    const file = path.resolve(base, tree ? `${key}.json` : key);
    if (!file.startsWith(base + path.sep)) throw new AppError("bad_request", "The key leaves the storage directory");
    return file;
  }

  private async writeAtomically(file: string, data: Uint8Array | string) {
    const tmpDir = path.join(this.root, ".tmp");
    await mkdir(tmpDir, { recursive: true });
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = path.join(tmpDir, randomUUID());
    try {
      await writeFile(tmp, data);
      await rename(tmp, file);
    } finally {
      await rm(tmp, { force: true });
    }
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const file = this.fileOf(key);
    // the type first: once the bytes are in place, a reader finds both
    await this.writeAtomically(this.fileOf(key, ".meta"), JSON.stringify({ contentType }));
    await this.writeAtomically(file, bytes);
  }

  async get(key: string): Promise<StoredObject | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.fileOf(key));
    } catch (error) {
      if (missing(error)) return null;
      throw error;
    }
    return { bytes: new Uint8Array(bytes), contentType: await this.contentTypeOf(key) };
  }

  private async contentTypeOf(key: string): Promise<string> {
    try {
      const meta: unknown = JSON.parse(await readFile(this.fileOf(key, ".meta"), "utf8"));
      const type = (meta as { contentType?: unknown }).contentType;
      return typeof type === "string" && type ? type : FALLBACK_TYPE;
    } catch {
      // bytes copied in without their metadata: served as opaque bytes (with nosniff, never rendered as a page)
      return FALLBACK_TYPE;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.fileOf(key), { force: true });
    await rm(this.fileOf(key, ".meta"), { force: true });
  }

  publicUrl(key: string): string {
    assertSafeKey(key);
    return `${this.publicBase}/${key}`;
  }

  async *list(prefix: string): AsyncIterable<ListedObject> {
    assertSafePrefix(prefix);
    // start at the deepest directory the prefix names ("trips/" → <root>/trips) rather than walking the whole root
    yield* this.walk(prefix.slice(0, prefix.lastIndexOf("/") + 1), prefix);
  }

  /** Files under the directory of `dir` (a key prefix ending in "/", or "") whose key starts with `prefix`. */
  private async *walk(dir: string, prefix: string): AsyncIterable<ListedObject> {
    let entries;
    try {
      // a whole directory's names at once (not a streaming opendir): the caller may delete files between two
      // yields, and a name list read up front cannot be disturbed by that
      entries = await readdir(path.join(this.root, dir), { withFileTypes: true });
    } catch (error) {
      if (missing(error)) return;
      throw error;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const key = `${dir}${entry.name}`;
      // .meta and .tmp (and anything else hidden) are not objects; a name no key could have is not one either
      if (!isSafeKey(key) || !key.startsWith(prefix)) continue;
      if (entry.isDirectory()) yield* this.walk(`${key}/`, prefix);
      else if (entry.isFile()) {
        const modified = await stat(path.join(this.root, key)).catch((error: unknown) => {
          if (missing(error)) return null; // deleted since the directory was read
          throw error;
        });
        if (modified) yield { key, lastModified: modified.mtime };
      }
    }
  }
}

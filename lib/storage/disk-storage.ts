import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { AppError } from "../errors";
import { assertSafeKey } from "./keys";
import type { ObjectStorage, StoredObject } from "./object-storage";

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
}

// GET /uploads/<key> — uploaded images served by the app: files on this server's disk, or a bucket without a public
// URL (S3_PUBLIC_URL unset). Keys never repeat, so browsers and CDNs may keep a copy for a year.
import { isSafeKey } from "@/lib/storage/keys";
import { CACHE_FOREVER } from "@/lib/storage/object-storage";
import { objectStorage } from "@/lib/storage/storage";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
  });

export async function GET(_req: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join("/");
  if (!isSafeKey(key)) return notFound();
  const object = await objectStorage().get(key);
  if (!object) return notFound();
  return new Response(new Uint8Array(object.bytes), {
    headers: {
      "Content-Type": object.contentType,
      "Content-Length": String(object.bytes.byteLength),
      "Cache-Control": CACHE_FOREVER,
      // the type stored at upload time is the one sniffed from the bytes: browsers must not guess another
      "X-Content-Type-Options": "nosniff",
      // opened directly, an uploaded file is a sandboxed document that can run nothing
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    },
  });
}

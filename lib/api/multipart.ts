import "server-only";
import { AppError } from "../errors";
import { readBodyBytes } from "./body";

// Reads one file from a multipart/form-data body without trusting the client about sizes: the body is counted while
// it streams in and refused (413) as soon as it passes the limit, before anything is parsed. The multipart envelope
// (boundaries, part headers) gets a little room on top of the file's own limit.

const ENVELOPE_BYTES = 64 * 1024;

export interface UploadedFile {
  bytes: Uint8Array;
  /** the name the client gave it (for messages only: never used for a path or a type) */
  name: string;
}

export async function readFileUpload(
  req: Request,
  { field, maxBytes, tooLarge }: { field: string; maxBytes: number; tooLarge: string },
): Promise<UploadedFile> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(type))
    throw new AppError("unsupported_media_type", `Send the file as multipart/form-data in a field named "${field}"`);
  const limit = maxBytes + ENVELOPE_BYTES;
  if (Number(req.headers.get("content-length") ?? 0) > limit) throw new AppError("payload_too_large", tooLarge);
  const body = await readBodyBytes(req, limit, () => new AppError("payload_too_large", tooLarge));

  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("bad_request", "The multipart/form-data body could not be read");
  }
  const files = form.getAll(field);
  const file = files[0];
  if (files.length !== 1 || !(file instanceof File))
    throw new AppError("bad_request", `Send exactly one file in the multipart field "${field}"`);
  if (file.size > maxBytes) throw new AppError("payload_too_large", tooLarge);
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
}

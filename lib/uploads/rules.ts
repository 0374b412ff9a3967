import { AppError } from "../errors";

// What an image upload must be. Shared by the upload endpoint and the vendor's upload field (which checks before it
// sends, for a quick answer; the server checks again). The type comes from the file's first bytes, never from its
// name or the Content-Type a client claims. SVG is not accepted: it is a document that can carry scripts.

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_IMAGE_MB = MAX_IMAGE_BYTES / 1024 / 1024;
/** the trip schemas allow this many images (lib/trips/schemas.ts; tests/uploads-rules.test.ts ties the two) */
export const MAX_TRIP_IMAGES = 12;

export const IMAGE_TYPES = [
  { contentType: "image/jpeg", ext: "jpg", label: "JPEG" },
  { contentType: "image/png", ext: "png", label: "PNG" },
  { contentType: "image/webp", ext: "webp", label: "WebP" },
  { contentType: "image/avif", ext: "avif", label: "AVIF" },
  { contentType: "image/gif", ext: "gif", label: "GIF" },
] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/** For `<input type="file" accept=…>`: a hint to the file picker, not a check. */
export const IMAGE_ACCEPT = IMAGE_TYPES.map((t) => t.contentType).join(",");
export const IMAGE_KINDS = "JPEG, PNG, WebP, AVIF or GIF";
/** How many leading bytes sniffImageType needs. */
export const SNIFF_BYTES = 256;

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const type = (ext: ImageType["ext"]) => IMAGE_TYPES.find((t) => t.ext === ext)!;

/** AVIF is an ISO-BMFF file: an `ftyp` box whose major or compatible brands include avif (still) or avis (sequence). */
function isAvif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== "ftyp") return false;
  const boxSize = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  const end = Math.min(boxSize, bytes.length);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, at + 4));
  return brands.includes("avif") || brands.includes("avis");
}

/** The image type the bytes start with, or null for anything else (text, SVG, HEIC, PDF, …). */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return type("jpg");
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return type("png");
  if (bytes.length >= 6 && ["GIF87a", "GIF89a"].includes(ascii(bytes, 0, 6))) return type("gif");
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return type("webp");
  if (isAvif(bytes)) return type("avif");
  return null;
}

export const tooLargeMessage = (name?: string) =>
  `${name ? `“${name}”` : "The image"} is larger than ${MAX_IMAGE_MB} MB; export it smaller and try again`;
export const notAnImageMessage = (name?: string) => `${name ? `“${name}”` : "The file"} is not a ${IMAGE_KINDS} image`;

/**
 * The checks of one upload, in the order a person can fix them: 413 when too large, 400 when empty or not one of the
 * accepted image types. Returns the type read from the bytes.
 */
export function checkImageUpload(bytes: Uint8Array, name?: string): ImageType {
  if (bytes.byteLength > MAX_IMAGE_BYTES) throw new AppError("payload_too_large", tooLargeMessage(name));
  if (bytes.byteLength === 0) throw new AppError("invalid_image", `${name ? `“${name}”` : "The file"} is empty`);
  const found = sniffImageType(bytes);
  if (!found) throw new AppError("invalid_image", notAnImageMessage(name));
  return found;
}

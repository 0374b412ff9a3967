import { z } from "zod";
import { IMAGE_KINDS, IMAGE_TYPES, type ImageType, MAX_IMAGE_MB } from "./rules";

// The upload endpoint's request (as published in the OpenAPI document; the handler reads it with readFileUpload and
// checks the bytes with checkImageUpload) and its answer.

export const UploadImageForm = z.object({
  file: z
    .file()
    .describe(
      `A ${IMAGE_KINDS} image up to ${MAX_IMAGE_MB} MB. The type is read from the file's bytes, not from its name or Content-Type; SVG is refused.`,
    ),
});

export const UploadedImage = z.object({
  url: z.string().describe("Where the image is served: a site path (/uploads/…) or the bucket's public https URL"),
  key: z.string().describe("The storage key, trips/<uuid>.<ext>"),
  contentType: z.enum(
    IMAGE_TYPES.map((t) => t.contentType) as [ImageType["contentType"], ...ImageType["contentType"][]],
  ),
  size: z.number().int().min(1).describe("Bytes"),
});
export type UploadedImage = z.infer<typeof UploadedImage>;

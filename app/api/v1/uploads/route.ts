// POST /api/v1/uploads — store a trip photo (multipart/form-data, one `file`) and answer the URL to save on the trip
import { withAuth } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { readFileUpload } from "@/lib/api/multipart";
import { limitImageUploads } from "@/lib/rate-limit/limits";
import { MAX_IMAGE_BYTES, tooLargeMessage } from "@/lib/uploads/rules";
import { uploadTripImage } from "@/lib/uploads/upload-trip-image";

export const POST = withAuth({ permission: "uploads:create" }, async ({ req, actor }) => {
  // counted before the body is read: a refused upload still cost its bandwidth
  await limitImageUploads(actor.id);
  const { bytes } = await readFileUpload(req, {
    field: "file",
    maxBytes: MAX_IMAGE_BYTES,
    tooLarge: tooLargeMessage(),
  });
  const image = await uploadTripImage({ bytes });
  return Response.json(image, { status: 201 });
});

export const { OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = allowOnly("POST");

import { UploadImageForm, UploadedImage } from "../../uploads/schemas";
import { defineOperations } from "../operation";

export const uploadOperations = defineOperations([
  {
    method: "post",
    path: "/api/v1/uploads",
    summary: "Upload a trip photo",
    description:
      "`multipart/form-data` with one part named `file`. Answers the image's `url`: put it in a trip's `images` " +
      "(POST or PUT /api/v1/trips). 100 uploads an hour per user.",
    access: "bearer",
    who: "vendor, admin",
    body: UploadImageForm,
    bodyMediaType: "multipart/form-data",
    responses: { 201: { description: "The stored image", schema: UploadedImage } },
  },
]);

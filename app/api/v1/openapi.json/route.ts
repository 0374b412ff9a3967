// GET /api/v1/openapi.json — the OpenAPI 3.1 document, generated from the zod schemas the API validates with
import { withPublic } from "@/lib/api/handler";
import { allowOnly } from "@/lib/api/method-not-allowed";
import { openApiDocument } from "@/lib/openapi/document";

export const GET = withPublic(async () =>
  Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } }),
);

export const { OPTIONS, POST, PUT, PATCH, DELETE } = allowOnly("GET");

import { z } from "zod";
import { defineOperations } from "../operation";

export const metaOperations = defineOperations([
  {
    method: "get",
    path: "/api/v1/openapi.json",
    summary: "This OpenAPI 3.1 document",
    access: "public",
    who: "anyone",
    responses: {
      200: {
        description: "The document, generated from the zod schemas that validate requests and shape responses",
        schema: z
          .object({
            openapi: z.string(),
            info: z.object({ title: z.string(), version: z.string() }).loose(),
            paths: z.record(z.string(), z.object({}).loose()),
          })
          .loose(),
      },
    },
  },
]);

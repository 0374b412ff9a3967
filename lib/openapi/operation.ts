import { z } from "zod";

// What one REST endpoint publishes. Each domain lists its endpoints in lib/openapi/paths/<domain>.ts with the same
// zod schemas its route handler validates with; lib/openapi/document.ts turns the list into OpenAPI 3.1.

type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

interface ApiResponse {
  description: string;
  /** JSON body; omitted for 204 */
  schema?: z.ZodType;
  /** a non-JSON body, e.g. text/csv */
  mediaType?: string;
}

export interface ApiOperation {
  method: HttpMethod;
  /** OpenAPI path, `{id}` for a dynamic segment, e.g. /api/v1/trips/{id} */
  path: string;
  summary: string;
  description?: string;
  /** public: sends no credentials; optional: a signed-in caller sees more; bearer: a token (or session cookie) is required */
  access: "public" | "optional" | "bearer";
  /** who may call it, for the reader (the permission check lives in lib/auth/permissions.ts) */
  who: string;
  query?: z.ZodType;
  body?: z.ZodType;
  /** the body's media type when it is not JSON, e.g. multipart/form-data for an upload */
  bodyMediaType?: string;
  /** the body may be left out entirely (defaults apply) */
  bodyOptional?: boolean;
  /** honours `Idempotency-Key` (POSTs that move money) */
  idempotent?: boolean;
  /** statuses of the success responses and their bodies */
  responses: Record<number, ApiResponse>;
  /** error statuses beyond those every operation of its kind can answer */
  errors?: number[];
}

/** The page envelope every list answers with: `{data, page, limit, total}`. */
export function Page<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    page: z.number().int().min(1),
    limit: z.number().int().min(1).max(100),
    total: z.number().int().min(0).describe("Items matching the query across all pages"),
  });
}

/** Declares a domain's endpoints; the identity function only gives the list its type. */
export const defineOperations = (ops: ApiOperation[]) => ops;

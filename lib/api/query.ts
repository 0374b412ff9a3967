import "server-only";
import type { z } from "zod";
import { nulError, validationError } from "./errors";

const INVALID = "The query parameters are not valid";

/**
 * Parses the URL's query string with a zod schema; a bad value is a 422 naming the parameter. A NUL in any name or
 * value is refused here, before any schema, so none can reach PostgreSQL.
 */
export function readQuery<S extends z.ZodType>(req: Request, schema: S): z.infer<S> {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const nul = nulError(params, INVALID);
  if (nul) throw nul;
  const result = schema.safeParse(params);
  if (!result.success) throw validationError(result.error, INVALID);
  return result.data;
}

import "server-only";
import type { z } from "zod";
import { validationError } from "./errors";

/** Parses the URL's query string with a zod schema; a bad value is a 422 naming the parameter. */
export function readQuery<S extends z.ZodType>(req: Request, schema: S): z.infer<S> {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const result = schema.safeParse(params);
  if (!result.success) throw validationError(result.error, "The query parameters are not valid");
  return result.data;
}

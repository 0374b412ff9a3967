import type { z } from "zod";
import { nulZodError } from "../nul";

/**
 * A page's query string through its zod schema: empty values dropped; a bad value falls back to the schema's
 * defaults, with the error kept so the page can say why. A NUL anywhere is such a bad value, whatever the schema
 * (PostgreSQL cannot take one in a query).
 */
export function parseSearchParams<S extends z.ZodType>(raw: Record<string, string | string[] | undefined>, schema: S) {
  const params = Object.fromEntries(
    Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""),
  );
  const nul = nulZodError(params);
  const parsed = nul ? { success: false as const, error: nul } : schema.safeParse(params);
  return {
    params,
    query: (parsed.success ? parsed.data : schema.parse({})) as z.infer<S>,
    error: parsed.success ? null : parsed.error,
  };
}

/** The named parameters that are set, e.g. to carry filters into pagination links or an export. */
export const pickParams = (params: Record<string, string>, names: readonly string[]) =>
  Object.fromEntries(names.filter((n) => params[n]).map((n) => [n, params[n]]));

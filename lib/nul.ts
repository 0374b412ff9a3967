import { z } from "zod";

// PostgreSQL cannot store U+0000 in text or jsonb: a NUL that reaches a query fails it with 22021/22P05, which would
// surface as a 500. Input is checked for it at the edge (body reader, query parser, schema fields) instead.

export const NUL_MESSAGE = "must not contain NUL (\\u0000) characters";
/** For `z.string().regex(...)`: any text without a NUL. */
export const NO_NUL = /^[^\u0000]*$/;

type Path = (string | number)[];

/** The paths of every string (or object key) that holds a NUL, depth-first; `[]` for clean input. */
function findNul(value: unknown, path: Path = [], found: Path[] = []): Path[] {
  if (typeof value === "string") {
    if (value.includes("\u0000")) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => findNul(item, [...path, i], found));
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      // a NUL in a key is reported at the object that holds it: the key itself cannot name a field
      if (key.includes("\u0000")) found.push(path);
      else findNul(item, [...path, key], found);
    }
  }
  return found;
}

/** A ZodError with one issue per field holding a NUL (so it flattens into field errors like any other), or null. */
export function nulZodError(value: unknown): z.ZodError | null {
  const paths = findNul(value);
  return paths.length
    ? new z.ZodError(paths.map((path) => ({ code: "custom" as const, path, message: NUL_MESSAGE, input: undefined })))
    : null;
}

/** A copy with every NUL replaced by U+FFFD, for storing third-party payloads (webhooks) we must not reject. */
export function replaceNul<T>(value: T): T {
  if (typeof value === "string") return value.replaceAll("\u0000", "\uFFFD") as T;
  if (Array.isArray(value)) return value.map(replaceNul) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k.replaceAll("\u0000", "\uFFFD"), replaceNul(v)]),
    ) as T;
  }
  return value;
}

/** A PostgreSQL error caused by a NUL in a value (22021 invalid byte sequence, 22P05 \u0000 in jsonb), as the driver adapter reports it. */
export function isPostgresNulError(error: unknown): boolean {
  const code = postgresCode(error);
  return code === "22021" || code === "22P05";
}

function postgresCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  // DriverAdapterError carries the code in `cause`; Prisma's P2010 (raw query) in `meta.driverAdapterError.cause`
  const e = error as { cause?: unknown; meta?: { driverAdapterError?: { cause?: unknown } } };
  for (const cause of [e.cause, e.meta?.driverAdapterError?.cause]) {
    if (
      typeof cause === "object" &&
      cause !== null &&
      "originalCode" in cause &&
      typeof cause.originalCode === "string"
    )
      return cause.originalCode;
  }
  return undefined;
}

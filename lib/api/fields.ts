import { z } from "zod";
import { NO_NUL, NUL_MESSAGE } from "../nul";

// Field schemas shared by the domain schemas (REST API, server actions, search pages).

/**
 * Free text that can be stored: no NUL. The REST body and query readers refuse NULs already; this covers the server
 * actions and pages that parse with the same schemas.
 */
export const text = (params?: Parameters<typeof z.string>[0]) => z.string(params).regex(NO_NUL, NUL_MESSAGE);

/**
 * A number from a query string: only plain digits are read as a number, so "12abc", "1e3", "0x10", " 7" and "" are
 * refused instead of being coerced. JSON bodies use `z.number()` directly and are never coerced from strings.
 */
export const queryNumber = <S extends z.ZodType<number>>(schema: S) =>
  z.preprocess((v) => (typeof v === "string" && /^\d{1,15}$/.test(v) ? Number(v) : v), schema);

/** A whole number of minor units (cents) up to Stripe's largest charge. */
export const minorUnits = (label: string, max: number) =>
  z
    .number({ error: `${label} must be a number (in minor units, e.g. cents)` })
    .int(`${label} must be a whole number of minor units`)
    .min(0, `${label} cannot be negative`)
    .max(max, `${label} is at most ${max}`);

const SITE_PATH = /^\/(?![/\\])[^\s\\]*$/;

/** https URLs or site-relative paths (`/images/x.jpg`); never `//host`, `/\host`, `http:`, `javascript:` or `data:`. */
export function isSafeImageUrl(value: string): boolean {
  if (SITE_PATH.test(value)) return true;
  // the host must follow "https://" directly: URL() would also read "https:///host" or "https:/host" as https://host
  if (!/^https:\/\/[^\s\\/?#@][^\s\\]*$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname !== "" && url.username === "" && url.password === "";
  } catch {
    return false;
  }
}

export const ImageUrl = text()
  .trim()
  .max(500, "Image URLs are at most 500 characters")
  .refine(isSafeImageUrl, "Image URLs are https:// URLs or site paths like /images/trip.jpg");

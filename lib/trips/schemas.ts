import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { PageQuery } from "../api/pagination";

// Zod schemas of the catalogue: shared by the REST API, the vendor forms and the search page.

export function isTimeZone(value: string) {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return value.includes("/") || value === "UTC";
  } catch {
    return false;
  }
}

const Money = (label: string) =>
  z.coerce.number({ error: `${label} must be a number (in cents)` }).int(`${label} must be whole cents`).min(0, `${label} cannot be negative`).max(100_000_000, `${label} is too large`);

export const TripFields = {
  title: z.string({ error: "Title is required" }).trim().min(3, "Title must be at least 3 characters").max(120, "Title must be at most 120 characters"),
  description: z.string({ error: "Description is required" }).trim().min(20, "Describe the trip in at least 20 characters").max(10_000),
  city: z.string({ error: "City is required" }).trim().min(1, "City is required").max(80),
  country: z.string({ error: "Country is required" }).trim().min(2, "Country is required").max(80),
  pricePerSeat: Money("Price per seat").refine((v) => v >= 100, "Price per seat must be at least 100 cents"),
  currency: z.string().trim().toLowerCase().regex(/^[a-z]{3}$/, "Currency is a 3-letter ISO code, e.g. usd").default("usd"),
  durationDays: z.coerce.number({ error: "Duration must be a number of days" }).int().min(1, "A trip lasts at least 1 day").max(365),
  cancellationPolicy: z.enum(["flexible", "moderate", "strict"], { error: "Policy is flexible, moderate or strict" }).default("moderate"),
  images: z.array(z.string().trim().max(500).regex(/^(\/|https:\/\/)/, "Image URLs are site paths (/...) or https:// URLs")).max(12).default([]),
  status: z.enum(["draft", "published", "archived"]).default("draft"),
};

export const CreateTripInput = z.strictObject(TripFields);
export type CreateTripInput = z.infer<typeof CreateTripInput>;

export const UpdateTripInput = z.strictObject({
  title: TripFields.title.optional(),
  description: TripFields.description.optional(),
  city: TripFields.city.optional(),
  country: TripFields.country.optional(),
  pricePerSeat: TripFields.pricePerSeat.optional(),
  currency: z.string().trim().toLowerCase().regex(/^[a-z]{3}$/).optional(),
  durationDays: TripFields.durationDays.optional(),
  cancellationPolicy: z.enum(["flexible", "moderate", "strict"]).optional(),
  images: z.array(z.string().trim().max(500).regex(/^(\/|https:\/\/)/)).max(12).optional(),
  status: z.enum(["draft", "published", "archived"]).optional(),
});
export type UpdateTripInput = z.infer<typeof UpdateTripInput>;

const LOCAL_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** `startsAt` is an ISO instant, or a local date-time (no offset) read in the departure's time zone. */
export const CreateDepartureInput = z
  .strictObject({
    startsAt: z.string({ error: "startsAt is required" }).trim().min(1, "startsAt is required"),
    timeZone: z.string({ error: "timeZone is required" }).trim().refine(isTimeZone, "timeZone must be an IANA zone, e.g. Europe/Lisbon"),
    capacity: z.coerce.number({ error: "capacity must be a number" }).int().min(1, "Capacity is at least 1 seat").max(500, "Capacity is at most 500 seats"),
    priceOverride: Money("Price override").nullish(),
  })
  .transform((v, ctx) => {
    let instant: Date;
    if (LOCAL_DATETIME.test(v.startsAt)) {
      const [date, time] = v.startsAt.split("T");
      const [y, m, d] = date.split("-").map(Number);
      const [hh, mm, ss = 0] = time.split(":").map(Number);
      instant = new Date(new TZDate(y, m - 1, d, hh, mm, ss, v.timeZone).getTime());
    } else {
      instant = new Date(v.startsAt);
    }
    if (Number.isNaN(instant.getTime())) {
      ctx.addIssue({ code: "custom", path: ["startsAt"], message: "startsAt must be an ISO 8601 date-time" });
      return z.NEVER;
    }
    return { ...v, startsAt: instant, priceOverride: v.priceOverride ?? null };
  });
export type CreateDepartureInput = z.infer<typeof CreateDepartureInput>;

const DateParam = z
  .string()
  .trim()
  .refine((s) => !Number.isNaN(Date.parse(s)), "must be a date, e.g. 2026-12-01")
  .transform((s) => new Date(s));

export const SearchTripsQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional().transform((v) => v || undefined),
  destination: z.string().trim().max(100).optional().transform((v) => v || undefined),
  from: DateParam.optional(),
  to: DateParam.optional(),
  minPrice: Money("minPrice").optional(),
  maxPrice: Money("maxPrice").optional(),
  seats: z.coerce.number({ error: "seats must be a number" }).int().min(1).max(500).optional(),
  sort: z.enum(["relevance", "soonest", "price_asc", "price_desc"]).optional(),
  limit: z.coerce.number().int().min(1).max(100, "limit is at most 100").default(20),
}).refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "to must be on or after from" })
  .refine((q) => q.minPrice === undefined || q.maxPrice === undefined || q.minPrice <= q.maxPrice, { path: ["maxPrice"], message: "maxPrice must be at least minPrice" });
export type SearchTripsQuery = z.infer<typeof SearchTripsQuery>;
